import type { Core } from 'cytoscape';
import { NATO_MEMBERS_1960 } from '../fixtures/documentsFacts';
import { expect, openApp, screenshot, test, waitForCy, type Page } from './support/test';

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
  test('places every node identically with and without a selected pact, on every load', async ({
    page,
    context,
  }) => {
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

/** Ids of the actors whose nodes are drawn (displayed), and of those marked as members of the selection. */
function drawnAndMarked(page: Page) {
  return page.evaluate(() => {
    const cy = (window as W).__cy as Core;
    const actors = cy.nodes('[role = "actor"]');
    return {
      drawn: actors.filter((n) => n.visible()).map((n) => n.data('actorId') as string),
      marked: actors.filter((n) => n.hasClass('focus')).map((n) => n.data('actorId') as string),
    };
  });
}

test.describe('membership at the date', () => {
  test('NATO selected on 1960-01-01 marks only its members then; the panel lists later members apart', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openApp(page, '?date=1960-01-01&pact=nato');
    await expect(
      page.getByRole('heading', { level: 2, name: 'North Atlantic Treaty Organization' }),
    ).toBeVisible();
    await expect
      .poll(async () => (await drawnAndMarked(page)).marked.sort())
      .toEqual([...NATO_MEMBERS_1960].sort());
    const { marked } = await drawnAndMarked(page);
    for (const absent of ['pol', 'hun', 'fin', 'swe', 'est', 'lva', 'ltu'])
      expect(marked).not.toContain(absent);
    await expect(page.locator('#members-now-title')).toHaveText('Members on 1 January 1960 (15)');
    await expect(page.getByTestId('members-now')).toContainText('West Germany');
    await expect(page.getByTestId('members-now')).not.toContainText('Poland');
    await expect(page.getByTestId('members-later')).toContainText(/Poland\s*joined 12 March 1999/);
    await expect(page.getByTestId('members-later')).toContainText(/Germany\s*joined 3 October 1990/);
    await screenshot(page, 'truth-1960-nato');
  });
});

test.describe('states exist in time', () => {
  test('1960: Croatia, Slovakia, Slovenia, North Macedonia and other later states are not drawn', async ({
    page,
  }) => {
    await openApp(page, '?date=1960-01-01');
    await expect.poll(async () => (await drawnAndMarked(page)).drawn.length).toBe(39);
    const { drawn } = await drawnAndMarked(page);
    for (const absent of ['hrv', 'svk', 'svn', 'mkd', 'cze', 'est', 'ukr', 'deu', 'rus', 'srb'])
      expect(drawn).not.toContain(absent);
    for (const present of ['sun', 'csk', 'yug', 'ddr', 'frg', 'pol']) expect(drawn).toContain(present);
  });

  test('2024: the Soviet Union, Czechoslovakia, Yugoslavia and both Cold War Germanies are not drawn, nor their edges', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openApp(page, '?date=2024-12-31');
    await expect.poll(async () => (await drawnAndMarked(page)).drawn.length).toBe(54);
    const { drawn } = await drawnAndMarked(page);
    for (const absent of ['sun', 'csk', 'yug', 'ddr', 'frg']) expect(drawn).not.toContain(absent);
    for (const present of ['rus', 'deu', 'cze', 'svk', 'srb', 'hrv']) expect(drawn).toContain(present);
    const edgesOfAbsent = await page.evaluate(() => {
      const gone = ['sun', 'csk', 'yug', 'ddr', 'frg'];
      return ((window as W).__cy as Core)
        .edges()
        .filter(
          (e) =>
            e.visible() &&
            ((e.data('actorIds') as string[] | undefined) ?? []).some((id) => gone.includes(id)),
        ).length;
    });
    expect(edgesOfAbsent).toBe(0);
    await screenshot(page, 'truth-2024');
  });
});

test.describe('compare shows membership change', () => {
  test('1990 → 2025 lists and marks NATO enlargement and West Germany succeeded by Germany', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openApp(page, '?date=2025-01-01&compare=1990-01-01&tab=analysis');
    const joined = page.getByTestId('compare-joined');
    for (const member of [
      'Poland',
      'Hungary',
      'Czechia',
      'Estonia',
      'Latvia',
      'Lithuania',
      'Finland',
      'Sweden',
      'Germany',
    ])
      await expect(joined).toContainText(member);
    await expect(page.getByTestId('compare-left')).toContainText('West Germany');
    await expect
      .poll(() =>
        page.evaluate(() => {
          const cy = (window as W).__cy as Core;
          return [
            cy.getElementById('m:nato:pol').hasClass('cmp-formed'),
            cy.getElementById('m:nato:frg').hasClass('cmp-ended'),
          ];
        }),
      )
      .toEqual([true, true]);
    await screenshot(page, 'truth-compare-1990-2025');
  });
});
