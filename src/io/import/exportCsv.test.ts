import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../domain/model';
import { parseCsv } from './csv';
import { CSV_EXPORT_COLUMNS, datasetToCsv, restoreFormulaCell } from './exportCsv';
import { importFiles } from './importFiles';
import { fixture } from './testFixtures';

/** Each exported file read back as objects keyed by its header. */
function readBack(text: string): Record<string, string>[] {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(`line ${parsed.line}: ${parsed.reason}`);
  const [header, ...rows] = parsed.records;
  return rows.map((row) =>
    Object.fromEntries((header?.fields ?? []).map((column, i) => [column, row.fields[i] ?? ''])),
  );
}

const cow = importFiles([fixture('cow_valid.csv')]).dataset;

describe('datasetToCsv', () => {
  it('writes a header row and one row per pact, member and event', () => {
    const csv = datasetToCsv(cow);
    expect(csv.pacts.split('\r\n')[0]).toBe(CSV_EXPORT_COLUMNS.pacts.join(','));
    expect(readBack(csv.pacts)).toHaveLength(cow.pacts.length);
    expect(readBack(csv.members)).toHaveLength(cow.pacts.flatMap((p) => p.members).length);
    expect(readBack(csv.events)).toHaveLength(cow.events.length);
  });

  it('keeps what the model says: precision, censoring, obligations, actor names, origins', () => {
    const csv = datasetToCsv(cow);
    expect(readBack(csv.pacts).find((p) => p.id === 'cow-201')).toMatchObject({
      kind: 'mutual-defence-treaty',
      status: 'active',
      defence: '1',
      consultation: '0',
      censored_at: '2012-12-31',
      origin_file: 'cow_valid.csv',
      origin_row: '2',
    });
    expect(readBack(csv.members).find((m) => m.actor_id === 'cow-auh')).toMatchObject({
      pact_id: 'cow-204',
      actor_name: 'Austria-Hungary (Austria before 1867)',
      iso3: '',
      joined: '1887-03',
      left: '',
      origin_row: '19',
    });
    expect(readBack(csv.events).find((e) => e.id === 'cow-201-withdrew-cow-gfr-8')).toMatchObject({
      type: 'withdrew',
      date: '1990-10-02',
      actor_ids: 'cow-gfr',
    });
  });

  it('gives back any pact name and summary, with quotes, commas, line breaks or markup', () => {
    const text = fc.oneof(
      fc.string({ minLength: 1 }),
      fc.constantFrom(
        'Treaty of "Friendship", 1950',
        'line one\r\nline two',
        '<img src=x onerror=alert(1)>',
        '=SUM(A1)',
      ),
    );
    fc.assert(
      fc.property(text, text, (name, summary) => {
        const [first, ...rest] = cow.pacts;
        if (!first) throw new Error('the fixture has pacts');
        const dataset: Dataset = { ...cow, pacts: [{ ...first, name, summary }, ...rest] };
        const row = readBack(datasetToCsv(dataset).pacts)[0];
        // Formula-like cells come back through the documented inverse of their neutralisation.
        expect([restoreFormulaCell(row?.name ?? ''), restoreFormulaCell(row?.summary ?? '')]).toEqual([
          name,
          summary,
        ]);
      }),
      { numRuns: 300 },
    );
  });

  it('writes cited passages and event notes of the app’s own records', () => {
    const own: Dataset = {
      ...cow,
      events: [
        {
          id: 'e',
          pactId: 'cow-201',
          type: 'signed',
          date: '1949',
          dateSource: 'document',
          passageIds: ['p1', 'p2'],
          note: 'a, "b"',
        },
      ],
    };
    expect(readBack(datasetToCsv(own).events)).toEqual([
      {
        id: 'e',
        pact_id: 'cow-201',
        type: 'signed',
        date: '1949',
        actor_ids: '',
        date_source: 'document',
        note: 'a, "b"',
        passage_ids: 'p1;p2',
        origin_file: '',
        origin_row: '',
      },
    ]);
  });

  it('neutralises cells a spreadsheet would run as formulas (OWASP), the imported file name included', () => {
    const [first, ...rest] = cow.pacts;
    if (!first) throw new Error('the fixture has pacts');
    const evil = [
      '=HYPERLINK("http://evil.example","x")',
      '+1+1',
      '-2+3',
      '@SUM(A1)',
      '\tx',
      '\rx',
      "'=quoted",
    ];
    const pacts = evil.map((name, i) => ({
      ...first,
      id: `${first.id}-${i}`,
      name,
      origin: { file: '=cmd|calc.csv', row: 2 },
    }));
    const csv = datasetToCsv({ ...cow, pacts: [...pacts, ...rest] });
    const rows = readBack(csv.pacts);
    expect(rows.slice(0, evil.length).map((row) => row.name)).toEqual(evil.map((name) => `'${name}`));
    expect(rows[0]?.origin_file).toBe("'=cmd|calc.csv");
    // No cell of any file starts as a formula.
    for (const text of Object.values(csv)) {
      const parsed = parseCsv(text);
      if (!parsed.ok) throw new Error(parsed.reason);
      for (const record of parsed.records)
        for (const cell of record.fields) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });
});
