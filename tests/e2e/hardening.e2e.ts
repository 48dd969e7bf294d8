import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, ROOT, screenshot, startPreview, waitForCy } from './harness';
import type { PageErrors, RunningBrowser, RunningServer } from './harness';

// Issue 11: nothing a file, a link or a saved state can do breaks the app. Real Chromium, production build.
let server: RunningServer;
let chromium: RunningBrowser;
const FIXTURES = `${ROOT}/tests/fixtures/import`;

beforeAll(async () => {
  server = await startPreview();
  chromium = await launchBrowser();
});

afterAll(async () => {
  await chromium?.close();
  await server?.stop();
});

async function open(query = '?date=1960-01-01'): Promise<{ page: Page; errors: PageErrors }> {
  const opened = await openPage(chromium.context, `${server.url}/${query}`);
  await waitForCy(opened.page);
  return opened;
}

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

describe('a corrupt saved import never bricks the app (finding 1, High)', () => {
  it('truncated actors: after a reload the documents’ dataset shows, with a notice to download or discard the saved one', async () => {
    const { page, errors } = await open();
    const dialog = await importFile(page, 'cow_valid.csv', await readFile(`${FIXTURES}/cow_valid.csv`));
    await dialog.getByRole('button', { name: 'Accept import' }).click();
    await page.getByTestId('dataset-label').filter({ hasText: 'cow_valid.csv' }).waitFor();
    await corruptSavedImport(page, 'truncate-actors');
    await page.reload();
    await waitForCy(page);
    const notice = page.getByRole('alert').filter({ hasText: 'could not be opened' });
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toMatch(/“cow_valid\.csv”, could not be opened/);
    await expect(page.getByTestId('dataset-label').textContent()).resolves.toBe(
      "Showing the documents' dataset",
    );
    await notice.getByText(/What is wrong/).click();
    await expect(notice.textContent()).resolves.toMatch(
      /dataset: pacts\[\d+\] \(cow-\d+\)\.members\[\d+\]\.actorId/,
    );
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
    await page.getByRole('button', { name: 'Discard it' }).waitFor({ state: 'detached' });
    await page.reload();
    await waitForCy(page);
    await expect(page.getByRole('button', { name: 'Discard it' }).count()).resolves.toBe(0);
    expect(errors.page).toEqual([]);
    await page.close();
  });
});
