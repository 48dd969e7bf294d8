// Export times and file sizes of issue 13's dialog: PNG (view, whole graph, print page width) and a 15-year animation
// (GIF and WebM), on the documents' data, a synthetic dataset of the field's size, and the real ATOP 5.1 files.
//   npx tsx bench/figureExport.ts [--atop /work/realdata]
// Builds the test build (it has the window.__cy hook) into dist-e2e/ with dist-e2e/bench/field.json (200 states,
// 1,000 pacts, 10,000 events), serves it and exports through the dialog as a person would.
import { execFileSync } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/support/chromium';
import { importAtop } from './atop';
import { ROOT, startViteServer } from '../tests/e2e/support/server';

const ARTIFACTS = `${ROOT}/tests/e2e/__artifacts__`;

async function waitForCy(page: Page, timeout: number): Promise<void> {
  await page.waitForFunction(
    () => ((window as { __cy?: { elements(): { length: number } } }).__cy?.elements().length ?? 0) > 0,
    undefined,
    { timeout },
  );
}

const { values } = parseArgs({ options: { atop: { type: 'string', default: '/work/realdata' } } });
const OUT = 'dist-e2e';
const FIELD = `${OUT}/bench/field.json`;
execFileSync('npx', ['vite', 'build', '--configLoader', 'runner', '--mode', 'e2e', '--logLevel', 'warn'], {
  stdio: 'inherit',
});
execFileSync(
  'npx',
  [
    'tsx',
    'scripts/gen-synthetic.ts',
    '--states',
    '200',
    '--pacts',
    '1000',
    '--events',
    '10000',
    '--out',
    FIELD,
  ],
  {
    stdio: 'inherit',
  },
);

interface Row {
  dataset: string;
  what: string;
  ms: number;
  bytes: number;
  file: string;
}

async function exportOnce(page: Page, button: string, what: string, dataset: string): Promise<Row> {
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const started = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 600_000 }),
    dialog.getByRole('button', { name: button }).click(),
  ]);
  const path = await download.path();
  const ms = performance.now() - started;
  const file = download.suggestedFilename();
  await download.saveAs(`${ARTIFACTS}/bench-${dataset}-${file}`);
  return { dataset, what, ms, bytes: (await stat(path)).size, file };
}

async function measure(page: Page, dataset: string, span: { from: string; to: string }): Promise<Row[]> {
  const rows: Row[] = [];
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.waitFor();
  const size = dialog.getByRole('combobox', { name: 'Size' });
  rows.push(await exportOnce(page, 'Export PNG', 'PNG, view, screen 2×', dataset));
  await dialog.getByRole('radio', { name: 'The whole graph' }).check();
  rows.push(await exportOnce(page, 'Export PNG', 'PNG, whole graph, screen 2×', dataset));
  await size.selectOption('print-page');
  rows.push(await exportOnce(page, 'Export PNG', 'PNG, whole graph, print page 2100 px', dataset));
  await dialog.getByRole('radio', { name: 'The view as shown' }).check();
  await dialog.getByRole('radio', { name: 'Animated GIF' }).check();
  await dialog.getByLabel('From').fill(span.from);
  await dialog.getByLabel('To').fill(span.to);
  const frames = (await dialog.getByTestId('motion-budget').textContent()) ?? '';
  const label = `15 years, ${frames.split(';')[0]}`;
  rows.push(await exportOnce(page, 'Export Animated GIF', `GIF ${label}`, dataset));
  await dialog.getByRole('radio', { name: 'Video (WebM)' }).check();
  rows.push(await exportOnce(page, 'Export Video (WebM)', `WebM ${label}`, dataset));
  await dialog.getByRole('button', { name: 'Close' }).click();
  return rows;
}

async function openApp(page: Page, url: string) {
  await page.goto(url);
  await waitForCy(page, 600_000);
  await page.locator('[data-layout="done"]').waitFor({ timeout: 600_000 });
}

const server = await startViteServer(['preview', '--configLoader', 'runner', '--outDir', OUT]);
const chromium = await launchBrowser();
const rows: Row[] = [];
try {
  const page = await chromium.context.newPage();
  await openApp(page, `${server.url}/?date=1960-01-01`);
  rows.push(...(await measure(page, 'documents', { from: '1945-01-01', to: '1960-01-01' })));
  await openApp(page, `${server.url}/?dataset=bench/field.json&date=1990-01-01`);
  rows.push(...(await measure(page, 'synthetic-field', { from: '1975-01-01', to: '1990-01-01' })));
  await openApp(page, `${server.url}/?date=1960-01-01`);
  await importAtop(page, values.atop);
  rows.push(...(await measure(page, 'atop-5.1', { from: '1945-01-01', to: '1960-01-01' })));
} finally {
  await chromium.close();
  await server.stop();
}
const kb = (b: number) => `${Math.round(b / 1024)} kB`;
console.log('| dataset | export | time | size | file |\n| --- | --- | --- | --- | --- |');
for (const r of rows)
  console.log(`| ${r.dataset} | ${r.what} | ${(r.ms / 1000).toFixed(1)} s | ${kb(r.bytes)} | ${r.file} |`);
