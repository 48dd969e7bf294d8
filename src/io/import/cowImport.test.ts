import { describe, expect, it } from 'vitest';
import { COW_COLUMNS, importCow, ssTypeObligations } from './cowImport';
import { fixture, validationErrors } from './testFixtures';

const HEADER = [...COW_COLUMNS.required, 'ss_type', 'state_name'];
const BASE: Record<string, string> = {
  version4id: '7',
  ccode: '200',
  state_name: 'United Kingdom',
  all_st_day: '1',
  all_st_month: '6',
  all_st_year: '1900',
  all_end_day: '1',
  all_end_month: '6',
  all_end_year: '1910',
  mem_st_day: '1',
  mem_st_month: '6',
  mem_st_year: '1900',
  mem_end_day: '1',
  mem_end_month: '6',
  mem_end_year: '1910',
  left_censor: '0',
  right_censor: '0',
  defense: '1',
  neutrality: '0',
  nonaggression: '0',
  entente: '0',
  ss_type: 'Type I',
};

/** A COW file of the given rows, each the base row with some cells changed. */
function cowFile(...rows: Record<string, string>[]): string {
  const lines = rows.map((row) => HEADER.map((column) => ({ ...BASE, ...row })[column] ?? '').join(','));
  return [HEADER.join(','), ...lines].join('\n');
}

const imported = importCow(fixture('cow_valid.csv').text, 'cow_valid.csv');
const pact = (id: string) => imported.dataset.pacts.find((p) => p.id === id);
const eventsOf = (id: string) =>
  imported.dataset.events.filter((e) => e.pactId === id).map((e) => [e.type, e.date, ...(e.actorIds ?? [])]);

describe('importCow on the valid fixture', () => {
  it('keeps each date at the precision the row gives (-9 = unknown)', () => {
    expect(pact('cow-204')?.members.find((m) => m.actorId === 'cow-auh')?.joined).toBe('1887-03');
    expect(eventsOf('cow-204')).toEqual([
      ['signed', '1887-02-12'],
      ['joined', '1887-03', 'cow-auh'],
      ['terminated', '1895'],
    ]);
  });

  it('gives a right-censored alliance no end, but censoredAt and the status active', () => {
    const nato = pact('cow-201');
    expect(nato).toMatchObject({ status: 'active', censoredAt: '2012-12-31' });
    expect(eventsOf('cow-201').filter(([type]) => type === 'terminated')).toEqual([]);
    expect(nato?.summary).toContain('still in force at the end of the data (31 December 2012, censored)');
  });

  it('records later members as joined, early leavers as withdrew, founders with neither', () => {
    expect(eventsOf('cow-201')).toEqual([
      ['signed', '1949-04-04'],
      ['joined', '1952-02-18', 'grc'],
      ['joined', '1952-02-18', 'tur'],
      ['joined', '1955-05-09', 'cow-gfr'],
      ['withdrew', '1990-10-02', 'cow-gfr'],
      ['joined', '1990-10-03', 'deu'],
    ]);
    // COW 365 before 26 December 1991 is the Soviet Union.
    expect(pact('cow-202')?.members.map((m) => [m.actorId, m.joined ?? '', m.left ?? ''])).toEqual([
      ['sun', '', ''],
      ['pol', '', ''],
      ['ddr', '', '1990-09-24'],
      ['csk', '', ''],
      ['alb', '', '1968-09-13'],
    ]);
    expect(eventsOf('cow-202').at(-1)).toEqual(['terminated', '1991-07-01']);
  });

  it('maps historical state codes to ISO 3166-3 codes or cow- ids', () => {
    const actors = new Map(imported.dataset.actors.map((a) => [a.id, a]));
    expect(actors.get('cow-gfr')).toMatchObject({
      iso3: 'DEU',
      name: 'West Germany (German Federal Republic)',
    });
    expect(actors.get('ddr')?.iso3).toBe('DDR');
    expect(actors.get('csk')?.iso3).toBe('CSK');
    expect(actors.get('cow-auh')).not.toHaveProperty('iso3');
    expect(actors.get('sun')).toMatchObject({ name: 'Soviet Union', iso3: 'SUN', dissolved: '1991-12-26' });
    expect(actors.has('rus')).toBe(false);
  });

  it.each([
    ['cow-201', 'mutual-defence-treaty'],
    ['cow-203', 'non-aggression-pact'],
    ['cow-204', 'strategic-partnership'],
  ])('%s is a %s', (id, kind) => {
    expect(pact(id)?.kind).toBe(kind);
  });

  it('names every record by its file and line', () => {
    expect(pact('cow-204')?.origin).toEqual({ file: 'cow_valid.csv', row: 17, dataset: 'cow-4.1' });
    expect(pact('cow-204')?.members.map((m) => m.origin?.row)).toEqual([17, 18, 19]);
  });
});

describe('importCow on single rows', () => {
  it('uses ss_type when no obligation flag is set', () => {
    const { dataset } = importCow(cowFile({ defense: '0', ss_type: 'Type IIb' }), 'x.csv');
    expect(dataset.pacts[0]).toMatchObject({
      kind: 'non-aggression-pact',
      obligations: { nonAggression: true },
    });
    expect(ssTypeObligations('III').consultation).toBe(true);
  });

  it("keeps a left-censored alliance's own start as a fact and notes that the data observe it from 1816", () => {
    const { dataset } = importCow(
      cowFile({
        left_censor: '1',
        all_st_year: '1800',
        mem_st_day: '1',
        mem_st_month: '1',
        mem_st_year: '1816',
      }),
      'x.csv',
    );
    expect(dataset.events[0]).toMatchObject({ type: 'signed', date: '1800-06-01' });
    expect(dataset.events[0]?.note).toContain('before its data begin (1816-01-01)');
    expect(dataset.pacts[0]).toMatchObject({ observedFrom: '1816-01-01' });
    expect(dataset.pacts[0]?.summary).toContain('observed from 1 January 1816 (left-censored)');
    expect(validationErrors(dataset)).toEqual([]);
  });

  it.each([
    [{ version4id: 'abc' }, 'version4id: "abc" is not an alliance number (expected a positive whole number)'],
    [
      { ccode: '' },
      'ccode: "" ("United Kingdom") is not a state code of the COW state system (State System Membership List v2016)',
    ],
    [{ all_st_day: '31', all_st_month: '6' }, 'all_st_day: 1900-06-31 is not a calendar date'],
    [{ mem_end_year: '19x0' }, 'mem_end_year: "19x0" is not a year (expected four digits)'],
    [{ defense: '2' }, 'defense: "2" is not 0 or 1'],
    [
      { all_end_year: '-9', all_end_month: '-9', all_end_day: '-9' },
      "all_end_year: nothing differs from the alliance's end on line 2 (1910-06-01)",
    ],
    [
      {
        all_end_year: '-9',
        all_end_month: '-9',
        all_end_day: '-9',
        mem_end_year: '-9',
        mem_end_month: '-9',
        mem_end_day: '-9',
      },
      'mem_end_year: is missing, and so is all_end_year, but right_censor is 0 (the member must have left)',
    ],
    [
      { ss_type: 'Type IV' },
      'ss_type: "Type IV" is not a COW alliance type (expected Type I, IIa, IIb or III)',
    ],
    [{ all_end_year: '-9' }, 'all_end_year: is missing, but a month is given'],
    [{ mem_st_year: '1899' }, 'mem_st_year: 1899-06-01 is before the alliance began (1900-06-01)'],
    [{ mem_end_year: '1911' }, 'mem_end_year: 1911-06-01 is after the alliance ended (1910-06-01)'],
    [
      { mem_st_year: '1905', mem_end_year: '1904' },
      'mem_end_year: 1904-06-01 is not after the membership began (1905-06-01)',
    ],
  ])('skips a row with %j: %s', (change, message) => {
    const result = importCow(cowFile({}, { ccode: '220', ...change }), 'x.csv');
    expect(result.skipped.map((s) => s.message)).toEqual([`x.csv: line 3, ${message}`]);
    expect(result.dataset.pacts[0]?.members.map((m) => m.actorId)).toEqual(['gbr']);
    expect(validationErrors(result.dataset)).toEqual([]);
  });

  it('skips every row of an alliance that ends before it begins', () => {
    const ends1890 = { all_end_year: '1890', mem_end_year: '1890' };
    const result = importCow(cowFile(ends1890, { ccode: '220', ...ends1890 }), 'x.csv');
    const message = 'all_end_year: the alliance ends (1890-06-01) before it begins (1900-06-01)';
    expect(result.skipped.map((s) => s.message)).toEqual(
      [2, 3].map((line) => `x.csv: line ${line}, ${message}`),
    );
    expect(result.dataset.pacts).toEqual([]);
  });

  it('skips a row whose alliance dates contradict the first row of the alliance', () => {
    const result = importCow(
      cowFile({}, { ccode: '220', all_st_year: '1901', mem_st_year: '1901' }),
      'x.csv',
    );
    expect(result.skipped.map((s) => s.message)).toEqual([
      "x.csv: line 3, all_st_year: 1901-06-01 differs from the alliance's start on line 2 (1900-06-01)",
    ]);
  });

  it('merges overlapping rows of one state into one membership', () => {
    const { dataset } = importCow(cowFile({ mem_end_year: '1905' }, { mem_st_year: '1904' }), 'x.csv');
    expect(dataset.pacts[0]?.members).toEqual([
      { actorId: 'gbr', origin: { file: 'x.csv', row: 2, dataset: 'cow-4.1' } },
    ]);
  });

  it('keeps separate memberships of a state that left and came back', () => {
    const { dataset } = importCow(cowFile({ mem_end_year: '1902' }, { mem_st_year: '1905' }), 'x.csv');
    expect(dataset.pacts[0]?.members.map((m) => [m.joined ?? '', m.left ?? ''])).toEqual([
      ['', '1902-06-01'],
      ['1905-06-01', ''],
    ]);
    expect(validationErrors(dataset)).toEqual([]);
  });
});
