import { clickCyElement, expect, openApp, ROOT, screenshot, shown, test, type Page } from './support/test';

// Issue 10 (initial JS ≤ 250 kB gzip): the panel of a selected pact or state is not part of the first view's
// script; it loads when the browser is idle after start, or at once for a link that opens with a selection.
const PANELS_CHUNK = /\/assets\/selectionPanels-[\w-]+\.js$/;

test.describe('parts loaded on first use', () => {
  test('a link that opens with a pact selected shows its panel; the first click on another shows that one', async ({
    page,
    errors,
  }) => {
    await openApp(page, '?date=1960-01-01&pact=nato');
    await expect(page.getByRole('heading', { level: 2, name: /North Atlantic Treaty/ })).toBeVisible();
    await page.getByRole('button', { name: 'Close details' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Explore' })).toBeVisible();
    await clickCyElement(page, 'p:warsaw-pact');
    await expect(page.getByRole('heading', { level: 2, name: /Warsaw/ })).toBeVisible();
    expect(errors.console).toEqual([]); // nothing the Content-Security-Policy refused, no failed request
  });

  test('when the panel cannot be loaded, the app says what failed, keeps running, and loads it on retry', async ({
    page,
  }) => {
    let refused = 0;
    await page.route(PANELS_CHUNK, (route) => {
      refused += 1;
      return route.abort('internetdisconnected');
    });
    await openApp(page, '?date=1960-01-01');
    await clickCyElement(page, 'p:nato');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The details of this selection could not be loaded:');
    await expect(alert).toContainText('selectionPanels');
    expect(refused).toBeGreaterThan(0);
    await screenshot(page, 'lazy-panel-failed');

    // The rest of the app is untouched: the date still moves the graph.
    const slider = page.getByRole('slider', { name: 'Date' });
    await slider.focus();
    await page.keyboard.press('Home');
    await expect(slider).toHaveAttribute('aria-valuetext', /1907$/);
    await expect.poll(() => shown(page, 'p:nato')).toBe(false);
    await page.keyboard.press('End');
    await expect.poll(() => shown(page, 'p:nato')).toBe(true);

    await page.unroute(PANELS_CHUNK);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /North Atlantic Treaty/ })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  // Each dialog and the importer: its chunk refused, the app names what could not be loaded in a notice, the
  // graph and data stay as they were, and opening it again once the network is back works.
  const refuse = async (page: Page, chunk: RegExp) => {
    await page.route(chunk, (route) => route.abort('internetdisconnected'));
    return () => page.unroute(chunk);
  };
  const notice = (page: Page) => page.getByRole('status').filter({ hasText: 'could not be loaded' });
  const stillRunning = async (page: Page) => {
    await expect(page.getByTestId('dataset-label')).toHaveText("Showing the documents' dataset");
    const slider = page.getByRole('slider', { name: 'Date' });
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => shown(page, 'p:nato')).toBe(false);
    await page.keyboard.press('End');
    await expect.poll(() => shown(page, 'p:nato')).toBe(true);
  };

  test('the export dialog', async ({ page }) => {
    const restore = await refuse(page, /\/assets\/ExportDialog-[\w-]+\.js$/);
    await openApp(page, '?date=1960-01-01');
    await page.getByRole('button', { name: 'Export…' }).click();
    await expect(notice(page)).toContainText('The export dialog could not be loaded:');
    await expect(notice(page)).toContainText('ExportDialog');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await stillRunning(page);
    await restore();
    await page.getByRole('button', { name: 'Export…' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
  });

  test('the importer and the import dialog', async ({ page }) => {
    const file = `${ROOT}/tests/fixtures/import/cow_valid.csv`;
    const restoreImporter = await refuse(page, /\/assets\/importFlow-[\w-]+\.js$/);
    await openApp(page, '?date=1960-01-01');
    await page.getByTestId('file-input').setInputFiles(file);
    await expect(notice(page)).toContainText('The importer could not be loaded:');
    await stillRunning(page);
    await restoreImporter();
    await page.getByRole('button', { name: 'Dismiss notice' }).click();

    const restoreDialog = await refuse(page, /\/assets\/ImportDialog-[\w-]+\.js$/);
    await page.getByTestId('file-input').setInputFiles(file);
    await expect(notice(page)).toContainText('The import dialog could not be loaded:');
    await stillRunning(page);
    await restoreDialog();
    await page.getByTestId('file-input').setInputFiles(file);
    await expect(page.getByRole('dialog')).toBeVisible();
  });

  test('the document reader', async ({ page }) => {
    const restore = await refuse(page, /\/assets\/DocumentReader-[\w-]+\.js$/);
    await openApp(page, '?date=1960-01-01&pact=nato');
    const read = page.getByRole('button', { name: 'Read in context' }).first();
    await read.click();
    await expect(notice(page)).toContainText('The document reader could not be loaded:');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await restore();
    await read.click();
    await expect(page.getByRole('dialog')).toBeVisible();
  });

  test('the analysis tab', async ({ page }) => {
    const restore = await refuse(page, /\/assets\/AnalysisPanel-[\w-]+\.js$/);
    await openApp(page, '?date=1960-01-01');
    const analysisTab = page.getByRole('tab', { name: 'Analysis' });
    await analysisTab.click();
    await expect(notice(page)).toContainText('The analysis could not be loaded:');
    await expect(page.getByRole('tab', { name: 'Details' })).toHaveAttribute('aria-selected', 'true');
    await stillRunning(page);
    await restore();
    await analysisTab.click();
    await expect(analysisTab).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel')).not.toContainText('Loading the analysis…');
    await expect(page.getByRole('tabpanel').getByRole('heading').first()).toBeVisible();
  });
});
