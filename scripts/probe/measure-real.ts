// Measures collisions and the 1960 silhouette on the built app, documents and real ATOP 5.1 (dist-e2e/real/).
import { launchBrowser } from '../../tests/e2e/support/chromium';
import { startViteServer } from '../../tests/e2e/support/server';
import { measureCollisions, pactSilhouette } from '../../tests/e2e/legible/measure';

const server = await startViteServer(['preview', '--configLoader', 'runner', '--outDir', 'dist-e2e']);
const chromium = await launchBrowser();
try {
  const page = await chromium.browser.newPage({ viewport: { width: 1440, height: 900 } });
  // tsx keeps function names with a __name helper the page does not have.
  await page.addInitScript('window.__name = (f) => f;');
  for (const q of [
    '?date=1960-01-01',
    '?date=2024-01-01',
    '?dataset=real/atop51.json&date=1995-01-01',
    '?dataset=real/atop51.json&date=1995-01-01&obligations=defence,neutrality,consultation,none',
  ]) {
    await page.goto(`${server.url}/${q}`);
    await page.waitForSelector('[data-layout="done"]', { timeout: 120_000 });
    await page.waitForSelector('[data-labels="settled"]', { timeout: 120_000 });
    const c = await measureCollisions(page);
    const extra =
      q === '?date=1960-01-01'
        ? ` silhouette ${(await pactSilhouette(page, 'nato', 'warsaw-pact')).toFixed(3)}`
        : '';
    console.log(
      q,
      `labels ${c.labels} labelPairs ${c.labelPairs.length} nodes ${c.nodes} nodePairs ${c.nodePairs.length}${extra}`,
    );
  }
} finally {
  await chromium.close();
  await server.stop();
}
