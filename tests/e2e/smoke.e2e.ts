import { expect, screenshot, test } from './support/test';

test.describe('smoke: the built app loads', () => {
  test('shows "Alliance Atlas" with no console errors and no page errors', async ({ page, errors }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Alliance Atlas' })).toContainText('Alliance Atlas');
    // Let late work (data loading, first layout) finish before judging the page quiet.
    await page.locator('[data-layout="done"]').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'smoke');

    expect(errors.page).toEqual([]);
    expect(errors.console).toEqual([]);
  });
});
