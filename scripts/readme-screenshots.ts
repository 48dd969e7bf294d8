// The README's screenshots, taken in headless Chromium against a fresh production build:
// `npx tsx scripts/readme-screenshots.ts <out-dir> [atop-dir]` (default out-dir tests/e2e/__artifacts__/readme,
// atop-dir /work/realdata). The documents' data and ATOP 5.1 (imported through the page's file input, as a user
// would, then kept by the browser across reloads) at 1914, 1960, 1995 and 2024, at 1440×900, 1280×720 and
// 390×844, plus the map. Look at every one before choosing; copy the chosen few to docs/screenshots/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/support/chromium';
import { ROOT, startPreview } from '../tests/e2e/support/server';

const [outDir = `${ROOT}/tests/e2e/__artifacts__/readme`, atopDir = '/work/realdata'] = process.argv.slice(2);
const VIEWPORTS = [
  { name: '1440x900', width: 1440, height: 900 },
  { name: '1280x720', width: 1280, height: 720 },
  { name: '390x844', width: 390, height: 844 },
] as const;
const DATES = ['1914-08-05', '1960-01-01', '1995-01-01', '2024-07-01'];

async function settle(page: Page, query: string): Promise<void> {
  const response = await page.goto(query).catch(() => null);
  // A busy preview server has refused a navigation now and then: once more.
  if (!response?.ok()) console.error(`retrying ${query}: ${response?.status() ?? 'no response'}`);
  if (!response?.ok()) await page.goto(query);
  await page.waitForSelector('[data-layout="done"]', { state: 'attached', timeout: 300_000 });
  if (query.includes('layout=map'))
    await page.waitForSelector('[data-layout-mode="map"]', { state: 'attached', timeout: 120_000 });
  await page.waitForSelector('[data-labels="settled"]', { state: 'attached', timeout: 120_000 });
  // Fonts and the last label pass drawn.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

async function importAtop(page: Page): Promise<void> {
  await settle(page, '/');
  await page.getByTestId('file-input').setInputFiles([`${atopDir}/atop5_1m.csv`, `${atopDir}/atop5_1a.csv`]);
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('on its own').check({ timeout: 300_000 });
  await dialog.getByRole('button', { name: /^(Accept|Open filtered)/ }).click();
  await page.getByTestId('dataset-label').filter({ hasText: /atop/i }).waitFor({ timeout: 300_000 });
  await page.getByText(/It is saved in this browser/).waitFor({ timeout: 300_000 });
}

rebuild();
mkdirSync(outDir, { recursive: true });
const server = await startPreview();
const chromium = await launchBrowser();
try {
  for (const dataset of ['documents', 'atop'] as const) {
    if (dataset === 'atop' && !existsSync(`${atopDir}/atop5_1m.csv`)) {
      console.error(`no ATOP 5.1 in ${atopDir}: skipped`);
      continue;
    }
    // One context per dataset: the import is kept in its IndexedDB across reloads and viewports.
    const context = await chromium.browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    page.on('pageerror', (err) => console.error('pageerror:', err.message));
    if (dataset === 'atop') await importAtop(page);
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      const shots = [...DATES.map((date) => ({ tag: date.slice(0, 4), query: `/?date=${date}` }))];
      if (viewport.name !== '390x844')
        shots.push({
          tag: `${dataset === 'atop' ? '1995' : '2024'}-map`,
          query: `/?date=${dataset === 'atop' ? '1995-01-01' : '2024-07-01'}&layout=map`,
        });
      if (dataset === 'documents') shots.push({ tag: '1960-nato', query: '/?date=1960-01-01&pact=nato' });
      for (const shot of shots) {
        const started = Date.now();
        await settle(page, shot.query);
        const file = `${outDir}/${dataset}-${shot.tag}-${viewport.name}.png`;
        await page.screenshot({ path: file });
        console.log(`${file} (${Date.now() - started} ms)`);
      }
    }
    await context.close();
  }
} finally {
  await chromium.close();
  await server.stop();
}

function rebuild(): void {
  const vite = `${ROOT}/node_modules/vite/bin/vite.js`;
  const build = spawnSync(
    process.execPath,
    [vite, 'build', '--configLoader', 'runner', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) throw new Error(`vite build failed (exit ${build.status})`);
}
