import { describe, expect, it } from 'vitest';
import { serializeAtlasFile } from '../atlasFile';
import { COW_COLUMNS, importCow } from './cowImport';
import { importAtop } from './atopImport';
import { importFiles } from './importFiles';
import { readAllianceNumber } from './rowReaders';
import { fixture } from './testFixtures';

// The valid fixture's first data row, with its alliance number replaced.
function withAllianceNumber(id: string): string {
  const [header = '', first = ''] = fixture('cow_valid.csv').text.split(/\r?\n/);
  const column = header.split(',').indexOf('version4id');
  const cells = first.split(',');
  cells[column] = id;
  return `${header}\n${cells.join(',')}\n`;
}

describe('alliance numbers are read as text, so no id is ever rounded', () => {
  it('a number above 2^53 keeps every digit: "cow-100000000000000000000000", never "cow-1e+23"', () => {
    expect(COW_COLUMNS.required).toContain('version4id');
    const result = importCow(withAllianceNumber('100000000000000000000000'), 'huge_id.csv');
    expect(result.skipped).toEqual([]);
    expect(result.dataset.pacts.map((p) => p.id)).toEqual(['cow-100000000000000000000000']);
    expect(result.dataset.pacts[0]?.datasetRows?.[0]?.alliance).toBe('100000000000000000000000');
  });

  it('2^53 + 1 (which a float rounds to 2^53) stays itself, and the app’s own schema accepts it on re-import', () => {
    const result = importFiles([{ name: 'big_id.csv', text: withAllianceNumber('9007199254740993') }]);
    expect(result.fatal).toBeNull();
    expect(result.dataset.pacts.map((p) => p.id)).toEqual(['cow-9007199254740993']);
    const again = importFiles([
      { name: 'again.json', text: serializeAtlasFile(result.dataset, result.documentTexts) },
    ]);
    expect(again.fatal).toBeNull();
    expect(again.dataset.pacts.map((p) => p.id)).toEqual(['cow-9007199254740993']);
    expect(again.dataset.pacts[0]?.datasetRows?.[0]?.alliance).toBe('9007199254740993');
  });

  it('a file or saved import written before (alliance as a number) still opens', () => {
    const result = importFiles([{ name: 'cow.csv', text: withAllianceNumber('227') }]);
    const file = JSON.parse(serializeAtlasFile(result.dataset, result.documentTexts)) as {
      pacts: { datasetRows: { alliance: unknown }[] }[];
    };
    for (const pact of file.pacts) for (const row of pact.datasetRows) row.alliance = Number(row.alliance);
    const again = importFiles([{ name: 'older.json', text: JSON.stringify(file) }]);
    expect(again.fatal).toBeNull();
    expect(again.dataset.pacts[0]?.datasetRows?.[0]?.alliance).toBe(227);
  });

  it.each([
    ['227', '227'],
    [' 0227 ', '227'],
    ['227.0', '227'],
    ['+227', '227'],
    ['1'.repeat(30), '1'.repeat(30)],
  ])('reads %j as alliance %s', (cell, digits) => {
    expect(readAllianceNumber(cell)).toBe(digits);
  });

  it.each([
    ['1e23', 'version4id: "1e23" is not an alliance number (expected a positive whole number)'],
    ['227.5', 'version4id: "227.5" is not an alliance number (expected a positive whole number)'],
    ['0', 'version4id: "0" is not an alliance number (expected a positive whole number)'],
    ['-3', 'version4id: "-3" is not an alliance number (expected a positive whole number)'],
    ['0x1F', 'version4id: "0x1F" is not an alliance number (expected a positive whole number)'],
    ['', 'version4id: "" is not an alliance number (expected a positive whole number)'],
    [
      '1'.repeat(31),
      `version4id: "${'1'.repeat(31)}" is not an alliance number (expected a positive whole number of at most 30 digits)`,
    ],
  ])('refuses %j, naming the line and the column', (cell, message) => {
    const result = importCow(withAllianceNumber(cell), 'bad_id.csv');
    expect(result.dataset.pacts).toEqual([]);
    expect(result.skipped.map((s) => s.message)).toEqual([`bad_id.csv: line 2, ${message}`]);
  });

  it('ATOP ids too: an atopid above 2^53 is kept whole in both files, and a bad one is refused by line and column', () => {
    const members = fixture('atop_member.csv').text.split(/\r?\n/);
    const alliances = fixture('atop_alliance.csv').text.split(/\r?\n/);
    const replaceId = (lines: string[], from: string, to: string) => {
      const column = (lines[0] ?? '').split(',').indexOf('atopid');
      return lines
        .map((line, i) => {
          if (i === 0 || line === '') return line;
          const cells = line.split(',');
          if (cells[column] === from) cells[column] = to;
          return cells.join(',');
        })
        .join('\n');
    };
    const firstId = (lines: string[]) =>
      (lines[1] ?? '').split(',')[(lines[0] ?? '').split(',').indexOf('atopid')] ?? '';
    const id = firstId(members);
    const huge = '123456789012345678901';
    const result = importAtop(
      { name: 'm.csv', text: replaceId(members, id, huge) },
      { name: 'a.csv', text: replaceId(alliances, id, huge) },
    );
    expect(result.dataset.pacts.map((p) => p.id)).toContain(`atop-${huge}`);
    const bad = importAtop({ name: 'm.csv', text: replaceId(members, id, '12.5') });
    expect(bad.skipped[0]?.message).toMatch(/^m\.csv: line \d+, atopid: "12\.5" is not an alliance number/);
  });
});
