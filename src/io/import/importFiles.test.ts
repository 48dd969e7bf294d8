import { describe, expect, it } from 'vitest';
import { serializeAtlasFile } from '../atlasFile';
import { checkFileSize, importFiles } from './importFiles';
import { fixture, validationErrors } from './testFixtures';
import { MAX_IMPORT_BYTES, type ImportFile } from './types';

const ACCEPTED =
  'Accepted: an Alliance Atlas dataset (.json); the Correlates of War Formal Alliances v4.1 member-level CSV ' +
  '(alliance_v4.1_by_member.csv); the ATOP member-level CSV (atop5_1m.csv, atop4_01m.csv), optionally with the ATOP ' +
  'alliance-level CSV (atop5_1a.csv, atop4_01a.csv).';
const COW_NEEDS =
  'version4id, ccode, all_st_day, all_st_month, all_st_year, all_end_day, all_end_month, all_end_year, ' +
  'mem_st_day, mem_st_month, mem_st_year, mem_end_day, mem_end_month, mem_end_year, left_censor, right_censor, ' +
  'defense, neutrality, nonaggression, entente';

describe('importFiles: each bad fixture gives its message', () => {
  it.each([
    [
      'wrong_type.txt',
      `wrong_type.txt: not a file Alliance Atlas can import (it is neither JSON nor a CSV file with a header row). ${ACCEPTED}`,
    ],
    ['malformed.json', 'malformed.json: line 5, column 14: expected a value, found ","'],
    [
      'cow_unterminated_quote.csv',
      'cow_unterminated_quote.csv: line 3, column 9: unterminated quoted field (its closing " is missing)',
    ],
    [
      'cow_wrong_field_count.csv',
      'cow_wrong_field_count.csv: line 3: 22 fields, expected 23 as in the header (line 1)',
    ],
    [
      'cow_missing_column.csv',
      `cow_missing_column.csv: line 1: missing column "mem_st_year" (the Correlates of War Formal Alliances v4.1 member-level CSV (alliance_v4.1_by_member.csv) needs: ${COW_NEEDS})`,
    ],
  ])('%s is refused whole: %s', (name, message) => {
    const result = importFiles([fixture(name)]);
    expect(result.fatal).toBe(message);
    expect(result.dataset.pacts).toEqual([]);
    expect(result.skipped).toEqual([]);
  });

  it.each([
    [
      'cow_unknown_state.csv',
      4,
      'ccode',
      'cow_unknown_state.csv: line 4, ccode: "999" ("Atlantis") is not a state code of the COW state system (State System Membership List v2016)',
      ['usa', 'aus', 'nzl'],
    ],
    [
      'cow_invalid_date.csv',
      3,
      'mem_st_month',
      'cow_invalid_date.csv: line 3, mem_st_month: "13" is not a month (expected 1 to 12)',
      // COW 365 in 1941 is the Soviet Union, not Russia.
      ['sun'],
    ],
  ])('%s skips line %i (%s) and imports the rest', (name, line, field, message, members) => {
    const result = importFiles([fixture(name)]);
    expect(result.fatal).toBeNull();
    expect(result.skipped).toEqual([{ file: name, line, field, message }]);
    expect(result.dataset.pacts.flatMap((p) => p.members.map((m) => m.actorId))).toEqual(members);
    expect(validationErrors(result.dataset)).toEqual([]);
  });

  it('refuses a file over the limit before parsing it, naming the limit', () => {
    const huge = `version4id,ccode\n${'201,2\n'.repeat(10 * 1024 * 1024)}`;
    const started = performance.now();
    const result = importFiles([{ name: 'huge.csv', text: huge }]);
    expect(result.fatal).toBe(
      'huge.csv: the file is 60.0 MB (62,914,577 bytes), more than the import limit of 50 MB',
    );
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it.each([
    [MAX_IMPORT_BYTES, null],
    [
      MAX_IMPORT_BYTES + 1,
      'big.json: the file is 50.0 MB (52,428,801 bytes), more than the import limit of 50 MB',
    ],
    [80 * 1024 * 1024, 'big.json: the file is 80 MB (83,886,080 bytes), more than the import limit of 50 MB'],
  ])('checkFileSize(%i bytes), for File.size before reading: %j', (bytes, message) => {
    expect(checkFileSize('big.json', bytes)).toBe(message);
  });

  it('counts the size in UTF-8 bytes when the browser does not give it', () => {
    const text = `x,y\n${'é'.repeat(MAX_IMPORT_BYTES / 2 + 1)}`;
    expect(text.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(importFiles([{ name: 'accents.csv', text }]).fatal).toBe(
      'accents.csv: the file is 50.0 MB (52,428,806 bytes), more than the import limit of 50 MB',
    );
  });

  it.each([
    [[] as ImportFile[], `No file was chosen. ${ACCEPTED}`],
    [
      [fixture('atop_alliance.csv')],
      'atop_alliance.csv: this is the ATOP alliance-level CSV (atop5_1a.csv, atop4_01a.csv), which has no members; choose it together with the ATOP member-level CSV (atop5_1m.csv, atop4_01m.csv)',
    ],
    [
      [fixture('cow_valid.csv'), fixture('atop_member.csv')],
      `Choose one dataset at a time; you chose cow_valid.csv (the Correlates of War Formal Alliances v4.1 member-level CSV (alliance_v4.1_by_member.csv)), atop_member.csv (the ATOP member-level CSV (atop5_1m.csv, atop4_01m.csv)). ${ACCEPTED}`,
    ],
    [
      [{ name: 'empty-rows.csv', text: 'version4id,ccode,state_name,all_st_year,mem_st_year\n' }],
      expect.stringMatching(/^empty-rows\.csv: line 1: missing columns "all_st_day", /),
    ],
  ])('refuses a choice it cannot import (%#)', (files, message) => {
    expect(importFiles(files).fatal).toEqual(message);
  });

  it('refuses a file whose every row is skipped, listing the rows', () => {
    const { text } = fixture('cow_unknown_state.csv');
    const onlyAtlantis = text
      .split('\r\n')
      .filter((line, i) => i === 0 || line.includes('Atlantis'))
      .join('\r\n');
    const result = importFiles([{ name: 'atlantis.csv', text: onlyAtlantis }]);
    expect(result.fatal).toBe('atlantis.csv: no alliance could be imported: its only row was skipped');
    expect(result.skipped.map((s) => s.line)).toEqual([2]);
  });
});

describe('importFiles: valid files', () => {
  it.each([
    [['cow_valid.csv'], ['cow-members'], 4],
    [['atop_member.csv'], ['atop-members'], 3],
    [['atop_member.csv', 'atop_alliance.csv'], ['atop-members', 'atop-alliances'], 3],
    [['atop_alliance.csv', 'atop_member.csv'], ['atop-alliances', 'atop-members'], 3],
  ])(
    '%j imports as %j: %i pacts that pass the validator, every record with its origin',
    (names, formats, pacts) => {
      const result = importFiles(names.map(fixture));
      expect(result.fatal).toBeNull();
      expect(result.skipped).toEqual([]);
      expect(result.formats).toEqual(formats);
      expect(result.dataset.pacts).toHaveLength(pacts);
      expect(validationErrors(result.dataset)).toEqual([]);
      const records = [
        ...result.dataset.pacts,
        ...result.dataset.pacts.flatMap((p) => p.members),
        ...result.dataset.events,
      ];
      expect(records.filter((r) => r.origin === undefined)).toEqual([]);
      expect(new Set(records.map((r) => r.origin?.file))).toEqual(new Set(names));
    },
  );

  it.each([['cow_valid.csv'], ['atop_member.csv', 'atop_alliance.csv']])(
    'round trip: %s imported, written as Alliance Atlas JSON and read back gives the same dataset',
    (...names) => {
      const imported = importFiles(names.map(fixture));
      const json = serializeAtlasFile(imported.dataset, imported.documentTexts);
      const reread = importFiles([{ name: 'export.json', text: json }]);
      expect(reread.fatal).toBeNull();
      expect(reread.formats).toEqual(['atlas-json']);
      expect(reread.dataset).toEqual(imported.dataset);
    },
  );
});
