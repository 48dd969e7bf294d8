import { writeFile, mkdir } from 'node:fs/promises';
import type { Core } from 'cytoscape';
import { DEFAULT_CANVAS_LIMITS } from '../../src/features/export/canvasLimits';
import type { PngExportInput } from '../../src/features/export/exportOptions';
import { analysePng, readPngSize } from './support/png';
import { ARTIFACTS, expect, test, watchErrors, type Page } from './support/test';

// The real toPngBlob in real Chromium, on a bare fixture page (tests/e2e/fixtures/export/, built beside the app
// in the test build): an 800×500 graph.
const GRAPH = { width: 800, height: 500 };
const CAPTION = {
  title: 'Alliance Atlas',
  dateText: '1 January 1960',
  basisText: 'treaties in force',
  credit: 'Source: fixture data',
};

interface Exported {
  bytes: Uint8Array;
  type: string;
  ms: number;
  width: number;
  height: number;
}

async function exportPng(page: Page, options: PngExportInput): Promise<Exported> {
  const result = await page.evaluate(
    (opts) =>
      (
        window as unknown as {
          __exportPng: (o: typeof opts) => Promise<{ base64: string; type: string; ms: number }>;
        }
      ).__exportPng(opts),
    options,
  );
  const bytes = new Uint8Array(Buffer.from(result.base64, 'base64'));
  return { bytes, type: result.type, ms: result.ms, ...readPngSize(bytes) };
}

/** Opens the fixture page and waits for its hooks. */
async function fixture(page: Page): Promise<Page> {
  await page.goto('/tests/e2e/fixtures/export/');
  await page.waitForFunction(() => '__exportPng' in window);
  return page;
}

test.describe('toPngBlob in Chromium', () => {
  test('exports the view at scale 2 with a legible caption band under the graph', async ({ page }) => {
    await fixture(page);
    const png = await exportPng(page, { caption: CAPTION });
    console.log(`toPngBlob: viewport at scale 2 took ${Math.round(png.ms)} ms (${png.width}×${png.height})`);
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(`${ARTIFACTS}/toPngBlob-viewport.png`, png.bytes);

    expect(png.type).toBe('image/png');
    expect(png.width).toBe(GRAPH.width * 2);
    expect(png.height).toBeGreaterThan(GRAPH.height * 2 + 100);
    const graphShare = (GRAPH.height * 2) / png.height;
    const graph = await analysePng(page, png.bytes, [255, 255, 255], { top: 0, bottom: graphShare });
    const caption = await analysePng(page, png.bytes, [255, 255, 255], { top: graphShare + 0.01, bottom: 1 });
    expect(graph.distinctColours).toBeGreaterThan(32);
    expect(graph.nonBackground).toBeGreaterThan(0.01);
    // Anti-aliased text: several greys, and a few percent of the band inked.
    expect(caption.distinctColours).toBeGreaterThan(8);
    expect(caption.nonBackground).toBeGreaterThan(0.01);
  });

  test('ignores the screen density: scale 2 on a 2× screen is still 2× the CSS size', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ deviceScaleFactor: 2, baseURL: baseURL! });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const png = await exportPng(await fixture(page), { caption: CAPTION });
    expect(png.width).toBe(GRAPH.width * 2);
    expect(errors.page).toEqual([]);
    await context.close();
  });

  test('has no band when there is no caption', async ({ page }) => {
    await fixture(page);
    const png = await exportPng(page, { caption: { title: '' } });
    expect(png).toMatchObject({ width: GRAPH.width * 2, height: GRAPH.height * 2 });
  });

  test('exports the whole graph, not just the view, when asked', async ({ page }) => {
    await fixture(page);
    // Zoom in so the view shows only part of the ring.
    const box = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: Core }).__cy;
      cy.zoom({ level: 3, renderedPosition: { x: 400, y: 250 } });
      const bb = cy.elements().boundingBox();
      return { width: bb.w, height: bb.h };
    });
    const png = await exportPng(page, { full: true, caption: { title: '' } });
    // The whole ring at scale 2, plus a 16 px margin each side, whatever the zoom.
    expect(png.width).toBeCloseTo((Math.ceil(box.width) + 32) * 2, -1);
    expect(png.height).toBeCloseTo((Math.ceil(box.height) + 32) * 2, -1);
    const pixels = await analysePng(page, png.bytes);
    expect(pixels.distinctColours).toBeGreaterThan(32);
  });

  test('lowers the scale to stay inside the size guards instead of returning a blank image', async ({ page }) => {
    await fixture(page);
    const bySide = await exportPng(page, { scale: 10, maxSide: 1000, caption: CAPTION });
    expect(Math.max(bySide.width, bySide.height)).toBeLessThanOrEqual(1000);
    expect(bySide.width).toBeGreaterThan(900);
    const byArea = await exportPng(page, { scale: 10, maxPixels: 300_000, caption: CAPTION });
    expect(byArea.width * byArea.height).toBeLessThanOrEqual(300_000);
    for (const png of [bySide, byArea]) {
      expect((await analysePng(page, png.bytes)).distinctColours).toBeGreaterThan(32);
    }
  });

  test('exports 200 nodes and 5,000 edges whole, at scale 2, within the guards', async ({ page }) => {
    await fixture(page);
    await page.evaluate(() => (window as unknown as { __loadLarge: () => void }).__loadLarge());
    const png = await exportPng(page, { full: true, caption: CAPTION });
    console.log(
      `toPngBlob: 5,000 edges, whole graph at scale 2 took ${Math.round(png.ms)} ms (${png.width}×${png.height})`,
    );
    expect(png.width).toBeGreaterThan(4000);
    expect(png.width * png.height).toBeLessThanOrEqual(DEFAULT_CANVAS_LIMITS.maxPixels);
    expect((await analysePng(page, png.bytes)).distinctColours).toBeGreaterThan(32);
  });

  test('refuses an empty graph with a clear error', async ({ page }) => {
    await fixture(page);
    const message = await page.evaluate(async () => {
      const w = window as unknown as { __cy: Core; __exportPng: (o: object) => Promise<unknown> };
      w.__cy.elements().remove();
      return w.__exportPng({ full: true }).then(
        () => 'resolved',
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
    });
    expect(message).toMatch(/^Nothing to export: the graph area is 0×0 px/);
  });
});
