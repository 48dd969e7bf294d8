import type { Core } from 'cytoscape';
import { importRealExcerpt, type RealExcerptImport } from './support/realExcerpts';
import { expect, openApp, screenshot, shown, test, type Page } from './support/test';

// Issue 9: an excerpt of the real COW v4.1 member file (tests/fixtures/import/real/SOURCE.md) imported in Chromium,
// read as its codebook means: West Germany a NATO member in 1960, NATO under its own name, one NATO beside the
// documents. Every test has a fresh browser context, so nothing saved in one is seen by another.

const importExcerpt = (page: Page, mode: RealExcerptImport['mode']) =>
  importRealExcerpt(page, {
    files: [{ name: 'alliance_v4.1_by_member.csv', excerpt: 'cow_v4.1_by_member_excerpt.csv' }],
    release: 'COW 4.1',
    mode,
    review: async (dialog) => {
      // The alliances whose members are dated days before them are clamped and said so; no row is skipped.
      await expect(dialog).toContainText(
        /18 days before COW 95 began \(1914-09-06\): counted as a founding member/,
      );
      await expect(dialog.getByText(/would be skipped/)).toHaveCount(0);
    },
  });

test.describe('the real COW file in Chromium', () => {
  test('shows West Germany in NATO in 1960, NATO named as people know it', async ({ page }) => {
    await openApp(page, '?date=1960-01-01');
    await importExcerpt(page, 'on its own');
    await openApp(page, '?date=1960-01-01&pact=cow-227');
    await expect(
      page.getByRole('heading', { level: 2, name: 'North Atlantic Treaty Organization (NATO)' }),
    ).toBeVisible();
    await expect(page.locator('.pact-panel .members li').filter({ hasText: 'West Germany' })).toContainText(
      /joined 23 October 1954, left 2 October 1990/,
    );
    await expect.poll(() => shown(page, 'a:cow-gfr')).toBe(true);
    await expect.poll(() => shown(page, 'm:cow-227:cow-gfr')).toBe(true);
    await expect.poll(() => shown(page, 'p:cow-227')).toBe(true);
    await expect(page.getByTestId('current-date')).toHaveText('1 January 1960');
    await screenshot(page, 'imports-real-nato-1960');
  });

  test('beside the documents: one NATO carrying the documents’ passages and COW 227’s row, one Soviet Union', async ({
    page,
  }) => {
    await openApp(page, '?date=1960-01-01');
    await importExcerpt(page, 'beside the documents’ dataset');
    await openApp(page, '?date=1960-01-01&pact=nato');
    await expect(
      page.getByRole('heading', { level: 2, name: /North Atlantic Treaty Organization/ }),
    ).toBeVisible();
    await expect(page.getByTestId('pact-dataset-rows')).toContainText(
      /Also recorded in COW 4\.1 as alliance 227 \(alliance_v4\.1_by_member\.csv, row 74\)/,
    );
    await expect(page.locator('.pact-panel blockquote').first()).toBeVisible();
    const ids = await page.evaluate(() => {
      const cy = (window as { __cy?: Core }).__cy;
      return cy ? cy.nodes().map((n) => n.id()) : [];
    });
    expect(ids).not.toContain('p:cow-227');
    expect(ids).not.toContain('a:cow-gfr');
    expect(ids.filter((id) => id === 'a:sun')).toHaveLength(1);
    expect(ids).toContain('p:cow-210');
    await screenshot(page, 'imports-real-beside-nato-1960');
  });
});
