import { describe, expect, it } from 'vitest';
import { describeSource, DOCUMENTS_SOURCE, importLabel } from './datasetSource';

describe('describeSource', () => {
  it.each([
    [DOCUMENTS_SOURCE, "the documents' dataset"],
    [{ kind: 'linked', path: 'bench/medium.json' } as const, 'bench/medium.json'],
    [{ kind: 'imported', fileLabel: 'cow.csv', mode: 'alone' } as const, 'cow.csv'],
    [
      { kind: 'imported', fileLabel: 'cow.csv', mode: 'beside' } as const,
      "cow.csv beside the documents' dataset",
    ],
  ])('%j reads %s', (source, text) => {
    expect(describeSource(source)).toBe(text);
  });

  it('names imported files by joining their names', () => {
    expect(importLabel(['atop5_1m.csv', 'atop5_1a.csv'])).toBe('atop5_1m.csv + atop5_1a.csv');
  });
});
