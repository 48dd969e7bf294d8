import { afterEach, describe, expect, it } from 'vitest';
import { serializeAtlasFile } from '../atlasFile';
import { importFiles } from './importFiles';
import { setProgressSink, type ImportProgress } from './progress';
import { fixture } from './testFixtures';

// The import worker sets a sink and throttles what it passes on; here every report is kept.
function importWithProgress(name: string, text: string): { reports: ImportProgress[]; pacts: number } {
  const reports: ImportProgress[] = [];
  setProgressSink((p) => reports.push({ ...p }));
  try {
    return { reports, pacts: importFiles([{ name, text }]).dataset.pacts.length };
  } finally {
    setProgressSink(null);
  }
}

afterEach(() => setProgressSink(null));

describe('import progress counts what is checked', () => {
  it('a CSV file: its rows, one by one, up to all of them', () => {
    const text = fixture('cow_valid.csv').text;
    const rows = text.split(/\r?\n/).filter((line) => line !== '').length - 1;
    const { reports } = importWithProgress('cow.csv', text);
    expect(reports.at(-1)).toEqual({ phase: 'checking', done: rows, total: rows, unit: 'rows' });
  });

  it('an Alliance Atlas JSON file: its records (actors, pacts, events, …), not only bytes', () => {
    const csv = importFiles([{ name: 'cow.csv', text: fixture('cow_valid.csv').text }]);
    const json = serializeAtlasFile(csv.dataset, csv.documentTexts);
    const { dataset } = csv;
    const records =
      dataset.actors.length + dataset.pacts.length + dataset.events.length + dataset.rivalries.length;
    expect(records).toBeGreaterThan(3);
    const { reports, pacts } = importWithProgress('atlas.json', json);
    expect(pacts).toBe(dataset.pacts.length);
    expect(reports[0]).toEqual({ phase: 'checking', done: 0, total: records, unit: 'records' });
    expect(reports.at(-1)).toEqual({ phase: 'checking', done: records, total: records, unit: 'records' });
    // Counted one record at a time, never going back.
    expect(reports.map((r) => r.done)).toEqual([...Array(records + 1).keys()]);
  });
});
