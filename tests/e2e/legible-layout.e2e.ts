import type { Core } from 'cytoscape';
import { serializeAtlasFile } from '../../src/io/atlasFile';
import { generateDataset } from '../../src/io/synthetic/generateDataset';
import { expect, openApp, screenshot, test, type Page } from './support/test';
import { measureCollisions, pactSilhouette } from './legible/measure';

// Issue 12: collisions and the layout's structure, measured in real Chromium against the production build.
test.use({ viewport: { width: 1440, height: 900 } });

// Shaped like ATOP 5.1 (207 states, 789 alliances), generated here and served at ?dataset=legible/atop-shaped.json.
const ATOP_SHAPED = 'legible/atop-shaped.json';
let atopShaped: string | undefined;
function atopShapedFile(): string {
  if (!atopShaped) {
    const { dataset, documentTexts } = generateDataset({ states: 207, pacts: 789, events: 3000, seed: 5 });
    atopShaped = serializeAtlasFile(dataset, documentTexts);
  }
  return atopShaped;
}

async function openSettled(page: Page, query: string): Promise<void> {
  if (query.includes(ATOP_SHAPED))
    await page.route(`**/${ATOP_SHAPED}`, (route) =>
      route.fulfill({ body: atopShapedFile(), contentType: 'application/json' }),
    );
  await openApp(page, query);
  await page.locator('[data-labels="settled"]').waitFor({ state: 'attached', timeout: 90_000 });
}

test.describe('collisions', () => {
  for (const year of [1960, 2024]) {
    test(`no two drawn labels or nodes overlap on the documents' dataset in ${year}`, async ({ page }) => {
      await openSettled(page, `?date=${year}-01-01`);
      const found = await measureCollisions(page);
      console.info(`documents ${year}:`, JSON.stringify(found));
      expect(found.labels).toBeGreaterThan(10);
      expect(found.labelPairs).toEqual([]);
      expect(found.nodePairs).toEqual([]);
      await screenshot(page, `legible-documents-${year}`);
    });
  }

  test('in 1960 the leaders of both blocs are named, their labels beside or above them where below is taken', async ({
    page,
  }) => {
    await openSettled(page, '?date=1960-01-01');
    const labelled = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: Core }).__cy;
      return cy.nodes('.labelled').map((n) => ({
        // Labels from data carry bidi isolates (U+2068 … U+2069): compared without them.
        name: String(n.data('label')).replace(/[\u2066-\u2069]/g, ''),
        place: n.classes().find((c) => c.startsWith('label-')) ?? 'below',
      }));
    });
    const names = labelled.map((l) => l.name);
    expect(names).toContain('United States');
    expect(names).toContain('Soviet Union');
    // Some labels took another place than under their node (else the two above would have given way).
    expect(labelled.some((l) => l.place !== 'below')).toBe(true);
    const found = await measureCollisions(page);
    expect(found.labelPairs).toEqual([]);
  });

  test('at most a handful of overlaps on ATOP-shaped data in 1995', async ({ page }) => {
    await openSettled(page, `?dataset=${ATOP_SHAPED}&date=1995-01-01`);
    const found = await measureCollisions(page);
    console.info(
      'atop-shaped 1995:',
      JSON.stringify({ ...found, labelPairs: found.labelPairs.length, nodePairs: found.nodePairs.length }),
    );
    expect(found.labels).toBeGreaterThan(15);
    expect(found.labelPairs.length).toBeLessThanOrEqual(5);
    expect(found.nodePairs.length).toBeLessThanOrEqual(5);
    await screenshot(page, 'legible-atop-shaped-1995');
  });

  test('zooming in shows more labels, still without overlaps', async ({ page }) => {
    await openSettled(page, '?date=1960-01-01');
    const before = await measureCollisions(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(page.locator('[data-labels="settled"]')).toBeAttached();
    // Labels of nodes still in view: at least as many as before, and more in total relative to what is visible.
    await expect.poll(async () => (await measureCollisions(page)).labelPairs.length).toBe(0);
    const after = await measureCollisions(page);
    expect(after.labels / after.nodes).toBeGreaterThan(before.labels / before.nodes);
  });
});

test.describe('layout', () => {
  test("NATO's and the Warsaw Pact's members sit apart in 1960 (silhouette ≥ 0.3)", async ({ page }) => {
    await openSettled(page, '?date=1960-01-01');
    const score = await pactSilhouette(page, 'nato', 'warsaw-pact');
    console.info('silhouette 1960:', score.toFixed(3));
    expect(score).toBeGreaterThanOrEqual(0.3);
  });

  test('the same dataset and date give the same positions, whatever the selection or the way there', async ({
    page,
  }) => {
    const positions = () =>
      page.evaluate(() =>
        (window as { __cy?: Core })
          .__cy!.nodes(':visible')
          .map((n) => `${n.id()}:${Math.round(n.position('x'))},${Math.round(n.position('y'))}`)
          .sort()
          .join(' '),
      );
    await openSettled(page, '?date=1960-01-01&pact=nato');
    const direct = await positions();
    await openSettled(page, '?date=2024-01-01');
    const slider = page.getByRole('slider').first();
    await slider.focus();
    // From 2024 back to 1960 by keyboard: many steps through the interpolation.
    for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+PageDown');
    for (let i = 0; i < 4; i++) await page.keyboard.press('PageDown');
    await expect(page).toHaveURL(/date=1960-01-01/);
    await expect.poll(positions).toBe(direct);
  });
});
