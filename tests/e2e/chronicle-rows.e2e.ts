import { expect, openApp, test } from './support/test';

// Issue 10 (initial JS): the chronicle draws only the rows in view with its own windowing (useRowWindow), which
// replaced @tanstack/react-virtual. In the browser: the list is as tall as all its rows, the rows in view are
// drawn as it follows the date and as a person scrolls it, and that scroll still moves the date.
const EVENTS = 104; // the documents' dataset

test.describe('the chronicle draws the rows in view', () => {
  test('it follows the date to the last events, and a scroll back to the top draws the first and moves the date', async ({
    page,
    errors,
  }) => {
    await openApp(page, '?date=2025-06-01');
    const list = page.getByRole('list', { name: 'Events in date order' });
    // The chronicle followed the date to the end of the list: the last event is drawn and in view.
    await expect(list.locator(`.chronicle-item[data-index="${EVENTS - 1}"]`)).toBeInViewport();
    await expect(list.locator('.chronicle-item[data-index="0"]')).toHaveCount(0);
    const drawn = await list.locator('.chronicle-item').count();
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(EVENTS); // windowed
    const { scrollHeight, clientHeight } = await list.evaluate((el) => ({
      scrollHeight: el.scrollHeight,
      clientHeight: el.clientHeight,
    }));
    expect(clientHeight).toBeGreaterThan(0);
    expect(scrollHeight).toBeGreaterThanOrEqual(EVENTS * 46); // as tall as every row

    // A person's wheel over the list scrolls it to the top: the first rows are drawn and the date follows them.
    await list.hover();
    for (let i = 0; i < 40; i++) await page.mouse.wheel(0, -400);
    await expect(list.locator('.chronicle-item[data-index="0"]')).toBeInViewport();
    await expect(list.locator(`.chronicle-item[data-index="${EVENTS - 1}"]`)).toHaveCount(0);
    await expect(page.getByTestId('current-date')).toHaveText(/19[01]\d$/);

    // A shorter window: the list still draws what is in view.
    await page.setViewportSize({ width: 1280, height: 560 });
    await expect(list.locator('.chronicle-item[data-index="0"]')).toBeVisible();
    expect(errors.console).toEqual([]);
  });
});
