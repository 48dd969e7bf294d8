import type { Core } from 'cytoscape';
import { clickCyElement, expect, openApp, test } from './support/test';

// Issue 10, speed: the structure of the scrub and click paths, seen from the page (no timings here: those are
// in `npm run bench`). A date step moves the handle, the readout and the chronicle without React; the URL
// follows once the date rests; a click marks the pact from the pact → elements map.
test.describe('scrub and click paths', () => {
  test('steps of the date move handle, readout and chronicle; the URL follows once the date rests', async ({
    page,
  }) => {
    await openApp(page, '?date=1960-01-01');
    const slider = page.getByRole('slider', { name: 'Date' });
    await slider.focus();
    // Five steps in one task (a held key on a busy machine could let the date rest between two of them).
    await slider.evaluate((handle) => {
      for (let i = 0; i < 5; i++)
        handle.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }),
        );
    });
    await expect(slider).toHaveAttribute('aria-valuetext', '1 June 1960');
    await expect(page.getByTestId('current-date')).toHaveText('1 June 1960');
    // The chronicle marks the last event on or before the date, and it is in view.
    const current = page.locator('.chronicle-item[aria-current="true"]');
    await expect(current).toHaveCount(1);
    await expect(current).toBeInViewport();
    await expect(page).toHaveURL(/date=1960-06-01/);
    // The burst became one history entry: Back returns to the date the page opened at.
    await page.goBack();
    await expect(page.getByTestId('current-date')).toHaveText('1 January 1960');
  });

  test('a click on a pact marks its members at the date and fades the rest of what is drawn', async ({
    page,
  }) => {
    await openApp(page, '?date=1960-01-01');
    await clickCyElement(page, 'p:nato');
    await expect(
      page.getByRole('heading', { level: 2, name: 'North Atlantic Treaty Organization' }),
    ).toBeVisible();
    await expect(page).toHaveURL(/pact=nato/);
    const marks = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: Core }).__cy;
      return {
        hub: cy.getElementById('p:nato').hasClass('focus'),
        gbr: cy.getElementById('a:gbr').hasClass('focus'),
        // West Germany joined NATO in 1955: marked in 1960; Poland joined in 1999: not marked.
        frg: cy.getElementById('a:frg').hasClass('focus'),
        pol: cy.getElementById('a:pol').hasClass('focus'),
        hiddenFaded: cy.elements('.hidden.muted').length,
        drawnUnmarked: cy
          .elements()
          .filter((e) => !e.hasClass('hidden') && !e.hasClass('focus') && !e.hasClass('muted')).length,
      };
    });
    expect(marks).toEqual({ hub: true, gbr: true, frg: true, pol: false, hiddenFaded: 0, drawnUnmarked: 0 });
  });
});
