import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from 'cytoscape';
import {
  clickCyElement,
  cyElementPoint,
  launchBrowser,
  openPage,
  ROOT,
  screenshot,
  startPreview,
  waitForCy,
} from './harness';
import type { RunningBrowser, RunningServer } from './harness';

// What a person does with the explorer, in real Chromium against the production build.
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

async function open(query: string): Promise<Page> {
  const { page, errors } = await openPage(chromium.context, `${server.url}/${query}`);
  await waitForCy(page);
  await page.waitForSelector('[data-layout="done"]');
  page.on('close', () => expect(errors.page).toEqual([]));
  return page;
}

/** Whether an element is displayed on the canvas, once the date shown has been applied. */
async function shown(page: Page, id: string): Promise<boolean> {
  return page.evaluate((elementId) => {
    const cy = (window as { __cy?: Core }).__cy;
    return cy ? cy.getElementById(elementId).visible() : false;
  }, id);
}

async function settle(page: Page): Promise<void> {
  // Date moves are applied on the next animation frame; wait two to be sure.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

describe('the explorer', () => {
  it('moving the slider by keyboard makes pacts appear and disappear', async () => {
    const page = await open('?date=1955-05-13');
    await expect(page.getByTestId('current-date').textContent()).resolves.toBe('13 May 1955');
    expect(await shown(page, 'p:warsaw-pact')).toBe(false);
    expect(await shown(page, 'p:nato')).toBe(true);

    const slider = page.getByRole('slider', { name: 'Date' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await settle(page);
    await expect(slider.getAttribute('aria-valuetext')).resolves.toBe('13 June 1955');
    expect(await shown(page, 'p:warsaw-pact')).toBe(true);

    await page.keyboard.press('ArrowLeft');
    await settle(page);
    expect(await shown(page, 'p:warsaw-pact')).toBe(false);

    await page.keyboard.press('Home');
    await settle(page);
    await expect(slider.getAttribute('aria-valuetext')).resolves.toMatch(/1907$/);
    expect(await shown(page, 'p:nato')).toBe(false);

    await page.keyboard.press('End');
    await settle(page);
    expect(await shown(page, 'p:nato')).toBe(true);
    expect(await shown(page, 'p:warsaw-pact')).toBe(false);
    await page.close();
  });

  it('clicking a treaty on the canvas shows its verbatim passage, readable in context', async () => {
    const page = await open('?date=2024-12-31');
    await clickCyElement(page, 'b:rus-prk-2024');
    const heading = page.getByRole('heading', { level: 2, name: /Russia and North Korea/ });
    await heading.waitFor();
    expect(page.url()).toContain('pact=rus-prk-2024');
    const passages = page.locator('.pact-panel blockquote');
    const first = (await passages.first().textContent()) ?? '';
    const documentText = await readFile(`${ROOT}/data/documents/afridi-2024-new-alliances.txt`, 'utf8');
    expect(first.length).toBeGreaterThan(20);
    expect(documentText).toContain(first);

    await page.getByRole('button', { name: 'Read in context' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const mark = page.getByTestId('reader-passage');
    await expect(mark.textContent()).resolves.toBe(first);
    await expect(mark.isVisible()).resolves.toBe(true);
    const inView = await mark.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const frame = (el.closest('.reader-text') as HTMLElement).getBoundingClientRect();
      return box.top >= frame.top && box.top <= frame.bottom;
    });
    expect(inView).toBe(true);
    await screenshot(page, 'reader');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.close();
  });

  it('a deep link restores date and pact, and Back and Forward move between views', async () => {
    const page = await open('?date=1960-01-01&pact=nato');
    await expect(page.getByTestId('current-date').textContent()).resolves.toBe('1 January 1960');
    await page.getByRole('heading', { level: 2, name: 'North Atlantic Treaty Organization' }).waitFor();
    expect(await shown(page, 'p:nato')).toBe(true);
    expect(await shown(page, 'p:warsaw-pact')).toBe(true);
    await screenshot(page, 'deep-link-1960-nato');

    await page.getByRole('button', { name: /Warsaw Pact: signed/ }).click();
    await page.getByRole('heading', { level: 2, name: /Warsaw/ }).waitFor();
    await page.waitForURL(/pact=warsaw-pact/);
    expect(page.url()).toContain('date=1955-05-14');

    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'North Atlantic Treaty Organization' }).waitFor();
    await expect(page.getByTestId('current-date').textContent()).resolves.toBe('1 January 1960');
    await page.goForward();
    await page.getByRole('heading', { level: 2, name: /Warsaw/ }).waitFor();
    await page.close();
  });

  it('a link with garbage gives the default view and a notice, not a crash', async () => {
    const page = await open('?date=1960-99-99&pact=%3Cscript%3E');
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/date “1960-99-99” is not a date/);
    await expect(page.getByRole('slider', { name: 'Date' }).getAttribute('aria-valuetext')).resolves.toMatch(
      /\d{4}$/,
    );
    await page.close();
  });

  it('clicking a state lists its pacts at the date', async () => {
    const page = await open('?date=1960-01-01');
    await clickCyElement(page, 'a:gbr');
    await page.getByRole('heading', { level: 2, name: 'United Kingdom' }).waitFor();
    const pacts = await page.locator('.actor-pacts li').allTextContents();
    expect(pacts.join('|')).toMatch(/North Atlantic Treaty/);
    expect(pacts.join('|')).toMatch(/Southeast Asia Treaty/);
    await page.close();
  });

  it('hovering names an element; Play moves the date forward and Pause stops it', async () => {
    const page = await open('?date=1960-01-01');
    const { x, y } = await cyElementPoint(page, 'p:nato');
    await page.mouse.move(x, y);
    await expect(page.getByRole('tooltip').textContent()).resolves.toBe('North Atlantic Treaty Organization');

    const slider = page.getByRole('slider', { name: 'Date' });
    const before = Number(await slider.getAttribute('aria-valuenow'));
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction((start) => {
      const now = Number(document.querySelector('[role="slider"]')?.getAttribute('aria-valuenow'));
      return now > start + 200;
    }, before);
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = await slider.getAttribute('aria-valuenow');
    await page.waitForTimeout(300);
    await expect(slider.getAttribute('aria-valuenow')).resolves.toBe(paused);
    await page.close();
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    const page = await open('?date=1960-01-01&pact=nato');
    // Evaluated through the DevTools protocol: the app's CSP (rightly) refuses an injected <script>.
    await page.evaluate(await readFile(`${ROOT}/node_modules/axe-core/axe.min.js`, 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: Document,
            ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(document);
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id} (${v.impact}): ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        );
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});
