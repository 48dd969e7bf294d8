// Issue 9: the pact panel of a treaty known to both the documents and an imported dataset says where the dataset's
// record differs, instead of silently keeping the documents' list (real COW rows, tests/fixtures/import/real/).
import { within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../src/domain/atlas/buildAtlas';
import { mergeDatasets } from '../../src/domain/merge/mergeDatasets';
import { datasetSchema } from '../../src/domain/model/schema';
import { importIdentities } from '../../src/io/crosswalk/identities';
import { importCow } from '../../src/io/import/cowImport';
import { fixture } from '../../src/io/import/testFixtures';
import { loadDataFromDisk } from '../../scripts/loadDataFromDisk';
import { renderPactPanel } from './support/pactPanel';

const ROOT = `${process.cwd()}/`;
const { input } = loadDataFromDisk(`${ROOT}data`);
const documents = datasetSchema.parse(input.collections);
const file = fixture('real/cow_v4.1_by_member_excerpt.csv');
const cow = importCow(file.text, file.name).dataset;
const atlas = buildAtlas(mergeDatasets(documents, cow, importIdentities(cow)), input.documentTexts);

const panelFor = (pactId: string, date: string) => renderPactPanel(atlas, pactId, date);

describe('a pact known to both, where the dataset differs', () => {
  it('the Warsaw Pact says COW 4.1 ends Hungary’s membership in 1956, which the documents do not', () => {
    const rows = within(panelFor('warsaw-pact', '1960-01-01')).getByTestId('pact-dataset-rows');
    expect(rows).toHaveTextContent('Also recorded in COW 4.1 as alliance 243');
    const differences = within(rows).getByTestId('dataset-differences');
    expect(differences).toHaveTextContent(
      'Hungary: a founding member, left 15 November 1956 in COW 4.1; a founding member here.',
    );
    expect(differences).toHaveTextContent('Poland: a founding member, left 7 August 1989 in COW 4.1');
  });

  it('NATO names members COW does not list, and those after its data end apart', () => {
    const differences = within(panelFor('nato', '2024-12-31')).getByTestId('dataset-differences');
    expect(differences).toHaveTextContent('COW 4.1 does not list Estonia (joined 29 March 2004 here).');
    expect(differences).toHaveTextContent('Sweden joined 7 March 2024, after the end of COW 4.1’s data.');
    expect(differences).toHaveTextContent(
      'Greece: joined 22 October 1951 in COW 4.1; joined 18 February 1952 here.',
    );
    // Names from data are isolated from the text around them.
    expect(within(differences).getByText('Estonia').tagName).toBe('BDI');
  });
});
