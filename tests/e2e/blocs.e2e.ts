import type { Core } from 'cytoscape';
import { importRealExcerpt } from './support/realExcerpts';
import { expect, openApp, screenshot, test, type Page } from './support/test';

// Issue 12, item 7: blocs that mean something on the field's data. The real COW v4.1 excerpt of the 1995 chain
// (tests/fixtures/import/real/SOURCE.md): one Azerbaijan–Turkey treaty ties NATO to the CSTO, and the CSTO reaches
// China through North Korea; connected components would make the US, Russia, China and North Korea one bloc.
test.use({ viewport: { width: 1440, height: 900 } });
type WithCy = { __cy?: Core };

const importChain = (page: Page) =>
  importRealExcerpt(page, {
    files: [{ name: 'alliance_v4.1_by_member.csv', excerpt: 'cow_v4.1_chain_excerpt.csv' }],
    release: 'COW 4.1',
    mode: 'on its own',
  });

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
