import { expect, openApp, screenshot, test } from './support/test';
import { horizontalOverflow } from './legible/measure';

// Issue 12: every screen. On a phone the page never scrolls sideways, the graph comes first and a selection's
// details open in a bottom sheet within thumb's reach.
test.use({ viewport: { width: 390, height: 844 } });

test.describe('a 390 px phone', () => {
  for (const query of ['?date=1960-01-01&pact=nato', '?date=2024-01-01']) {
    test(`no sideways scrolling (${query})`, async ({ page }) => {
      await openApp(page, query);
      await expect(page.getByRole('combobox', { name: 'Find a state or pact' })).toBeVisible();
      const overflow = await horizontalOverflow(page);
      console.info(`overflow at 390 (${query}):`, overflow);
      expect(overflow).toBe(0);
      await screenshot(page, `legible-390${query.replace(/\W+/g, '-')}`);
    });
  }

  test('the graph comes first; a selection opens its details in a bottom sheet', async ({ page }) => {
    await openApp(page, '?date=1960-01-01&pact=nato');
    const graph = await page.getByTestId('graph').boundingBox();
    expect(graph?.y ?? 1e9).toBeLessThan(300);
    const sheet = page.locator('.side');
    await expect(sheet).toHaveCSS('position', 'fixed');
    const box = await sheet.boundingBox();
    expect(Math.round((box?.y ?? 0) + (box?.height ?? 0))).toBe(844);
    await expect(page.getByRole('heading', { level: 2, name: /North Atlantic/ })).toBeVisible();
    // Closing the selection puts the details back in the page below the graph.
    await page.getByRole('button', { name: /close/i }).first().click();
    await expect(sheet).not.toHaveCSS('position', 'fixed');
  });
});
