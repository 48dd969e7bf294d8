import type { Page } from 'playwright-core';
import type { Core } from 'cytoscape';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot, startPreview, waitForCy } from './harness';
import type { RunningBrowser, RunningServer } from './harness';

// The analysis views on the documents' dataset, in real Chromium.
let server: RunningServer;
let chromium: RunningBrowser;

beforeAll(async () => {
  server = await startPreview();
  chromium = await launchBrowser();
});

afterAll(async () => {
  await chromium?.close();
  await server?.stop();
});

async function open(query: string): Promise<Page> {
  const { page } = await openPage(chromium.context, `${server.url}/${query}`);
  await waitForCy(page);
  await page.waitForSelector('[data-layout="done"]');
  return page;
}

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

describe('analysis views', () => {
  it('blocs: two in 1960 (NATO and the Warsaw Pact), coloured on the graph and listed', async () => {
    const page = await open('?date=1960-01-01&tab=analysis&blocs=1');
    await expect(page.getByTestId('bloc-count').textContent()).resolves.toBe('2 blocs');
    await expect(page.locator('.bloc-list').textContent()).resolves.toMatch(/NATO bloc.*Warsaw Pact bloc/s);
    // Louvain finds more structure inside the blocs (once the date has rested).
    await expect(page.getByTestId('communities').locator('h3').textContent()).resolves.toMatch(
      /^[3-9] communities inside the blocs \(Louvain/,
    );
    await page.waitForFunction(
      () => (window as { __cy?: Core }).__cy?.getElementById('a:usa').data('blocColour') !== undefined,
    );
    const [usa, gbr, sun] = await Promise.all(['a:usa', 'a:gbr', 'a:sun'].map((id) => element(page, id)));
    expect(usa?.blocColour).toBe(gbr?.blocColour);
    expect(usa?.blocColour).not.toBe(sun?.blocColour);
    await screenshot(page, 'analysis-blocs-1960');
    await page.close();
  });

  it('centrality: sizes by degree, and the most connected list puts the United States first in 2025', async () => {
    const page = await open('?date=2025-01-01&tab=analysis&size=degree');
    await page.waitForFunction(
      () => (window as { __cy?: Core }).__cy?.getElementById('a:usa').data('size') !== undefined,
    );
    const [usa, isl] = await Promise.all(['a:usa', 'a:isl'].map((id) => element(page, id)));
    expect(usa!.size!).toBeGreaterThan(isl!.size!);
    await expect(page.getByTestId('top-connected').locator('li').first().textContent()).resolves.toMatch(
      /^United States/,
    );
    await page.close();
  });

  it('rivalries: drawn only from when they are under way', async () => {
    const page = await open('?date=1960-01-01&rivalries=1');
    await page.waitForFunction(() => (window as { __cy?: Core }).__cy?.getElementById('r:sun-usa').visible());
    expect((await element(page, 'r:rus-ukr'))?.visible).toBe(false);
    await page.goto(`${server.url}/?date=2020-01-01&rivalries=1`);
    await page.waitForFunction(() => (window as { __cy?: Core }).__cy?.getElementById('r:rus-ukr').visible());
    await page.close();
  });

  it('compare two dates: the Warsaw Pact ended, the 2024 Russia–North Korea treaty formed, both marked and listed', async () => {
    const page = await open('?date=2025-01-01&compare=1990-01-01&tab=analysis');
    await page.waitForFunction(() =>
      (window as { __cy?: Core }).__cy?.getElementById('p:warsaw-pact').hasClass('cmp-ended'),
    );
    const warsaw = await element(page, 'p:warsaw-pact');
    expect(warsaw?.visible).toBe(true);
    expect((await element(page, 'b:rus-prk-2024'))?.classes).toContain('cmp-formed');
    expect((await element(page, 'p:nato'))?.classes).toContain('cmp-continuing');
    const comparison = page.getByTestId('comparison');
    await expect(comparison.textContent()).resolves.toMatch(/Ended \(1\).*Warsaw Treaty Organization/s);
    await expect(comparison.textContent()).resolves.toMatch(/Formed \(\d+\).*Russia and North Korea/s);
    await screenshot(page, 'analysis-compare-1990-2025');
    await page.close();
  });

  it("a state's bloc and its ally-of-my-rival paths: South Korea in 2020", async () => {
    const page = await open('?date=2020-01-01&actor=kor');
    await expect(page.getByTestId('actor-bloc').textContent()).resolves.toMatch(/bloc, \d+ states/);
    const paths = page.getByTestId('rival-paths');
    await expect(paths.textContent()).resolves.toMatch(
      /its ally United States .* is the rival of China, who is allied with its rival North Korea/,
    );
    await page.close();
  });

  it('the toolbar turns views on and the link keeps them', async () => {
    const page = await open('?date=1960-01-01');
    await page.getByRole('checkbox', { name: 'Blocs' }).check();
    await page.getByRole('checkbox', { name: 'Rivalries' }).check();
    await page.waitForURL(/blocs=1/);
    expect(page.url()).toContain('rivalries=1');
    await page.reload();
    await waitForCy(page);
    await expect(page.getByRole('checkbox', { name: 'Blocs' }).isChecked()).resolves.toBe(true);
    await page.close();
  });
});
