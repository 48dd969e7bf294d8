import { describe, expect, it } from 'vitest';
import { importFiles } from './importFiles';

describe('importFiles never throws', () => {
  it('10,000 nested [ give a located error, not "Maximum call stack size exceeded"', () => {
    const result = importFiles([
      { name: 'deep.json', text: `{"format": "alliance-atlas-dataset", "actors": ${'['.repeat(10_000)}` },
    ]);
    expect(result.fatal).toMatch(
      /^deep\.json: line 1, column \d+: expected a value, found the end of the file$/,
    );
  });

  it('valid JSON nested 10,000 deep is refused with a located message', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const text = `{"format": "alliance-atlas-dataset", "documents": [], "passages": [], "actors": [{"id": "x", "name": ${deep}}], "pacts": [], "events": [], "rivalries": []}`;
    const result = importFiles([{ name: 'deep.json', text }]);
    expect(result.fatal).toMatch(/^deep\.json: actors\[0\] \(x\)\.name: expected string, got an array/m);
  });

  it('1e999 is named as a number too large, not "got number null"', () => {
    const text = `{"format": "alliance-atlas-dataset", "documents": [], "passages": [], "actors": [{"id": "x", "name": "X", "kind": "state", "region": "europe", "lat": 1e999, "lon": 0}], "pacts": [], "events": [], "rivalries": []}`;
    const result = importFiles([{ name: 'big.json', text }]);
    expect(result.fatal).toBe(
      'big.json: actors[0] (x).lat: expected number, got a number too large to represent (it reads as infinity)',
    );
  });
});
