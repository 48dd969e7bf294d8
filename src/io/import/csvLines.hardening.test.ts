import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { importFiles } from './importFiles';
import { fixture } from './testFixtures';

describe('CR-only CSV line numbers (finding 13)', () => {
  it('a quoted CR counts as a line break, so the records after it keep their lines', () => {
    const parsed = parseCsv('a,b\r"x\ry",1\r"z",2\r');
    expect(parsed.ok && parsed.records.map((r) => r.line)).toEqual([1, 2, 4]);
    const crlf = parseCsv('a,b\r\n"x\r\ny",1\r\n"z",2\r\n');
    expect(crlf.ok && crlf.records.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('an error after a quoted CR names the right line', () => {
    expect(parseCsv('a,b\r"x\ry",1\r"z"q,2\r')).toMatchObject({ ok: false, line: 4, column: 4 });
  });
});

describe('duplicate members are refused (finding 12)', () => {
  it('100,000 entries over 3 actors: refused, each duplicate named, in n log n', () => {
    const { dataset, documentTexts } = importFiles([fixture('cow_valid.csv')]);
    const [first, ...rest] = dataset.pacts;
    if (!first) throw new Error('the fixture has pacts');
    const three = first.members.slice(0, 3).map(({ actorId }) => ({ actorId }));
    const members = Array.from({ length: 100_000 }, (_, i) => three[i % 3]!);
    const file = {
      format: 'alliance-atlas-dataset',
      version: 1,
      ...dataset,
      pacts: [{ ...first, members }, ...rest],
      texts: Object.fromEntries(documentTexts),
    };
    const result = importFiles([{ name: 'dups.json', text: JSON.stringify(file) }]);
    expect(result.fatal).toMatch(
      new RegExp(
        `^dups\\.json: pacts\\[0\\] \\(${first.id}\\)\\.members\\[3\\]\\.actorId: "${three[0]!.actorId}" is listed again while already a member \\(as members\\[0\\]\\)`,
        'm',
      ),
    );
    expect(result.dataset.pacts).toEqual([]);
  });
});
