import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model';
import { rivalriesWithDocumentedSince } from './rivalrySince';

const doc = (id: string, published?: string) => ({
  id,
  title: id,
  authors: [],
  file: `documents/${id}.txt`,
  ...(published ? { published } : {}),
});
const passage = (id: string, documentId: string) => ({ id, documentId, start: 0, end: 1, text: 'x' });
const rivalry = (id: string, passageIds: string[], since?: string) => ({
  id,
  actorIds: ['a', 'b'] as [string, string],
  summary: 's',
  passageIds,
  ...(since ? { since } : {}),
});

const dataset: Pick<Dataset, 'rivalries' | 'passages' | 'documents'> = {
  documents: [doc('d2016', '2016-03'), doc('d2025', '2025-05-30'), doc('undated')],
  passages: [passage('p16', 'd2016'), passage('p25', 'd2025'), passage('pu', 'undated')],
  rivalries: [
    rivalry('dated', ['p25'], '1948'),
    rivalry('two-docs', ['p25', 'p16']),
    rivalry('undated-doc', ['pu']),
  ],
};

describe('rivalriesWithDocumentedSince', () => {
  it.each([
    ['dated', '1948'],
    ['two-docs', '2016-03'],
    ['undated-doc', undefined],
  ])('%s counts from %s', (id, since) => {
    expect(rivalriesWithDocumentedSince(dataset).find((r) => r.id === id)?.since).toBe(since);
  });

  it('keeps the rivalry itself when nothing changes', () => {
    const [dated, , undatedDoc] = rivalriesWithDocumentedSince(dataset);
    expect(dated).toBe(dataset.rivalries[0]);
    expect(undatedDoc).toBe(dataset.rivalries[2]);
  });
});
