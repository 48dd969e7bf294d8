import { readFile } from 'node:fs/promises';
import {
  afterFrames,
  clickCyElement,
  cyElementPoint,
  expect,
  openApp,
  ROOT,
  screenshot,
  shown,
  test,
} from './support/test';

// What a person does with the explorer, in real Chromium against the production build.
test.describe('the explorer', () => {
  test('moving the slider by keyboard makes pacts appear and disappear', async ({ page }) => {
    await openApp(page, '?date=1955-05-13');
    await expect(page.getByTestId('current-date')).toHaveText('13 May 1955');
    expect(await shown(page, 'p:warsaw-pact')).toBe(false);
    expect(await shown(page, 'p:nato')).toBe(true);

    const slider = page.getByRole('slider', { name: 'Date' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuetext', '13 June 1955');
    await expect.poll(() => shown(page, 'p:warsaw-pact')).toBe(true);

    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => shown(page, 'p:warsaw-pact')).toBe(false);

    await page.keyboard.press('Home');
    await expect(slider).toHaveAttribute('aria-valuetext', /1907$/);
    await expect.poll(() => shown(page, 'p:nato')).toBe(false);

    await page.keyboard.press('End');
    await expect.poll(() => shown(page, 'p:nato')).toBe(true);
    expect(await shown(page, 'p:warsaw-pact')).toBe(false);
  });

  test('clicking a treaty on the canvas shows its verbatim passage, readable in context', async ({ page }) => {
    await openApp(page, '?date=2024-12-31');
    await clickCyElement(page, 'b:rus-prk-2024');
    await expect(page.getByRole('heading', { level: 2, name: /Russia and North Korea/ })).toBeVisible();
    await expect(page).toHaveURL(/pact=rus-prk-2024/);
    const passages = page.locator('.pact-panel blockquote');
    const first = (await passages.first().textContent()) ?? '';
    const documentText = await readFile(`${ROOT}/data/documents/afridi-2024-new-alliances.txt`, 'utf8');
    expect(first.length).toBeGreaterThan(20);
    expect(documentText).toContain(first);

    await page.getByRole('button', { name: 'Read in context' }).first().click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const mark = page.getByTestId('reader-passage');
    await expect(mark).toHaveText(first);
    await expect(mark).toBeVisible();
    const inView = await mark.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const frame = (el.closest('.reader-text') as HTMLElement).getBoundingClientRect();
      return box.top >= frame.top && box.top <= frame.bottom;
    });
    expect(inView).toBe(true);
    await screenshot(page, 'reader');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  });

  test('a deep link restores date and pact, and Back and Forward move between views', async ({ page }) => {
    await openApp(page, '?date=1960-01-01&pact=nato');
    await expect(page.getByTestId('current-date')).toHaveText('1 January 1960');
    await expect(page.getByRole('heading', { level: 2, name: 'North Atlantic Treaty Organization' })).toBeVisible();
    expect(await shown(page, 'p:nato')).toBe(true);
    expect(await shown(page, 'p:warsaw-pact')).toBe(true);
    await screenshot(page, 'deep-link-1960-nato');

    await page.getByRole('button', { name: /Warsaw Pact: signed/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: /Warsaw/ })).toBeVisible();
    await expect(page).toHaveURL(/pact=warsaw-pact/);
    expect(page.url()).toContain('date=1955-05-14');

    await page.goBack();
    await expect(page.getByRole('heading', { level: 2, name: 'North Atlantic Treaty Organization' })).toBeVisible();
    await expect(page.getByTestId('current-date')).toHaveText('1 January 1960');
    await page.goForward();
    await expect(page.getByRole('heading', { level: 2, name: /Warsaw/ })).toBeVisible();
  });

  test('a link with garbage gives the default view and a notice, not a crash', async ({ page }) => {
    await openApp(page, '?date=1960-99-99&pact=%3Cscript%3E');
    await expect(page.getByRole('status')).toHaveText(/date “1960-99-99” is not a date/);
    await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute('aria-valuetext', /\d{4}$/);
  });

  test('clicking a state lists its pacts at the date', async ({ page }) => {
    await openApp(page, '?date=1960-01-01');
    await clickCyElement(page, 'a:gbr');
    await expect(page.getByRole('heading', { level: 2, name: 'United Kingdom' })).toBeVisible();
    const pacts = page.locator('.actor-pacts li');
    await expect(pacts.filter({ hasText: /North Atlantic Treaty/ })).not.toHaveCount(0);
    await expect(pacts.filter({ hasText: /Southeast Asia Treaty/ })).not.toHaveCount(0);
  });

  test('hovering names an element; Play moves the date forward and Pause stops it', async ({ page }) => {
    await openApp(page, '?date=1960-01-01');
    const { x, y } = await cyElementPoint(page, 'p:nato');
    await page.mouse.move(x, y);
    await expect(page.getByRole('tooltip')).toHaveText('North Atlantic Treaty Organization');

    const slider = page.getByRole('slider', { name: 'Date' });
    const before = Number(await slider.getAttribute('aria-valuenow'));
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(async () => Number(await slider.getAttribute('aria-valuenow'))).toBeGreaterThan(before + 200);
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    const paused = await slider.getAttribute('aria-valuenow');
    // Playback advances once per animation frame: thirty frames without a move means it stopped.
    await afterFrames(page, 30);
    await expect(slider).toHaveAttribute('aria-valuenow', paused!);
  });

  test('has no serious or critical accessibility violations (axe-core)', async ({ page }) => {
    await openApp(page, '?date=1960-01-01&pact=nato');
    // Evaluated through the DevTools protocol: the app's CSP (rightly) refuses an injected <script>.
    await page.evaluate(await readFile(`${ROOT}/node_modules/axe-core/axe.min.js`, 'utf8'));
    const violations = await page.evaluate(async () => {
      type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
      const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<Result> } }).axe;
      const result = await axe.run(document);
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    });
    expect(violations).toEqual([]);
  });
});
