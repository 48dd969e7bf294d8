import type { Core } from 'cytoscape';
import { expect, openApp, screenshot, test, type Page } from './support/test';

// Issue 12, item 9 at 1280 × 720: one scroll area for the details, a new selection starts at its top, menus
// close on Escape and outside presses with focus back on their button, and nothing is fitted under the controls.
type WithCy = { __cy?: Core };
test.use({ viewport: { width: 1280, height: 720 } });

/** Elements that scroll vertically now (overflow auto/scroll and more content than room), as tag.class. */
function scrollAreas(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('*')]
      .filter(
        (el) => /(auto|scroll)/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight + 1,
      )
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  );
}

test('the header is one row and the details one scroll area beside the chronicle', async ({ page }) => {
  await openApp(page, '?date=1960-01-01&pact=nato');
  const header = await page.locator('.app-header').boundingBox();
  console.info(`1280×720: header ${header?.height} px tall`);
  expect(header!.height).toBeLessThan(60);
  // A dataset with long file names (ATOP's two) keeps the header on one row: its name gives way, not the buttons.
  await page.evaluate(() => {
    const name = document.querySelector('[data-testid="dataset-label"] bdi');
    if (name) name.textContent = 'atop5_1m.csv + atop5_1a.csv';
  });
  await expect.poll(async () => (await page.locator('.app-header').boundingBox())!.height).toBeLessThan(60);
  const areas = await scrollAreas(page);
  console.info(`1280×720, NATO selected: scroll areas ${areas.join(', ')}`);
  // The page itself does not scroll; inside the details nothing scrolls on its own (legend, passages, lists).
  expect(areas.filter((a) => a.startsWith('html') || a.startsWith('body'))).toEqual([]);
  const details = page.getByRole('complementary', { name: 'Details' });
  expect(
    await details.evaluate(
      (el) =>
        [...el.querySelectorAll<HTMLElement>('*')].filter(
          (c) => /(auto|scroll)/.test(getComputedStyle(c).overflowY) && c.scrollHeight > c.clientHeight + 1,
        ).length,
    ),
  ).toBe(0);
  expect(areas.length).toBeLessThanOrEqual(2);
  // The details get most of the height.
  const box = await details.boundingBox();
  expect(box!.height).toBeGreaterThan(330);
  await screenshot(page, 'screens-1280-nato');
});

test('a new selection scrolls the details back to the top', async ({ page }) => {
  await openApp(page, '?date=1960-01-01&pact=nato');
  const details = page.getByRole('complementary', { name: 'Details' });
  await details.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect.poll(() => details.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
  // Choose another pact through the search box, as a reader would.
  const search = page.getByRole('combobox', { name: 'Find a state or pact' });
  await search.fill('warsaw');
  await search.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: /Warsaw/ })).toBeVisible();
  await expect.poll(() => details.evaluate((el) => el.scrollTop)).toBe(0);
});

for (const [name, open, panel] of [
  [
    'More',
    (page: Page) => page.getByRole('button', { name: 'More ▾' }),
    (page: Page) => page.locator('.menu-list'),
  ],
  [
    'Legend',
    (page: Page) => page.locator('.legend-floating').getByRole('button', { name: 'Legend' }),
    (page: Page) => page.locator('.legend-floating .legend-body'),
  ],
  [
    'Filters',
    (page: Page) => page.locator('.filter-toggle'),
    (page: Page) => page.locator('.filter-popover'),
  ],
] as const) {
  test(`the ${name} menu closes on Escape and on a press outside, focus back on its button`, async ({
    page,
  }) => {
    await openApp(page, '?date=1960-01-01&pact=nato');
    const button = open(page);
    await button.click();
    await expect(panel(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(panel(page)).toHaveCount(0);
    await expect(button).toBeFocused();
    // The selection is still there: Escape closed the menu only.
    await expect(page.getByRole('heading', { level: 2, name: /North Atlantic/ })).toBeVisible();

    await button.click();
    await expect(panel(page)).toBeVisible();
    // A press on the page's title (text, nothing to focus) closes it and gives focus back to the button.
    await page.getByRole('heading', { level: 1, name: 'Alliance Atlas' }).click();
    await expect(panel(page)).toHaveCount(0);
    await expect(button).toBeFocused();
  });
}

test('fits leave the controls over the graph clear: no node under the toolbar, zoom buttons or filters', async ({
  page,
}) => {
  for (const query of ['?date=1960-01-01', '?date=2024-01-01&pact=nato', '?date=2024-01-01&layout=map']) {
    await openApp(page, query);
    if (query.includes('map')) await page.locator('[data-layout-mode="map"]').waitFor({ state: 'attached' });
    else await page.getByRole('button', { name: 'Fit the graph' }).click();
    await expect
      .poll(async () => {
        const hidden = await page.evaluate(() => {
          const cy = (window as WithCy).__cy as Core;
          const box = cy.container()!.getBoundingClientRect();
          const controls = [...document.querySelectorAll<HTMLElement>('[data-overlay]')].map((e) =>
            e.getBoundingClientRect(),
          );
          return cy
            .nodes(':visible')
            .filter((n) => {
              const p = n.renderedPosition();
              const [x, y] = [box.left + p.x, box.top + p.y];
              return controls.some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
            })
            .map((n) => n.id());
        });
        return hidden;
      })
      .toEqual([]);
    await screenshot(page, `screens-fit${query.replace(/\W+/g, '-')}`);
  }
});
