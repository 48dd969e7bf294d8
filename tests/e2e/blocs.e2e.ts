import { readFile } from 'node:fs/promises';
import type { Core } from 'cytoscape';
import { expect, openApp, ROOT, screenshot, test, type Page } from './support/test';

// Issue 12, item 7: blocs that mean something on the field's data. The real COW v4.1 excerpt of the 1995 chain
// (tests/fixtures/import/real/SOURCE.md): one Azerbaijan–Turkey treaty ties NATO to the CSTO, and the CSTO reaches
// China through North Korea; connected components would make the US, Russia, China and North Korea one bloc.
test.use({ viewport: { width: 1440, height: 900 } });
const EXCERPT = `${ROOT}/tests/fixtures/import/real/cow_v4.1_chain_excerpt.csv`;
type WithCy = { __cy?: Core };

async function importChain(page: Page) {
  await page.getByTestId('file-input').setInputFiles({
    name: 'alliance_v4.1_by_member.csv',
    mimeType: 'text/csv',
    buffer: await readFile(EXCERPT),
  });
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('import-release')).toHaveText('COW 4.1');
  await dialog.getByLabel('on its own').check();
  await dialog.getByRole('button', { name: /Accept/ }).click();
  await expect(page.getByTestId('dataset-label')).toContainText('alliance_v4.1_by_member.csv');
  await expect(page.getByText(/It is saved in this browser/)).toBeVisible();
}

const blocColour = (page: Page, id: string) =>
  page.evaluate(
    (nodeId) => (window as WithCy).__cy!.getElementById(nodeId).data('blocColour') as string | undefined,
    id,
  );

test('COW 1995: NATO, the CSTO and the Rio Pact are separate blocs, named as people know them', async ({
  page,
}) => {
  await openApp(page, '?date=1995-01-01');
  await importChain(page);
  await openApp(page, '?date=1995-01-01&tab=analysis&blocs=1');
  const list = page.locator('.bloc-list');
  await expect(list).toContainText('NATO bloc');
  await expect(list).toContainText('CSTO bloc');
  await expect(list).toContainText('Rio Pact bloc');
  const bloc = (name: string) => list.locator('li').filter({ hasText: `${name} bloc` });
  await expect(bloc('NATO')).toContainText('United Kingdom');
  await expect(bloc('CSTO')).toContainText('Kazakhstan');
  await expect(bloc('CSTO')).not.toContainText('United States');
  await expect(bloc('NATO')).not.toContainText('Russia');
  // On the graph: the UK's fill is not Russia's.
  await expect.poll(() => blocColour(page, 'a:gbr')).toBeDefined();
  expect(await blocColour(page, 'a:gbr')).not.toBe(await blocColour(page, 'a:rus'));
  await screenshot(page, 'blocs-cow-1995-chain');
});
