import { readFile } from 'node:fs/promises';
import type { Core } from 'cytoscape';
import { ARTIFACTS, expect, screenshot, test, waitForCy } from './support/test';
import { analysePng, readPngSize } from './support/png';

// The contract the app implements: a button named "Export PNG" that downloads
// alliance-atlas-YYYY-MM-DD.png of the graph as shown, at scale 2, with a caption band under it.
const FILE_NAME = /^alliance-atlas-\d{4}-\d{2}-\d{2}\.png$/;

test.describe('export: "Export PNG" downloads the graph as a PNG', () => {
  test('downloads alliance-atlas-<date>.png, at least twice the graph size, not blank', async ({ page }) => {
    await page.goto('/');
    const button = page.getByRole('button', { name: 'Export PNG' });
    await expect(button, 'is the export wired into the app?').toBeVisible();
    await waitForCy(page);
    const container = await page.evaluate(() => {
      const box = (window as { __cy?: Core }).__cy?.container()?.getBoundingClientRect();
      return box ? { width: box.width, height: box.height } : null;
    });
    if (!container) throw new Error('window.__cy has no container');

    const started = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const path = await download.path();
    const elapsed = performance.now() - started;
    console.log(`export: ${Math.round(elapsed)} ms from click to saved file (${download.suggestedFilename()})`);

    expect(download.suggestedFilename()).toMatch(FILE_NAME);
    const bytes = new Uint8Array(await readFile(path));
    await download.saveAs(`${ARTIFACTS}/export-download.png`);
    const size = readPngSize(bytes);
    // Scale 2 of the container; the caption band only adds height. Allow a pixel of rounding.
    expect(size.width).toBeGreaterThanOrEqual(Math.floor(container.width * 2) - 1);
    expect(size.height).toBeGreaterThanOrEqual(Math.floor(container.height * 2) - 1);

    const pixels = await analysePng(page, bytes);
    expect(pixels).toMatchObject(size);
    // Anti-aliased nodes, edges and text give hundreds of colours; a blank or flat image gives one or two.
    expect(pixels.distinctColours).toBeGreaterThan(32);
    expect(pixels.nonBackground).toBeGreaterThan(0.005);
    await screenshot(page, 'export-after-download');
  });
});
