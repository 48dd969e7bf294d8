// Takes screenshots of the built app in headless Chromium: `npx tsx scripts/screenshot.ts <out-dir> [query...]`.
// Used to look at the app as a person would; the README's screenshots come from here.
import { launchBrowser } from '../tests/e2e/support/chromium';
import { startPreview } from '../tests/e2e/support/server';

const [outDir = 'docs', ...queries] = process.argv.slice(2);
const server = await startPreview();
const chromium = await launchBrowser();
try {
  const page = await chromium.browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('console', (msg) => msg.type() === 'error' && console.error('console:', msg.text()));
  page.on('pageerror', (err) => console.error('pageerror:', err.message));
  for (const [i, query] of (queries.length ? queries : ['']).entries()) {
    await page.goto(`${server.url}/${query}`);
    await page.waitForSelector('[data-layout="done"]', { timeout: 30_000 });
    await page.waitForTimeout(300);
    const file = `${outDir}/screen-${i}.png`;
    await page.screenshot({ path: file });
    console.log(file);
  }
} finally {
  await chromium.close();
  await server.stop();
}
