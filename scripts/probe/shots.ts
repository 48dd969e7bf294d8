// Screenshots for looking at the graph: builds the test build, writes real COW/ATOP atlas files beside it
// (dist-e2e/real/, not committed), serves it and shoots each query at 1440×900, 1280×720 and 390×844.
//   npx tsx scripts/probe/shots.ts <out-dir> [--no-build] query...
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { launchBrowser } from '../../tests/e2e/support/chromium';
import { startViteServer } from '../../tests/e2e/support/server';
import { importFiles } from '../../src/io/import';
import { serializeAtlasFile } from '../../src/io/atlasFile';

const args = process.argv.slice(2);
const outDir = args.shift() ?? '/tmp/shots';
const build = !args.includes('--no-build');
const queries = args.filter((a) => a !== '--no-build');
const sizes = (process.env.SIZES ?? '1440x900,1280x720,390x844')
  .split(',')
  .map((s) => s.split('x').map(Number));
mkdirSync(outDir, { recursive: true });
if (build) {
  const r = spawnSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--configLoader',
      'runner',
      '--mode',
      'e2e',
      '--logLevel',
      'warn',
    ],
    { stdio: 'inherit' },
  );
  if (r.status !== 0) throw new Error('build failed');
}
mkdirSync('dist-e2e/real', { recursive: true });
const R = '/work/realdata/';
const file = (p: string) => ({ name: p, text: readFileSync(R + p, 'utf8') });
for (const [name, files] of [
  ['atop51', ['atop5_1m.csv', 'atop5_1a.csv']],
  ['cow41', ['alliance_v4.1_by_member.csv']],
] as const) {
  if (existsSync(`dist-e2e/real/${name}.json`)) continue;
  const imported = importFiles(files.map(file));
  if (imported.fatal) throw new Error(imported.fatal);
  writeFileSync(`dist-e2e/real/${name}.json`, serializeAtlasFile(imported.dataset, new Map()));
}
const server = await startViteServer(['preview', '--configLoader', 'runner', '--outDir', 'dist-e2e']);
const chromium = await launchBrowser();
try {
  for (const [w, h] of sizes) {
    const page = await chromium.browser.newPage({ viewport: { width: w!, height: h! } });
    page.on('console', (msg) => msg.type() === 'error' && console.error('console:', msg.text()));
    page.on('pageerror', (err) => console.error('pageerror:', err.message));
    for (const query of queries) {
      await page.goto(`${server.url}/${query}`);
      await page.waitForSelector('[data-layout="done"]', { timeout: 120_000 });
      await page.waitForSelector('[data-labels="settled"]', { timeout: 120_000 });
      const tag = query.replace(/[^a-z0-9]+/gi, '_').slice(0, 80);
      const path = `${outDir}/${w}x${h}-${tag}.png`;
      await page.screenshot({ path });
      console.log(path);
    }
    await page.close();
  }
} finally {
  await chromium.close();
  await server.stop();
}
