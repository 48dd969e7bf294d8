import type { Core } from 'cytoscape';
import { expect, openApp, test, waitForCy, type Page } from './support/test';

// Issue 9: everything on screen is true at its date (the documents' dataset, production build, real Chromium).

type W = { __cy?: Core };

/** Model and rendered position of every node, rounded to 0.01 px (plain values only). */
function nodePositions(page: Page) {
  return page.evaluate(() => {
    const cy = (window as W).__cy as Core;
    const round = (v: number) => Math.round(v * 100) / 100;
    return Object.fromEntries(
      cy.nodes().map((n) => {
        const p = n.position();
        const r = n.renderedPosition();
        return [n.id(), [round(p.x), round(p.y), round(r.x), round(r.y)]] as const;
      }),
    );
  });
}

test.describe('one picture per date', () => {
  test('places every node identically with and without a selected pact, on every load', async ({ page, context }) => {
    const plain = await openApp(page, '?date=2024-12-31');
    const without = await nodePositions(plain);
    await plain.reload();
    await waitForCy(plain);
    await plain.locator('[data-layout="done"]').waitFor({ state: 'attached' });
    const reloaded = await nodePositions(plain);
    await plain.close();
    const selected = await openApp(await context.newPage(), '?date=2024-12-31&pact=rus-prk-2024');
    await expect(selected.getByRole('heading', { level: 2, name: /Russia and North Korea/ })).toBeVisible();
    const withSelection = await nodePositions(selected);
    await selected.close();
    expect(Object.keys(without).length).toBeGreaterThan(50);
    expect(reloaded).toEqual(without);
    expect(withSelection).toEqual(without);
  });
});

test.describe('dates outside the data', () => {
  test('a link to 1800 shows the first day of the data and says which date was asked and which is shown', async ({
    page,
  }) => {
    await openApp(page, '?date=1800-01-01');
    const notice = page.getByRole('status');
    await expect(notice).toHaveText(/asks for 1 January 1800 \(1800-01-01\), outside the data/);
    await expect(notice).toHaveText(/showing 31 August 1907 \(1907-08-31\) instead/);
    await expect(page.getByTestId('current-date')).toHaveText('31 August 1907');
  });
});
