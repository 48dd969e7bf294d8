import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, startPreview, waitForCy } from './harness';
import type { RunningBrowser, RunningServer } from './harness';
import { wheelZoomFactor } from './legible/measure';

// Issue 12: what a reader suffers, measured in real Chromium against the production build.
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

async function open(query: string, viewport = { width: 1440, height: 900 }): Promise<Page> {
  const { page } = await openPage(chromium.context, 'about:blank');
  await page.setViewportSize(viewport);
  await page.goto(`${server.url}/${query}`);
  await waitForCy(page);
  await page.waitForSelector('[data-layout="done"]', { timeout: 60_000 });
  return page;
}

describe('zoom', () => {
  it('five wheel notches zoom in about twice, as maps in browsers do', async () => {
    const page = await open('?date=1960-01-01');
    const factor = await wheelZoomFactor(page);
    console.info('wheel zoom, 5 notches:', factor.toFixed(3));
    expect(factor).toBeGreaterThan(1.7);
    expect(factor).toBeLessThan(2.4);
    await page.close();
  });

  it('+, −, fit and keyboard zoom about the centre; zoom to the selection frames it', async () => {
    const page = await open('?date=1960-01-01&pact=warsaw-pact');
    const zoom = () => page.evaluate(() => (window as { __cy?: Core }).__cy!.zoom());
    const start = await zoom();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    expect((await zoom()) / start).toBeCloseTo(1.5, 2);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    expect((await zoom()) / start).toBeCloseTo(1, 2);
    await page.getByTestId('graph').focus();
    await page.keyboard.press('+');
    expect((await zoom()) / start).toBeCloseTo(1.5, 2);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    expect((await zoom()) / start).toBeCloseTo(1 / 1.5, 2);
    // Zoom to the selection: the Warsaw Pact's members fill the view, larger than in the fit of everything.
    await page.getByRole('button', { name: 'Zoom to the selection' }).click();
    await page.waitForFunction((z) => (window as { __cy?: Core }).__cy!.zoom() > z * 1.2, start);
    const framed = await page.evaluate(() => {
      const cy = (window as { __cy?: Core }).__cy!;
      const box = cy.elements('.focus').renderedBoundingBox({ includeLabels: false });
      return { inside: box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height() };
    });
    expect(framed.inside).toBe(true);
    await page.close();
  });
});

describe('search', () => {
  it('"warsaw" finds the Warsaw Pact; Enter selects it, moves 2024 back to when it was in force and frames it', async () => {
    const page = await open('?date=2024-01-01');
    const box = page.getByRole('combobox', { name: 'Find a state or pact' });
    await page.keyboard.press('/');
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('warsaw');
    await expect(page.getByRole('option').first().textContent()).resolves.toMatch(/^Warsaw Treaty Organization/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/pact=warsaw-pact/);
    const date = new URL(page.url()).searchParams.get('date') ?? '';
    expect(date >= '1955-05-14' && date < '1991-07-01').toBe(true);
    await page.waitForFunction(() => {
      const cy = (window as { __cy?: Core }).__cy!;
      const hub = cy.getElementById('p:warsaw-pact');
      if (!hub.visible()) return false;
      const p = hub.renderedPosition();
      return p.x > 0 && p.y > 0 && p.x < cy.width() && p.y < cy.height() && !cy.animated();
    });
    await expect(page.getByRole('heading', { level: 2 }).first().textContent()).resolves.toMatch(/Warsaw/);
    await page.close();
  });

  it('aliases: "Manila Pact" finds SEATO and "USSR" the Soviet Union; Escape closes the list', async () => {
    const page = await open('?date=1960-01-01');
    const box = page.getByRole('combobox', { name: 'Find a state or pact' });
    await box.fill('Manila Pact');
    await expect(page.getByRole('option').first().textContent()).resolves.toMatch(/Southeast Asia Treaty Organization.*Manila Pact/);
    await box.fill('USSR');
    await expect(page.getByRole('option').first().textContent()).resolves.toMatch(/Soviet Union.*USSR/);
    await page.keyboard.press('Escape');
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');
    await page.close();
  });
});
