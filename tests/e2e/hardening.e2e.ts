import { readFile } from 'node:fs/promises';
import { expect, openApp, ROOT, screenshot, test, waitForCy, type Page } from './support/test';

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
