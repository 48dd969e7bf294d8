import { clickCyElement, expect, openApp, screenshot, shown, test } from './support/test';

// Issue 10 (initial JS ≤ 250 kB gzip): the panel of a selected pact or state is not part of the first view's
// script; it loads when the browser is idle after start, or at once for a link that opens with a selection.
const PANELS_CHUNK = /\/assets\/selectionPanels-[\w-]+\.js$/;

test.describe('parts loaded on first use', () => {
  test('a link that opens with a pact selected shows its panel; the first click on another shows that one', async ({
    page,
    errors,
  }) => {
    await openApp(page, '?date=1960-01-01&pact=nato');
    await expect(page.getByRole('heading', { level: 2, name: /North Atlantic Treaty/ })).toBeVisible();
    await page.getByRole('button', { name: 'Close details' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Explore' })).toBeVisible();
    await clickCyElement(page, 'p:warsaw-pact');
    await expect(page.getByRole('heading', { level: 2, name: /Warsaw/ })).toBeVisible();
    expect(errors.console).toEqual([]); // nothing the Content-Security-Policy refused, no failed request
  });

  test('when the panel cannot be loaded, the app says what failed, keeps running, and loads it on retry', async ({
    page,
  }) => {
    let refused = 0;
    await page.route(PANELS_CHUNK, (route) => {
      refused += 1;
      return route.abort('internetdisconnected');
    });
    await openApp(page, '?date=1960-01-01');
    await clickCyElement(page, 'p:nato');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The details of this selection could not be loaded:');
    await expect(alert).toContainText('selectionPanels');
    expect(refused).toBeGreaterThan(0);
    await screenshot(page, 'lazy-panel-failed');

    // The rest of the app is untouched: the date still moves the graph.
    const slider = page.getByRole('slider', { name: 'Date' });
    await slider.focus();
    await page.keyboard.press('Home');
    await expect(slider).toHaveAttribute('aria-valuetext', /1907$/);
    await expect.poll(() => shown(page, 'p:nato')).toBe(false);
    await page.keyboard.press('End');
    await expect.poll(() => shown(page, 'p:nato')).toBe(true);

    await page.unroute(PANELS_CHUNK);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /North Atlantic Treaty/ })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
