import { describe, expect, it } from 'vitest';
import { detectFormat } from './detectFormat';
import { fixture } from './testFixtures';

const COW_HEADER =
  'version4id,ccode,state_name,all_st_day,all_st_month,all_st_year,all_end_day,all_end_month,all_end_year,ss_type,' +
  'mem_st_day,mem_st_month,mem_st_year,mem_end_day,mem_end_month,mem_end_year,left_censor,right_censor,defense,' +
  'neutrality,nonaggression,entente,version';

describe('detectFormat', () => {
  it.each([
    ['dataset.json', '{"format": "alliance-atlas-dataset"', 'atlas-json'],
    ['export', '  \n [', 'atlas-json'],
    ['broken.json', 'not json at all', 'atlas-json'],
    ['alliance_v4.1_by_member.csv', `${COW_HEADER}\n1,200,United Kingdom`, 'cow-members'],
    ['cow.csv', '\uFEFF' + COW_HEADER.toUpperCase(), 'cow-members'],
    ['cow-without-id.csv', COW_HEADER.replace('version4id,', ''), 'cow-members'],
    ['atop5_1m.csv', 'atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,defense', 'atop-members'],
    ['quoted.csv', '"atopid","member","yrent","yrexit"\r\n', 'atop-members'],
    ['atop5_1a.csv', 'atopid,begday,begmo,begyr,endday,endmo,endyr,ineffect,defense', 'atop-alliances'],
  ])('%s → %s', (name, head, format) => {
    expect(detectFormat(name, head)).toEqual({ ok: true, format });
  });

  it.each(['cow_valid.csv', 'atop_member.csv', 'atop_alliance.csv', 'malformed.json'])(
    'recognises the fixture %s from its first 4 kB',
    (name) => {
      const { text } = fixture(name);
      expect(detectFormat(name, text.slice(0, 4096)).ok).toBe(true);
    },
  );

  it.each([
    [
      'sheet.xlsx',
      'PK\u0003\u0004\u0014\u0000',
      'it is a ZIP archive or an Excel workbook: save the sheet as CSV',
    ],
    ['paper.pdf', '%PDF-1.7\n', 'it is a PDF document'],
    ['map.png', '\uFFFDPNG\r\n\u001a\n', 'it is a PNG image'],
    ['atop.dta', '<stata_dta><header>', 'it is a Stata .dta file: export it as CSV'],
    ['blob.bin', 'abc\u0000def', 'it is a binary file, not text'],
    ['empty.csv', '  \n', 'the file is empty'],
    [
      'people.csv',
      'name,age\nAda,36\n',
      'its header row has none of the columns of the COW or ATOP files, such as version4id, ccode, atopid or member',
    ],
    ['notes.txt', 'Dear colleagues, the meeting', 'it is neither JSON nor a CSV file with a header row'],
  ])('refuses %s: %s', (name, head, what) => {
    const detection = detectFormat(name, head);
    expect(detection.ok).toBe(false);
    expect(!detection.ok && detection.message).toMatch(
      new RegExp(
        `^${escape(name)}: not a file Alliance Atlas can import \\(${escape(what)}\\)\\. Accepted: `,
      ),
    );
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
