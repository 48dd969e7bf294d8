import type { Core } from 'cytoscape';
import { expect, openApp, screenshot, test, waitForCy, type Page } from './support/test';

// The analysis views on the documents' dataset, in real Chromium.

/** Plain facts about one element: whether it is drawn, its classes and the data the views set. */
function element(page: Page, id: string) {
  return page.evaluate((elementId) => {
    const ele = (window as { __cy?: Core }).__cy?.getElementById(elementId);
    if (!ele || ele.empty()) return null;
    return {
      visible: ele.visible(),
      classes: ele.classes() as string[],
      blocColour: ele.data('blocColour') as string | undefined,
      size: ele.data('size') as number | undefined,
    };
  }, id);
}

test.describe('analysis views', () => {
  test('blocs: two in 1960 (NATO and the Warsaw Pact), coloured on the graph and listed', async ({ page }) => {
    await openApp(page, '?date=1960-01-01&tab=analysis&blocs=1');
    await expect(page.getByTestId('bloc-count')).toHaveText('2 blocs');
    await expect(page.locator('.bloc-list')).toHaveText(/NATO bloc.*Warsaw Pact bloc/s);
    // Louvain finds more structure inside the blocs (once the date has rested).
    await expect(page.getByTestId('communities').locator('h3')).toHaveText(
      /^[3-9] communities inside the blocs \(Louvain/,
    );
    await expect.poll(async () => (await element(page, 'a:usa'))?.blocColour).toBeDefined();
    const [usa, gbr, sun] = await Promise.all(['a:usa', 'a:gbr', 'a:sun'].map((id) => element(page, id)));
    expect(usa?.blocColour).toBe(gbr?.blocColour);
    expect(usa?.blocColour).not.toBe(sun?.blocColour);
    await screenshot(page, 'analysis-blocs-1960');
  });

  test('centrality: sizes by degree, and the most connected list puts the United States first in 2025', async ({
    page,
  }) => {
    await openApp(page, '?date=2025-01-01&tab=analysis&size=degree');
    await expect.poll(async () => (await element(page, 'a:usa'))?.size).toBeDefined();
    const [usa, isl] = await Promise.all(['a:usa', 'a:isl'].map((id) => element(page, id)));
    expect(usa!.size!).toBeGreaterThan(isl!.size!);
    await expect(page.getByTestId('top-connected').locator('li').first()).toHaveText(/^United States/);
  });

  test('rivalries: drawn only from when they are under way', async ({ page }) => {
    await openApp(page, '?date=1960-01-01&rivalries=1');
    await expect.poll(async () => (await element(page, 'r:sun-usa'))?.visible).toBe(true);
    expect((await element(page, 'r:rus-ukr'))?.visible).toBe(false);
    await page.goto('/?date=2020-01-01&rivalries=1');
    await expect.poll(async () => (await element(page, 'r:rus-ukr'))?.visible).toBe(true);
  });

  test('compare two dates: the Warsaw Pact ended, the 2024 Russia–North Korea treaty formed, both marked and listed', async ({
    page,
  }) => {
    await openApp(page, '?date=2025-01-01&compare=1990-01-01&tab=analysis');
    await expect.poll(async () => (await element(page, 'p:warsaw-pact'))?.classes).toContain('cmp-ended');
    const warsaw = await element(page, 'p:warsaw-pact');
    expect(warsaw?.visible).toBe(true);
    expect((await element(page, 'b:rus-prk-2024'))?.classes).toContain('cmp-formed');
    expect((await element(page, 'p:nato'))?.classes).toContain('cmp-continuing');
    const comparison = page.getByTestId('comparison');
    await expect(comparison).toHaveText(/Ended \(1\).*Warsaw Treaty Organization/s);
    await expect(comparison).toHaveText(/Formed \(\d+\).*Russia and North Korea/s);
    await screenshot(page, 'analysis-compare-1990-2025');
  });

  test("a state's bloc and its ally-of-my-rival paths: South Korea in 2020", async ({ page }) => {
    await openApp(page, '?date=2020-01-01&actor=kor');
    await expect(page.getByTestId('actor-bloc')).toHaveText(/bloc, \d+ states/);
    await expect(page.getByTestId('rival-paths')).toHaveText(
      /its ally United States .* is the rival of China, who is allied with its rival North Korea/,
    );
  });

  test('the toolbar turns views on and the link keeps them', async ({ page }) => {
    await openApp(page, '?date=1960-01-01');
    await page.getByRole('checkbox', { name: 'Blocs' }).check();
    await page.getByRole('checkbox', { name: 'Rivalries' }).check();
    await expect(page).toHaveURL(/blocs=1/);
    expect(page.url()).toContain('rivalries=1');
    await page.reload();
    await waitForCy(page);
    await expect(page.getByRole('checkbox', { name: 'Blocs' })).toBeChecked();
  });
});
