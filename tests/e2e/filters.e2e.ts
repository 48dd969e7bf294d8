import type { Core } from 'cytoscape';
import { serializeAtlasFile } from '../../src/io/atlasFile';
import { generateDataset } from '../../src/io/synthetic/generateDataset';
import { obligationClass } from '../../src/domain/filter';
import { expect, openApp, screenshot, shown, test, type Page } from './support/test';

// Issue 12, item 5: filters by obligation, kind and region; the field's data opens readable; links and exports keep them.
test.use({ viewport: { width: 1440, height: 900 } });
type WithCy = { __cy?: Core };

// Shaped like ATOP 5.1 (789 alliances): above the field-scale threshold, so it opens on defence pacts only.
const ATOP_SHAPED = 'filters/atop-shaped.json';
const atopShaped = generateDataset({ states: 207, pacts: 789, events: 3000, seed: 5 });
const defencePacts = new Set(
  atopShaped.dataset.pacts.filter((p) => obligationClass(p.obligations) === 'defence').map((p) => p.id),
);

async function openAtopShaped(page: Page, query: string) {
  const body = serializeAtlasFile(atopShaped.dataset, atopShaped.documentTexts);
  await page.route(`**/${ATOP_SHAPED}`, (route) => route.fulfill({ body, contentType: 'application/json' }));
  await openApp(page, `?dataset=${ATOP_SHAPED}&${query}`);
}

/** Pact ids drawn (a hub or an edge displayed), and states drawn awake that have no tie drawn. */
const drawn = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as WithCy).__cy!;
    const pacts = new Set<string>();
    cy.elements('[pactId]').forEach((e) => {
      if (e.visible()) pacts.add(e.data('pactId') as string);
    });
    const awakeAlone = cy
      .nodes('[role = "actor"]')
      .filter((n) => n.visible() && !n.hasClass('idle') && n.connectedEdges(':visible').length === 0)
      .map((n) => n.id());
    return { pacts: [...pacts].sort(), awakeAlone };
  });

const filtersButton = (page: Page) => page.getByTestId('filter-toggle');

test.describe('filters', () => {
  test("the documents' dataset opens with every pact, and no filter in the link", async ({ page }) => {
    await openApp(page, '?date=2024-01-01');
    await expect(filtersButton(page)).toHaveText(/every pact shown/);
    await expect(page.getByTestId('legend-filtered')).toHaveCount(0);
    expect(await shown(page, 'p:sco')).toBe(true);
    expect(await shown(page, 'p:nato')).toBe(true);
    expect(new URL(page.url()).searchParams.has('obligations')).toBe(false);
  });

  test('by keyboard: hide consultation-only pacts; the legend says what is hidden; the link keeps it', async ({
    page,
  }) => {
    await openApp(page, '?date=2024-01-01');
    await filtersButton(page).focus();
    await page.keyboard.press('Enter');
    const consultation = page.getByRole('checkbox', { name: /^Consultation only/ });
    await consultation.focus();
    await page.keyboard.press('Space');
    await expect(consultation).not.toBeChecked();
    await expect(page).toHaveURL(/obligations=defence%2Cneutrality%2Cnone/);
    await expect.poll(() => shown(page, 'p:sco')).toBe(false);
    expect(await shown(page, 'p:nato')).toBe(true);
    const after = await drawn(page);
    expect(after.pacts).not.toContain('quad');
    // A state whose pacts are all hidden is faded, never drawn as if allied.
    expect(after.awakeAlone).toEqual([]);
    await expect(page.getByTestId('legend-filtered')).toHaveText(
      /Hidden: \d+ consultation-only pacts? \(of \d+ in force/,
    );
    await expect(filtersButton(page)).toHaveText(/\d+ of \d+ in force hidden/);
    // Escape closes the panel and gives focus back to the button.
    await page.keyboard.press('Escape');
    await expect(consultation).toHaveCount(0);
    await expect(filtersButton(page)).toBeFocused();
    await screenshot(page, 'filters-documents-2024-no-consultation');
    // The link opens the same view.
    await page.reload();
    await page.locator('[data-layout="done"]').waitFor({ state: 'attached' });
    await expect.poll(() => shown(page, 'p:sco')).toBe(false);
    await expect(page.getByTestId('legend-filtered')).toBeVisible();
    // Back to every pact: Back in history.
    await page.goBack();
    await expect.poll(() => shown(page, 'p:sco')).toBe(true);
  });

  test("by region: East Asia keeps the pacts with a member there (with their other members), not NATO's", async ({
    page,
  }) => {
    await openApp(page, '?date=2024-01-01&regions=east-asia');
    await expect.poll(() => shown(page, 'b:us-jpn')).toBe(true);
    expect(await shown(page, 'p:nato')).toBe(false);
    expect(await shown(page, 'a:usa')).toBe(true);
    // Norway is in no East Asian pact and not in East Asia: not drawn at all.
    expect(await shown(page, 'a:nor')).toBe(false);
    await expect(filtersButton(page)).toHaveText(/in East Asia/);
  });

  test('the field-scale data open on defence pacts only, say what is hidden, and show all in one click', async ({
    page,
  }) => {
    await openAtopShaped(page, 'date=1995-01-01');
    await expect(page.getByTestId('legend-filtered')).toHaveText(
      /Filtered: defence pacts only\. Hidden: \d+/,
    );
    const first = await drawn(page);
    expect(first.pacts.length).toBeGreaterThan(5);
    expect(first.pacts.filter((id) => !defencePacts.has(id))).toEqual([]);
    expect(first.awakeAlone).toEqual([]);
    await screenshot(page, 'filters-atop-shaped-1995-default');
    await filtersButton(page).click();
    await page.getByRole('button', { name: 'Show every pact' }).click();
    await expect(page.getByTestId('legend-filtered')).toHaveCount(0);
    await expect.poll(async () => (await drawn(page)).pacts.length).toBeGreaterThan(first.pacts.length);
    await expect(page).toHaveURL(/obligations=defence%2Cneutrality%2Cconsultation%2Cnone/);
    await page.getByRole('button', { name: /Defence pacts only \(default\)/ }).click();
    await expect(page).not.toHaveURL(/obligations=/);
  });

  test('an export says what is filtered: subtitle and file name', async ({ page }) => {
    await openApp(page, '?date=2024-01-01&obligations=defence');
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await expect(dialog.getByRole('textbox', { name: /Subtitle/ })).toHaveValue(
      /filtered: defence pacts only \(\d+ of \d+ pacts in force hidden\)/,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('alliance-atlas-2024-01-01-filtered.png');
  });

  test('a link with an unknown class keeps the rest and says what it ignored', async ({ page }) => {
    await openApp(page, '?date=2024-01-01&obligations=friendship&regions=europe');
    await expect(page.getByText(/obligations “friendship” should be among/)).toBeVisible();
    await expect.poll(() => shown(page, 'p:nato')).toBe(true);
    expect(await shown(page, 'b:us-jpn')).toBe(false);
  });
});
