import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { Core } from 'cytoscape';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, openPage, ROOT, startPreview, waitForCy } from './harness';
import type { RunningBrowser, RunningServer } from './harness';

// Bringing one's own data, in real Chromium: bad files leave everything as it was, good ones open and persist.
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

async function open(query = '?date=1960-01-01&pact=nato'): Promise<Page> {
  const { page } = await openPage(chromium.context, `${server.url}/${query}`);
  await waitForCy(page);
  await page.waitForSelector('[data-layout="done"]');
  return page;
}

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

describe('import in Chromium', () => {
  it.each([
    ['wrong_type.txt', 'text/plain', /wrong_type\.txt: not a file Alliance Atlas can import/],
    ['malformed.json', 'application/json', /malformed\.json: line 5, column 14: expected a value/],
    ['cow_missing_column.csv', 'text/csv', /cow_missing_column\.csv: line 1: missing column "mem_st_year"/],
    ['cow_unterminated_quote.csv', 'text/csv', /line 3, column 9: unterminated quoted field/],
  ])('%s is refused with its message and the view stays as it was', async (name, type, message) => {
    const page = await open();
    const before = await shownIds(page);
    const dialog = await choose(page, [await fixture(name, type)]);
    await expect(dialog.getByRole('alert').textContent()).resolves.toMatch(message);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(
      page.getByRole('heading', { level: 2, name: 'North Atlantic Treaty Organization' }).isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByTestId('current-date').textContent()).resolves.toBe('1 January 1960');
    expect(await shownIds(page)).toEqual(before);
    await page.close();
  });

  it('a huge file is refused before it is read', async () => {
    const page = await open();
    // Playwright passes files over 50 MB by path: write one into the artifacts folder (gitignored).
    const path = `${ARTIFACTS}/huge.csv`;
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(path, Buffer.alloc(51 * 1024 * 1024, 'a'));
    await page.getByTestId('file-input').setInputFiles(path);
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('alert').textContent()).resolves.toMatch(
      /huge\.csv: the file is 51 MB \(53,477,376 bytes\), more than the import limit of 50 MB/,
    );
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByTestId('dataset-label').textContent()).resolves.toBe(
      "Showing the documents' dataset",
    );
    await rm(path);
    await page.close();
  });

  it('rows with an unknown state or an invalid date: reject keeps the data; accept opens the rest, saved across a reload', async () => {
    const page = await open('?date=1960-01-01');
    const before = await shownIds(page);
    let dialog = await choose(page, [await fixture('cow_invalid_date.csv')]);
    await expect(dialog.textContent()).resolves.toMatch(/line 3, mem_st_month: "13" is not a month/);
    await dialog.getByRole('button', { name: 'Reject import' }).click();
    expect(await shownIds(page)).toEqual(before);

    dialog = await choose(page, [await fixture('cow_unknown_state.csv')]);
    await expect(dialog.textContent()).resolves.toMatch(/line 4, ccode: "999" \("Atlantis"\)/);
    await dialog.getByRole('button', { name: 'Accept, skipping 1 row' }).click();
    await page.getByTestId('dataset-label').filter({ hasText: 'cow_unknown_state.csv' }).waitFor();
    await page.reload();
    await waitForCy(page);
    await page.getByTestId('dataset-label').filter({ hasText: 'cow_unknown_state.csv' }).waitFor();

    await page.getByRole('button', { name: 'More ▾' }).click();
    await page.getByRole('button', { name: 'Clear saved data' }).click();
    await page.getByTestId('dataset-label').filter({ hasText: "the documents' dataset" }).waitFor();
    await page.reload();
    await waitForCy(page);
    await expect(page.getByTestId('dataset-label').textContent()).resolves.toBe(
      "Showing the documents' dataset",
    );
    await page.close();
  });

  it('round trip: export JSON, import it, the same graph at any date', async () => {
    const page = await open('?date=1960-01-01');
    await page.getByRole('button', { name: 'More ▾' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export dataset (JSON)' }).click(),
    ]);
    const buffer = await readFile(await download.path());
    const dates = ['1914-01-01', '1941-06-22', '1960-01-01', '1990-10-03', '2024-12-31'];
    const original: string[][] = [];
    for (const date of dates) {
      await page.goto(`${server.url}/?date=${date}`);
      await page.waitForSelector('[data-layout="done"]');
      original.push(await shownIds(page));
    }
    const dialog = await choose(page, [
      { name: download.suggestedFilename(), mimeType: 'application/json', buffer },
    ]);
    await dialog.getByRole('button', { name: 'Accept import' }).click();
    await page.getByTestId('dataset-label').filter({ hasText: download.suggestedFilename() }).waitFor();
    for (const [i, date] of dates.entries()) {
      await page.goto(`${server.url}/?date=${date}`);
      await page.waitForSelector('[data-layout="done"]');
      expect(await shownIds(page), date).toEqual(original[i]);
    }
    await page.getByRole('button', { name: 'More ▾' }).click();
    await page.getByRole('button', { name: 'Clear saved data' }).click();
    await page.close();
  });

  it('text from data is rendered as text: a pact named <img src=x onerror=alert(1)> shows those characters', async () => {
    const page = await open('?date=1960-01-01');
    let alerted = false;
    page.on('dialog', (d) => {
      alerted = true;
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
    await page.getByTestId('dataset-label').filter({ hasText: 'evil.json' }).waitFor();
    await page.goto(`${server.url}/?date=1960-01-01&pact=nato`);
    const heading = page.getByRole('heading', { level: 2 });
    await heading.filter({ hasText: evil }).waitFor();
    expect(await page.locator('.details img').count()).toBe(0);
    expect(alerted).toBe(false);
    await page.getByRole('button', { name: 'More ▾' }).click();
    await page.getByRole('button', { name: 'Clear saved data' }).click();
    await page.close();
  });

  it('a file dropped on the page is imported the same way', async () => {
    const page = await open();
    const text = await readFile(`${FIXTURES}/cow_valid.csv`, 'utf8');
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'dropped.csv', { type: 'text/csv' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        window.dispatchEvent(
          new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
      }
    }, text);
    const dialog = page.getByRole('dialog');
    await expect(dialog.textContent()).resolves.toMatch(/4 pacts/);
    await dialog.getByRole('button', { name: 'Reject import' }).click();
    await page.close();
  });

  it('the Content-Security-Policy lets nothing load from another origin', async () => {
    const page = await open();
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    const outcome = await page.evaluate(async () => {
      const violation = new Promise<string>((resolve) =>
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), {
          once: true,
        }),
      );
      await fetch('http://127.0.0.2:9/').catch(() => undefined);
      return violation;
    });
    expect(outcome).toBe('connect-src');
    await page.close();
  });
});
