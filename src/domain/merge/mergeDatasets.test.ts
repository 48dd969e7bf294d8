import { describe, expect, it } from 'vitest';
import { tinyDataset } from '../../../tests/unit/support/tinyDataset';
import type { Dataset } from '../model';
import { mergeDatasets, mergeDocumentTexts } from './mergeDatasets';

const { dataset: base, texts } = tinyDataset();

const imported: Dataset = {
  documents: [],
  passages: [],
  actors: [
    {
      id: 'usa',
      name: 'United States of America',
      kind: 'state',
      iso3: 'USA',
      region: 'north-america',
      lat: 0,
      lon: 0,
    },
    { id: 'fra', name: 'France', kind: 'state', iso3: 'FRA', region: 'europe', lat: 48.9, lon: 2.35 },
  ],
  pacts: [
    {
      ...base.pacts[0]!,
      id: 'us-phl',
      name: 'Imported alliance',
      members: [{ actorId: 'usa' }, { actorId: 'fra' }],
      passageIds: [],
      origin: { file: 'cow.csv', row: 2 },
    },
    {
      ...base.pacts[0]!,
      id: 'cow-1',
      name: 'Another',
      members: [{ actorId: 'usa' }, { actorId: 'fra' }],
      passageIds: [],
      origin: { file: 'cow.csv', row: 3 },
    },
  ],
  events: [
    {
      id: 'us-phl-signed',
      pactId: 'us-phl',
      type: 'signed',
      date: '1900',
      dateSource: 'public-record',
      passageIds: [],
      origin: { file: 'cow.csv', row: 2 },
    },
    {
      id: 'cow-1-signed',
      pactId: 'cow-1',
      type: 'signed',
      date: '1901',
      dateSource: 'public-record',
      passageIds: [],
      origin: { file: 'cow.csv', row: 3 },
    },
  ],
  rivalries: [],
};

describe('mergeDatasets', () => {
  const merged = mergeDatasets(base, imported);

  it('keeps one record per actor id, the base one winning', () => {
    expect(merged.actors.map((a) => a.id)).toEqual(['usa', 'phl', 'fra']);
    expect(merged.actors[0]!.name).toBe('United States');
  });

  it('renames colliding ids and follows every reference', () => {
    expect(merged.pacts.map((p) => p.id)).toEqual(['us-phl', 'imported-us-phl', 'cow-1']);
    const renamedEvent = merged.events.find((e) => e.id === 'imported-us-phl-signed');
    expect(renamedEvent?.pactId).toBe('imported-us-phl');
    expect(merged.events.find((e) => e.id === 'cow-1-signed')?.pactId).toBe('cow-1');
  });

  it('leaves the base untouched', () => {
    expect(merged.pacts[0]).toBe(base.pacts[0]);
    expect(merged.events.slice(0, base.events.length)).toEqual(base.events);
  });

  it('carries document texts across renamed documents', () => {
    const withDoc: Dataset = { ...imported, documents: [{ ...base.documents[0]! }], passages: [] };
    const m = mergeDatasets(base, withDoc);
    const merged = mergeDocumentTexts(base, texts, withDoc, new Map([['doc', 'other text']]), m);
    expect(m.documents.map((d) => d.id)).toEqual(['doc', 'imported-doc']);
    expect(merged.get('imported-doc')).toBe('other text');
    expect(merged.get('doc')).toBe(texts.get('doc'));
  });
});
