import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { Core } from 'cytoscape';
import { expect, openApp, ROOT, test, waitForCy, type Page } from './support/test';

// Bringing one's own data, in real Chromium: bad files leave everything as it was, good ones open and persist.
// Every test has a fresh browser context, so nothing saved in one is seen by another.
const FIXTURES = `${ROOT}/tests/fixtures/import`;

const open = (page: Page, query = '?date=1960-01-01&pact=nato') => openApp(page, query);

/** Ids of the elements displayed at the date shown: plain strings, never a collection. */
function shownIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = (window as { __cy?: Core }).__cy;
    return cy
      ? cy
          .elements(':visible')
          .map((e) => e.id())
          .sort()
      : [];
  });
}

async function choose(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  await page.getByTestId('file-input').setInputFiles(files);
  return page.getByRole('dialog');
}

const fixture = async (name: string, mimeType = 'text/csv') => ({
  name,
  mimeType,
  buffer: await readFile(`${FIXTURES}/${name}`),
});

test.describe('import in Chromium', () => {
  for (const [name, type, message] of [
    ['wrong_type.txt', 'text/plain', /wrong_type\.txt: not a file Alliance Atlas can import/],
    ['malformed.json', 'application/json', /malformed\.json: line 5, column 14: expected a value/],
    ['cow_missing_column.csv', 'text/csv', /cow_missing_column\.csv: line 1: missing column "mem_st_year"/],
    ['cow_unterminated_quote.csv', 'text/csv', /line 3, column 9: unterminated quoted field/],
  ] as const) {
    test(`${name} is refused with its message and the view stays as it was`, async ({ page }) => {
      await open(page);
      const before = await shownIds(page);
      const dialog = await choose(page, [await fixture(name, type)]);
      await expect(dialog.getByRole('alert')).toHaveText(message);
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'North Atlantic Treaty Organization' })).toBeVisible();
      await expect(page.getByTestId('current-date')).toHaveText('1 January 1960');
      expect(await shownIds(page)).toEqual(before);
    });
  }

  test('a huge file is refused before it is read', async ({ page }, testInfo) => {
    await open(page);
    // Playwright passes files over 50 MB by path: write one into this test's output folder (gitignored).
    const path = testInfo.outputPath('huge.csv');
    await mkdir(testInfo.outputDir, { recursive: true });
    await writeFile(path, Buffer.alloc(51 * 1024 * 1024, 'a'));
    await page.getByTestId('file-input').setInputFiles(path);
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('alert')).toHaveText(
      /huge\.csv: the file is 51 MB \(53,477,376 bytes\), more than the import limit of 50 MB/,
    );
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByTestId('dataset-label')).toHaveText("Showing the documents' dataset");
    await rm(path);
  });

  test('rows with an unknown state or an invalid date: reject keeps the data; accept opens the rest, saved across a reload', async ({
    page,
  }) => {
    await open(page, '?date=1960-01-01');
    const before = await shownIds(page);
    let dialog = await choose(page, [await fixture('cow_invalid_date.csv')]);
    await expect(dialog).toContainText(/line 3, mem_st_month: "13" is not a month/);
    await dialog.getByRole('button', { name: 'Reject import' }).click();
    expect(await shownIds(page)).toEqual(before);

    dialog = await choose(page, [await fixture('cow_unknown_state.csv')]);
    await expect(dialog).toContainText(/line 4, ccode: "999" \("Atlantis"\)/);
    await dialog.getByRole('button', { name: 'Accept, skipping 1 row' }).click();
    await expect(page.getByTestId('dataset-label')).toContainText('cow_unknown_state.csv');
    await page.reload();
    await waitForCy(page);
    await expect(page.getByTestId('dataset-label')).toContainText('cow_unknown_state.csv');

    await page.getByRole('button', { name: 'More ▾' }).click();
    await page.getByRole('button', { name: 'Clear saved data' }).click();
    await expect(page.getByTestId('dataset-label')).toContainText("the documents' dataset");
    await page.reload();
    await waitForCy(page);
    await expect(page.getByTestId('dataset-label')).toHaveText("Showing the documents' dataset");
  });

  test('round trip: export JSON, import it, the same graph at any date', async ({ page }) => {
    await open(page, '?date=1960-01-01');
    await page.getByRole('button', { name: 'More ▾' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export dataset (JSON)' }).click(),
    ]);
    const buffer = await readFile(await download.path());
    const dates = ['1914-01-01', '1941-06-22', '1960-01-01', '1990-10-03', '2024-12-31'];
    const original: string[][] = [];
    for (const date of dates) {
      await open(page, `?date=${date}`);
      original.push(await shownIds(page));
    }
    const dialog = await choose(page, [{ name: download.suggestedFilename(), mimeType: 'application/json', buffer }]);
    await dialog.getByRole('button', { name: 'Accept import' }).click();
    await expect(page.getByTestId('dataset-label')).toContainText(download.suggestedFilename());
    for (const [i, date] of dates.entries()) {
      await open(page, `?date=${date}`);
      expect(await shownIds(page), date).toEqual(original[i]);
    }
  });

  test('text from data is rendered as text: a pact named <img src=x onerror=alert(1)> shows those characters', async ({
    page,
  }) => {
    await open(page, '?date=1960-01-01');
    // Counted, not asserted, in the listener: the test checks the count at the end.
    const alerts: string[] = [];
    page.on('dialog', (d) => {
      alerts.push(d.message());
      void d.dismiss();
    });
    const base = JSON.parse(
      await page.evaluate(async () => {
        const r = await fetch(
          [...document.querySelectorAll('link[rel=preload]')].map((l) => (l as HTMLLinkElement).href)[0]!,
        );
        return r.text();
      }),
    ) as { dataset: Record<string, unknown[]>; documentTexts: [string, string][] };
    const evil = '<img src=x onerror=alert(1)>';
    const pacts = base.dataset.pacts as { id: string; name: string }[];
    pacts.find((p) => p.id === 'nato')!.name = evil;
    const file = {
      format: 'alliance-atlas-dataset',
      version: 1,
      ...base.dataset,
      texts: Object.fromEntries(base.documentTexts),
    };
    const dialog = await choose(page, [
      { name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) },
    ]);
    await dialog.getByRole('button', { name: 'Accept import' }).click();
    await expect(page.getByTestId('dataset-label')).toContainText('evil.json');
    await page.goto('/?date=1960-01-01&pact=nato');
    await expect(page.getByRole('heading', { level: 2 }).filter({ hasText: evil })).toBeVisible();
    await expect(page.locator('.details img')).toHaveCount(0);
    expect(alerts).toEqual([]);
  });

  test('a file dropped on the page is imported the same way', async ({ page }) => {
    await open(page);
    const text = await readFile(`${FIXTURES}/cow_valid.csv`, 'utf8');
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'dropped.csv', { type: 'text/csv' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        window.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    }, text);
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(/4 pacts/);
    await dialog.getByRole('button', { name: 'Reject import' }).click();
    await expect(dialog).toHaveCount(0);
  });

  test('the Content-Security-Policy lets nothing load from another origin', async ({ page }) => {
    await open(page);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    const outcome = await page.evaluate(async () => {
      const violation = new Promise<string>((resolve) =>
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }),
      );
      await fetch('http://127.0.0.2:9/').catch(() => undefined);
      return violation;
    });
    expect(outcome).toBe('connect-src');
  });
});
