import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { importFiles } from '../io/import/importFiles';
import {
  clearSavedImport,
  discardSetAside,
  loadSavedRecord,
  loadSetAside,
  saveImport,
  type SavedImport,
} from '../io/savedImport';
import { loadInitialAtlas } from './loadInitialAtlas';

// A small real import (COW rows, tests/fixtures/import/cow_valid.csv), saved as an accepted import is.
function savedCow(): SavedImport {
  const text = readFileSync('tests/fixtures/import/cow_valid.csv', 'utf8');
  const result = importFiles([{ name: 'cow_valid.csv', text }]);
  if (result.fatal) throw new Error(result.fatal);
  return {
    version: 1,
    label: 'cow_valid.csv',
    mode: 'alone',
    dataset: result.dataset,
    documentTexts: [...result.documentTexts],
    savedAt: '2026-11-30T00:00:00.000Z',
  };
}

async function open() {
  const loaded = await loadInitialAtlas('');
  if ('error' in loaded) throw new Error(loaded.error);
  return loaded;
}

beforeEach(async () => {
  await clearSavedImport();
});

describe('a saved import is checked like any import when the app opens', () => {
  it('a valid saved import opens', async () => {
    await saveImport(savedCow());
    const loaded = await open();
    expect(loaded.source).toEqual({ kind: 'imported', fileLabel: 'cow_valid.csv', mode: 'alone' });
    expect(loaded.setAside).toBeUndefined();
    expect(loaded.atlas.dataset.pacts.every((p) => p.id.startsWith('cow-'))).toBe(true);
  });

  it('truncated actors (a partial write): the documents’ dataset opens, the record is set aside with why', async () => {
    const saved = savedCow();
    const corrupt = { ...saved, dataset: { ...saved.dataset, actors: saved.dataset.actors.slice(0, 1) } };
    await saveImport(corrupt);
    const loaded = await open();
    expect(loaded.source).toEqual({ kind: 'documents' });
    expect(loaded.atlas.pactById.has('nato')).toBe(true);
    expect(loaded.setAside?.label).toBe('cow_valid.csv');
    expect(loaded.setAside?.problems.join('\n')).toMatch(
      /^dataset: pacts\[\d+\] \(cow-\d+\)\.members\[\d+\]\.actorId: .*"[a-z-]+"/m,
    );
    // Never opened again, but kept unchanged until the person downloads or discards it.
    expect(await loadSavedRecord()).toBeUndefined();
    expect((await loadSetAside())?.record).toEqual(corrupt);
    const again = await open();
    expect(again.setAside?.label).toBe('cow_valid.csv');
    await discardSetAside();
    expect((await open()).setAside).toBeUndefined();
  });

  it.each([
    [
      'a document whose date is not a date',
      (s: SavedImport) => ({
        ...s,
        dataset: {
          ...s.dataset,
          documents: [{ id: 'd', title: 'T', authors: [], file: 'documents/d.txt', published: 'soon' }],
        },
        documentTexts: [['d', 'x']],
      }),
      /documents\[0\] \(d\)\.published/,
    ],
    [
      'a pact without obligations',
      (s: SavedImport) => ({
        ...s,
        dataset: { ...s.dataset, pacts: s.dataset.pacts.map(({ obligations: _, ...p }) => p) },
      }),
      /pacts\[0\] \(cow-\d+\)\.obligations: missing/,
    ],
    [
      'a document text that is not a string',
      (s: SavedImport) => ({ ...s, documentTexts: [['d', 42]] }),
      /documentTexts\[0\]: expected a \[document id, text\] pair/,
    ],
    ['no dataset at all', (s: SavedImport) => ({ ...s, dataset: null }), /dataset: expected an object/],
    ['not a record', () => 'garbage', /not a saved dataset/],
  ])('%s: set aside, the documents’ dataset opens', async (_, corrupt, problem) => {
    await saveImport(corrupt(savedCow()) as unknown as SavedImport);
    const loaded = await open();
    expect(loaded.atlas.pactById.has('nato')).toBe(true);
    expect(loaded.setAside?.problems.join('\n')).toMatch(problem);
  });
});
