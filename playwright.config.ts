import { spawnSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from './tests/e2e/support/chromium';

// End-to-end tests: Playwright Test drives the installed Chromium (never `npx playwright install`) against the
// test build (`vite build --mode e2e`, served once for the whole suite by `vite preview`). See tests/e2e/README.md.

/** A port nobody listens on now, found synchronously: the config is also evaluated in every worker. */
function freePort(): string {
  const probe = spawnSync(process.execPath, [
    '-e',
    "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})",
  ]);
  const port = probe.stdout.toString().trim();
  if (!/^\d+$/.test(port)) throw new Error(`could not find a free port: ${probe.stderr.toString()}`);
  return port;
}
// Several checkouts test on one machine at once: each run takes its own port, and workers inherit it.
const port = (process.env.E2E_PORT ??= freePort());
const baseURL = `http://127.0.0.1:${port}`;
const vite = 'node node_modules/vite/bin/vite.js';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  outputDir: 'tests/e2e/__artifacts__/results',
  // Generous: CI machines are busy, and a test that waits for what the user waits for never needs a fast one.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  forbidOnly: true,
  retries: 0,
  workers: Number(process.env.E2E_WORKERS ?? 1),
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.E2E_JSON_REPORT ?? 'tests/e2e/__artifacts__/results.json' }],
  ],
  use: {
    baseURL,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: requireChromium(), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `${vite} build --configLoader runner --mode e2e --logLevel warn && ${vite} preview --configLoader runner --outDir dist-e2e --host 127.0.0.1 --strictPort --port ${port}`,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
