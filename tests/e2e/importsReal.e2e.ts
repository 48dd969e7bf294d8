import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { Core } from 'cytoscape';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, ROOT, screenshot, startPreview, waitForCy } from './harness';
import type { RunningBrowser, RunningServer } from './harness';

// Issue 9: an excerpt of the real COW v4.1 member file (tests/fixtures/import/real/SOURCE.md) imported in Chromium,
// read as its codebook means: West Germany a NATO member in 1960, NATO under its own name, one NATO beside the documents.
let server: RunningServer;
let chromium: RunningBrowser;
const EXCERPT = `${ROOT}/tests/fixtures/import/real/cow_v4.1_by_member_excerpt.csv`;

beforeAll(async () => {
  server = await startPreview();
  chromium = await launchBrowser();
});

afterAll(async () => {
  await chromium?.close();
  await server?.stop();
});

async function open(query: string): Promise<Page> {
  const { page } = await openPage(chromium.context, `${server.url}/${query}`);
  await waitForCy(page);
  await page.waitForSelector('[data-layout="done"]');
  return page;
}

/** Whether each element id is displayed now: plain booleans, never a collection. */
function shown(page: Page, ids: string[]): Promise<Record<string, boolean>> {
  return page.evaluate((wanted) => {
    const cy = (window as { __cy?: Core }).__cy;
    return Object.fromEntries(
      wanted.map((id) => {
        const element = cy?.getElementById(id);
        return [id, Boolean(element && element.nonempty() && element.visible())];
      }),
    );
  }, ids);
}

async function importExcerpt(page: Page, mode: 'on its own' | 'beside the documents’ dataset') {
  await page.getByTestId('file-input').setInputFiles({
    name: 'alliance_v4.1_by_member.csv',
    mimeType: 'text/csv',
    buffer: await readFile(EXCERPT),
  });
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('import-release').textContent()).resolves.toBe('COW 4.1');
  // The four alliances whose members are dated days before them are clamped and said so, none skipped.
  await expect(dialog.textContent()).resolves.toMatch(
    /18 days before COW 95 began \(1914-09-06\): counted as a founding member/,
  );
  expect(await dialog.getByText(/would be skipped/).count()).toBe(0);
  await dialog.getByLabel(mode).check();
  await dialog.getByRole('button', { name: 'Accept import' }).click();
  await page.getByTestId('dataset-label').filter({ hasText: 'alliance_v4.1_by_member.csv' }).waitFor();
  // Saved only after it is shown: wait for the notice that says so before a reload reads it back.
  await page.getByText(/It is saved in this browser/).waitFor();
}

async function clearSaved(page: Page) {
  await page.getByRole('button', { name: 'More ▾' }).click();
  await page.getByRole('button', { name: 'Clear saved data' }).click();
  await page.getByTestId('dataset-label').filter({ hasText: "the documents' dataset" }).waitFor();
}

describe('the real COW file in Chromium', () => {
  it('shows West Germany in NATO in 1960, NATO named as people know it', async () => {
    const page = await open('?date=1960-01-01');
    await importExcerpt(page, 'on its own');
    await page.goto(`${server.url}/?date=1960-01-01&pact=cow-227`);
    await waitForCy(page);
    await page.waitForSelector('[data-layout="done"]');
    const heading = page.getByRole('heading', {
      level: 2,
      name: 'North Atlantic Treaty Organization (NATO)',
    });
    await heading.waitFor();
    const members = page.locator('.pact-panel .members li');
    await expect(members.filter({ hasText: 'West Germany' }).textContent()).resolves.toMatch(
      /joined 23 October 1954, left 2 October 1990/,
    );
    expect(await shown(page, ['a:cow-gfr', 'p:cow-227', 'm:cow-227:cow-gfr'])).toEqual({
      'a:cow-gfr': true,
      'p:cow-227': true,
      'm:cow-227:cow-gfr': true,
    });
    await screenshot(page, 'imports-real-nato-1960');
    await clearSaved(page);
    await page.close();
  });

  it('beside the documents: one NATO carrying the documents’ passages and COW 227’s row, one Soviet Union', async () => {
    const page = await open('?date=1960-01-01');
    await importExcerpt(page, 'beside the documents’ dataset');
    await page.goto(`${server.url}/?date=1960-01-01&pact=nato`);
    await waitForCy(page);
    await page.waitForSelector('[data-layout="done"]');
    await page.getByRole('heading', { level: 2, name: /North Atlantic Treaty Organization/ }).waitFor();
    await expect(page.getByTestId('pact-dataset-rows').textContent()).resolves.toMatch(
      /Also recorded in COW 4\.1 as alliance 227 \(alliance_v4\.1_by_member\.csv, row 74\)/,
    );
    expect(await page.locator('.pact-panel blockquote').count()).toBeGreaterThan(0);
    const ids = await page.evaluate(() => {
      const cy = (window as { __cy?: Core }).__cy;
      return cy ? cy.nodes().map((n) => n.id()) : [];
    });
    expect(ids).not.toContain('p:cow-227');
    expect(ids).not.toContain('a:cow-gfr');
    expect(ids.filter((id) => id === 'a:sun')).toHaveLength(1);
    await screenshot(page, 'imports-real-beside-nato-1960');
    await clearSaved(page);
    await page.close();
  });
});
