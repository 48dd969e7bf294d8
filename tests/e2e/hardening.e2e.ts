import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { ARTIFACTS, expect, openApp, ROOT, screenshot, test, waitForCy, type Page } from './support/test';

// Issue 11: nothing a file, a link or a saved state can do breaks the app. Real Chromium, production build.
const FIXTURES = `${ROOT}/tests/fixtures/import`;

async function importFile(page: Page, name: string, buffer: Buffer, mimeType = 'text/csv') {
  await page.getByTestId('file-input').setInputFiles([{ name, mimeType, buffer }]);
  return page.getByRole('dialog');
}

/** Rewrites the saved import in IndexedDB as a partial write or a hand edit would leave it. */
async function corruptSavedImport(page: Page, how: 'truncate-actors' | 'drop-obligations'): Promise<void> {
  await page.evaluate(async (mode) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('alliance-atlas');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    const store = () => db.transaction('saved', 'readwrite').objectStore('saved');
    const record = await new Promise<{ dataset: { actors: unknown[]; pacts: Record<string, unknown>[] } }>(
      (resolve, reject) => {
        const get = store().get('imported-dataset');
        get.onsuccess = () => resolve(get.result as never);
        get.onerror = () => reject(new Error(String(get.error)));
      },
    );
    if (mode === 'truncate-actors') record.dataset.actors = record.dataset.actors.slice(0, 1);
    else for (const pact of record.dataset.pacts) delete pact.obligations;
    await new Promise((resolve, reject) => {
      const put = store().put(record, 'imported-dataset');
      put.onsuccess = resolve;
      put.onerror = () => reject(new Error(String(put.error)));
    });
    db.close();
  }, how);
}

test.describe('a corrupt saved import never bricks the app (finding 1, High)', () => {
  test('truncated actors: after a reload the documents’ dataset shows, with a notice to download or discard the saved one', async ({
    page,
  }) => {
    await openApp(page, '?date=1960-01-01', { layout: false });
    const dialog = await importFile(page, 'cow_valid.csv', await readFile(`${FIXTURES}/cow_valid.csv`));
    await dialog.getByRole('button', { name: 'Accept import' }).click();
    await expect(page.getByTestId('dataset-label')).toContainText('cow_valid.csv');
    await corruptSavedImport(page, 'truncate-actors');
    await page.reload();
    await waitForCy(page);
    const notice = page.getByRole('alert').filter({ hasText: 'could not be opened' });
    await expect(notice).toContainText(/“cow_valid\.csv”, could not be opened/);
    await expect(page.getByTestId('dataset-label')).toHaveText("Showing the documents' dataset");
    await notice.getByText(/What is wrong/).click();
    await expect(notice).toContainText(/dataset: pacts\[\d+\] \(cow-\d+\)\.members\[\d+\]\.actorId/);
    await screenshot(page, 'hardening-set-aside-notice');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      notice.getByRole('button', { name: 'Download it' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('set-aside-cow_valid.json');
    const saved = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      format: string;
      pacts: unknown[];
    };
    expect(saved.format).toBe('alliance-atlas-dataset');
    expect(saved.pacts.length).toBeGreaterThan(0);

    // Still offered after another reload, until discarded.
    await page.reload();
    await waitForCy(page);
    await page.getByRole('button', { name: 'Discard it' }).click();
    await expect(page.getByRole('button', { name: 'Discard it' })).toHaveCount(0);
    await page.reload();
    await waitForCy(page);
    await expect(page.getByRole('button', { name: 'Discard it' })).toHaveCount(0);
  });
});

test.describe('imports run in a worker: progress, Cancel, a capped report (findings 4, 5 and the worker)', () => {
  test('the ATOP 5.1 files import without blocking the page; the longest main-thread task is recorded', async ({
    page,
  }) => {
    const real = '/work/realdata';
    const useReal = await readFile(`${real}/atop5_1m.csv`).then(
      () => true,
      () => false,
    );
    const dir = useReal ? real : FIXTURES;
    const [members, alliances] = useReal
      ? ['atop5_1m.csv', 'atop5_1a.csv']
      : ['atop_member.csv', 'atop_alliance.csv'];
    // Measure the import only: the first layout is done before the files are chosen.
    await openApp(page, '?date=1960-01-01');
    await page.evaluate(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    // Paths, as a file picker gives them: buffers would reach the page through a script of Playwright's own, a long
    // task of the test's (77–204 ms in a trace), not the app's.
    await page.getByTestId('file-input').setInputFiles([`${dir}/${members}`, `${dir}/${alliances}`]);
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(/ATOP member-level CSV .* with .*: \d+ pacts/);
    const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(
      `${ARTIFACTS}/hardening-atop-longest-task.json`,
      JSON.stringify({ files: useReal ? 'realdata ATOP 5.1' : 'fixtures', longestTaskMs: longest }, null, 2),
    );
    await dialog.getByRole('button', { name: 'Reject import' }).click();
    await expect(dialog).toHaveCount(0);
  });

  test('Cancel stops a large import at once; nothing changes and another import can start', async ({
    page,
  }) => {
    await openApp(page, '?date=1960-01-01', { layout: false });
    const [header = '', row = ''] = (await readFile(`${FIXTURES}/cow_valid.csv`, 'utf8')).split(/\r?\n/);
    // About 45 MB of valid-looking rows, each its own alliance (identical rows were checked quickly enough to end
    // the import before the click on a busy machine): tens of seconds of work whatever the machine.
    const rest = row.slice(row.indexOf(','));
    const count = Math.floor((45 * 1024 * 1024) / (rest.length + 8));
    const body = Array.from({ length: count }, (_, i) => `${i + 1}${rest}\n`).join('');
    await mkdir(ARTIFACTS, { recursive: true });
    const path = `${ARTIFACTS}/cancel-me.csv`;
    await writeFile(path, `${header}\n${body}`);
    await page.getByTestId('file-input').setInputFiles(path);
    const progress = page.getByRole('status').filter({ has: page.getByRole('button', { name: 'Cancel' }) });
    await expect(progress).toContainText(/Reading|Checking|Starting/);
    await screenshot(page, 'hardening-import-progress');
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByText('The import was cancelled; nothing changed.')).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByTestId('dataset-label')).toHaveText("Showing the documents' dataset");
    const dialog = await importFile(
      page,
      'malformed.json',
      await readFile(`${FIXTURES}/malformed.json`),
      'application/json',
    );
    await expect(dialog.getByRole('alert')).toContainText(/malformed\.json: line 5, column 14/);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await rm(path);
  });

  test('200,000 invalid records: a short report, and Close works', async ({ page }) => {
    await openApp(page, '?date=1960-01-01', { layout: false });
    const actors = `[${Array.from({ length: 200_000 }, (_, i) => `{"id":"a${i}"}`).join(',')}]`;
    const text = `{"format":"alliance-atlas-dataset","version":1,"documents":[],"passages":[],"actors":${actors},"pacts":[],"events":[],"rivalries":[]}`;
    const dialog = await importFile(page, 'invalid.json', Buffer.from(text), 'application/json');
    // Checking 200,000 records takes tens of seconds on a busy machine; the page stays usable meanwhile.
    const report = dialog.getByRole('alert');
    await expect(report).toContainText(/more problems \([\d,]+ in all\), by kind:/, { timeout: 170_000 });
    await expect(report).toContainText(/^invalid\.json: actors\[0\] \(a0\)\.name: missing/);
    expect(((await report.textContent()) ?? '').length).toBeLessThan(60_000);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });
});

test.describe('the validator under the Content-Security-Policy', () => {
  test('opening a saved import validates it without any CSP violation (zod runs jitless)', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await openApp(page, '?date=1960-01-01', { layout: false });
    const dialog = await importFile(page, 'cow_valid.csv', await readFile(`${FIXTURES}/cow_valid.csv`));
    await dialog.getByRole('button', { name: 'Accept import' }).click();
    await expect(page.getByTestId('dataset-label')).toContainText('cow_valid.csv');
    await page.reload();
    await waitForCy(page);
    await expect(page.getByTestId('dataset-label')).toContainText('cow_valid.csv');
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  });
});

test.describe('security headers where the app is served', () => {
  test('vite preview sends the CSP with frame-ancestors, nosniff and the referrer policy; the build ships _headers', async ({
    request,
  }) => {
    const response = await request.get('/');
    const headers = response.headers();
    expect(headers['content-security-policy']).toMatch(/^default-src 'self'; .*; frame-ancestors 'none'$/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    // The static-host example (Netlify / Cloudflare Pages format) is in the build, with the same policy.
    const file = await (await request.get('/_headers')).text();
    expect(file.split('\n')[0]).toBe('/*');
    expect(file).toContain(`  Content-Security-Policy: ${headers['content-security-policy']}`);
    expect(file).toContain('  X-Content-Type-Options: nosniff');
    expect(file).toContain('  Cross-Origin-Opener-Policy: same-origin');
    expect(file).toContain('  Cross-Origin-Embedder-Policy: require-corp');
  });

  test('the page is cross-origin isolated, and the graph, its layout worker and the map still load', async ({
    page,
  }) => {
    const response = await page.goto('/?date=1960-01-01');
    expect(response?.headers()['cross-origin-opener-policy']).toBe('same-origin');
    expect(response?.headers()['cross-origin-embedder-policy']).toBe('require-corp');
    expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);
    // Everything the app loads is its own: the layout (a worker) arrives and the map's outlines draw.
    await expect(page.locator('[data-layout="done"]')).toBeAttached({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await expect(page.locator('[data-layout-mode="map"]')).toBeAttached({ timeout: 30_000 });
  });
});
