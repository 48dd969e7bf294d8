import { describe, expect, it } from 'vitest';
import { loadRealAtlas } from '../../../tests/unit/support/atlasFixtures';
import { testPact } from '../../../tests/unit/support/testPact';
import type { Dataset } from '../model';
import {
  creditText,
  DATASET_CITATIONS,
  documentCitation,
  figureCredits,
  importedFileCitation,
} from './figureCredits';

describe('figureCredits on the documents’ dataset', () => {
  const { dataset } = loadRealAtlas();

  it('credits only the documents the shown pacts are drawn from', () => {
    // One pact: its passages and its events' passages name its documents, and no others.
    const pact = dataset.pacts.find((p) => p.passageIds.length > 0);
    if (!pact) throw new Error('no pact with passages');
    const passageIds = new Set([
      ...pact.passageIds,
      ...dataset.events.filter((e) => e.pactId === pact.id).flatMap((e) => e.passageIds),
    ]);
    const docIds = new Set(dataset.passages.filter((p) => passageIds.has(p.id)).map((p) => p.documentId));
    const credits = figureCredits(dataset, [pact.id]);
    expect(credits.sources).toEqual(dataset.documents.filter((d) => docIds.has(d.id)).map(documentCitation));
    expect(credits.sources.length).toBeLessThanOrEqual(dataset.documents.length);
  });

  it('counts the shown pacts with a date from the public record and says what † means', () => {
    const pactIds = [
      ...new Set(dataset.events.filter((e) => e.dateSource === 'public-record').map((e) => e.pactId)),
    ];
    const credits = figureCredits(dataset, pactIds);
    expect(credits.publicRecordPacts).toBe(pactIds.length);
    expect(creditText(credits)).toMatch(
      /† \d+ pacts shown have a date from the public record, not from the documents cited\.$/,
    );
  });

  it('has no † note when no pact shown has such a date, and says when nothing is shown', () => {
    expect(creditText(figureCredits(dataset, []))).toBe('Sources: none (no pact is shown).');
  });
});

describe('documentCitation', () => {
  it('gives authors, the title and the year, on one line', () => {
    const doc = {
      id: 'd',
      title: 'Alliances\nand order',
      authors: ['T.J. Pempel'],
      published: '2016-03',
      file: 'documents/d.txt',
    };
    expect(documentCitation(doc)).toBe('T.J. Pempel, “Alliances and order” (2016)');
  });
});

describe('importedFileCitation', () => {
  it.each([
    ['alliance_v4.1_by_member.csv', DATASET_CITATIONS.cow],
    ['my-cow-extract.csv', DATASET_CITATIONS.cow],
    ['atop5_1m.csv', DATASET_CITATIONS.atop],
  ])('cites the dataset of %s', (file, citation) => {
    expect(importedFileCitation(file)).toBe(`${citation} (file ${file})`);
  });
  it('names any other file, without its folders or control characters', () => {
    expect(importedFileCitation('C:\\data\\my\u0007pacts.csv')).toBe('data from the file mypacts.csv');
  });
  it('credits an imported pact by its file', () => {
    const dataset: Dataset = {
      documents: [],
      passages: [],
      actors: [],
      rivalries: [],
      pacts: [testPact('cow-1', { origin: { file: 'alliance_v4.1_by_member.csv', row: 2 } })],
      events: [],
    };
    expect(creditText(figureCredits(dataset, ['cow-1']))).toContain('Gibler, Douglas M. 2009');
  });
  it('cites ATOP once for its member and alliance files, and puts no † note on dates that come from it', () => {
    const pact = (id: string, file: string) => testPact(id, { origin: { file, row: 2 } });
    const dataset: Dataset = {
      documents: [],
      passages: [],
      actors: [],
      rivalries: [],
      pacts: [pact('atop-1', 'atop5_1m.csv'), pact('atop-2', 'atop5_1a.csv')],
      events: [
        {
          id: 'e1',
          pactId: 'atop-1',
          type: 'signed',
          date: '1950',
          dateSource: 'public-record',
          passageIds: [],
          origin: { file: 'atop5_1a.csv', row: 3 },
        },
      ],
    };
    const credits = figureCredits(dataset, ['atop-1', 'atop-2']);
    expect(credits.sources).toEqual([`${DATASET_CITATIONS.atop} (files atop5_1m.csv, atop5_1a.csv)`]);
    expect(credits.publicRecordPacts).toBe(0);
  });
});
