import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, startPreview, waitForCy } from './harness';
import type { RunningBrowser, RunningServer } from './harness';

// Issue 9: everything on screen is true at its date (the documents' dataset, production build, real Chromium).
let server: RunningServer;
let chromium: RunningBrowser;

beforeAll(async () => {
  server = await startPreview();
  chromium = await launchBrowser();
});

afterAll(async () => {
  await chromium?.close();
  await server?.stop();
});

async function open(query: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const { page } = await openPage(chromium.context, 'about:blank');
  await page.setViewportSize(viewport);
  await page.goto(`${server.url}/${query}`);
  await waitForCy(page);
  await page.waitForSelector('[data-layout="done"]');
  return page;
}

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

describe('one picture per date', () => {
  it('places every node identically with and without a selected pact, on every load', async () => {
    const plain = await open('?date=2024-12-31');
    const without = await nodePositions(plain);
    await plain.reload();
    await waitForCy(plain);
    await plain.waitForSelector('[data-layout="done"]');
    const reloaded = await nodePositions(plain);
    await plain.close();
    const selected = await open('?date=2024-12-31&pact=rus-prk-2024');
    await selected.getByRole('heading', { level: 2, name: /Russia and North Korea/ }).waitFor();
    const withSelection = await nodePositions(selected);
    await selected.close();
    expect(Object.keys(without).length).toBeGreaterThan(50);
    expect(reloaded).toEqual(without);
    expect(withSelection).toEqual(without);
  });
});

describe('dates outside the data', () => {
  it('a link to 1800 shows the first day of the data and says which date was asked and which is shown', async () => {
    const page = await open('?date=1800-01-01');
    const notice = (await page.getByRole('status').textContent()) ?? '';
    expect(notice).toMatch(/asks for 1 January 1800 \(1800-01-01\), outside the data/);
    expect(notice).toMatch(/showing 31 August 1907 \(1907-08-31\) instead/);
    await expect(page.getByTestId('current-date').textContent()).resolves.toBe('31 August 1907');
    await page.close();
  });
});
