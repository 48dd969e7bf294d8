import type { Core } from 'cytoscape';
import { expect, openApp, test, type Page } from './support/test';
import { wheelZoomFactor } from './legible/measure';

// Issue 12: what a reader suffers, measured in real Chromium against the production build.
test.use({ viewport: { width: 1440, height: 900 } });

const zoomOf = (page: Page) => page.evaluate(() => (window as { __cy?: Core }).__cy!.zoom());

test.describe('zoom', () => {
  test('five wheel notches zoom in about twice, as maps in browsers do', async ({ page }) => {
    await openApp(page, '?date=1960-01-01');
    const factor = await wheelZoomFactor(page);
    console.info('wheel zoom, 5 notches:', factor.toFixed(3));
    expect(factor).toBeGreaterThan(1.7);
    expect(factor).toBeLessThan(2.4);
  });

  test('+, −, fit and keyboard zoom about the centre; zoom to the selection frames it', async ({ page }) => {
    await openApp(page, '?date=1960-01-01&pact=warsaw-pact');
    const start = await zoomOf(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    expect((await zoomOf(page)) / start).toBeCloseTo(1.5, 2);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    expect((await zoomOf(page)) / start).toBeCloseTo(1, 2);
    await page.getByTestId('graph').focus();
    await page.keyboard.press('+');
    expect((await zoomOf(page)) / start).toBeCloseTo(1.5, 2);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    expect((await zoomOf(page)) / start).toBeCloseTo(1 / 1.5, 2);
    // Zoom to the selection: the Warsaw Pact's members fill the view, larger than in the fit of everything.
    await page.getByRole('button', { name: 'Zoom to the selection' }).click();
    await expect.poll(() => zoomOf(page)).toBeGreaterThan(start * 1.2);
    const framed = await page.evaluate(() => {
      const cy = (window as { __cy?: Core }).__cy!;
      const box = cy.elements('.focus').renderedBoundingBox({ includeLabels: false });
      return { inside: box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height() };
    });
    expect(framed.inside).toBe(true);
  });
});

test.describe('search', () => {
  test('"warsaw" finds the Warsaw Pact; Enter selects it, moves 2024 back to when it was in force and frames it', async ({
    page,
  }) => {
    await openApp(page, '?date=2024-01-01');
    const box = page.getByRole('combobox', { name: 'Find a state or pact' });
    await page.keyboard.press('/');
    await expect(box).toBeFocused();
    await page.keyboard.type('warsaw');
    await expect(page.getByRole('option').first()).toHaveText(/^Warsaw Treaty Organization/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/pact=warsaw-pact/);
    const date = new URL(page.url()).searchParams.get('date') ?? '';
    expect(date >= '1955-05-14' && date < '1991-07-01').toBe(true);
    await page.waitForFunction(() => {
      const cy = (window as { __cy?: Core }).__cy!;
      const hub = cy.getElementById('p:warsaw-pact');
      if (!hub.visible()) return false;
      const p = hub.renderedPosition();
      return p.x > 0 && p.y > 0 && p.x < cy.width() && p.y < cy.height() && !cy.animated();
    });
    await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(/Warsaw/);
  });

  test('aliases: "Manila Pact" finds SEATO and "USSR" the Soviet Union; Escape closes the list', async ({ page }) => {
    await openApp(page, '?date=1960-01-01');
    const box = page.getByRole('combobox', { name: 'Find a state or pact' });
    await box.fill('Manila Pact');
    await expect(page.getByRole('option').first()).toHaveText(/Southeast Asia Treaty Organization.*Manila Pact/);
    await box.fill('USSR');
    await expect(page.getByRole('option').first()).toHaveText(/Soviet Union.*USSR/);
    await page.keyboard.press('Escape');
    await expect(box).toHaveAttribute('aria-expanded', 'false');
  });
});
