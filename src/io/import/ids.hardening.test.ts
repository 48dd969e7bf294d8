import { describe, expect, it } from 'vitest';
import { serializeAtlasFile } from '../atlasFile';
import { COW_COLUMNS, importCow } from './cowImport';
import { importFiles } from './importFiles';
import { fixture } from './testFixtures';

// The valid fixture's first data row, with its alliance number replaced.
function withAllianceNumber(id: string): string {
  const [header = '', first = ''] = fixture('cow_valid.csv').text.split(/\r?\n/);
  const column = header.split(',').indexOf('version4id');
  const cells = first.split(',');
  cells[column] = id;
  return `${header}\n${cells.join(',')}\n`;
}

describe('alliance numbers are whole numbers the app can carry as ids', () => {
  it('a number above 2^53 is refused, naming the row and column, never turned into "cow-1e+23"', () => {
    expect(COW_COLUMNS.required).toContain('version4id');
    const result = importCow(withAllianceNumber('100000000000000000000000'), 'huge_id.csv');
    expect(result.dataset.pacts).toEqual([]);
    expect(result.skipped[0]?.message).toBe(
      'huge_id.csv: line 2, version4id: "100000000000000000000000" is not an alliance number (expected a positive whole number below 2^53)',
    );
  });

  it('the largest exact id imports, and the app’s own schema accepts it on re-import', () => {
    const result = importFiles([{ name: 'big_id.csv', text: withAllianceNumber('9007199254740991') }]);
    expect(result.fatal).toBeNull();
    expect(result.dataset.pacts.map((p) => p.id)).toEqual(['cow-9007199254740991']);
    const again = importFiles([
      { name: 'again.json', text: serializeAtlasFile(result.dataset, result.documentTexts) },
    ]);
    expect(again.fatal).toBeNull();
    expect(again.dataset.pacts.map((p) => p.id)).toEqual(['cow-9007199254740991']);
  });
});
