import { describe, expect, it } from 'vitest';
import { importAtop } from './atopImport';
import { fixture, validationErrors } from './testFixtures';

const MEMBER_HEADER =
  'atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,defense,offense,neutral,nonagg,consul';
const ALLIANCE_HEADER =
  'atopid,begday,begmo,begyr,endday,endmo,endyr,ineffect,defense,offense,neutral,nonagg,consul';
const members = (...rows: string[]) => ({ name: 'm.csv', text: [MEMBER_HEADER, ...rows].join('\n') });
const alliances = (...rows: string[]) => ({ name: 'a.csv', text: [ALLIANCE_HEADER, ...rows].join('\n') });

const withAlliances = importAtop(fixture('atop_member.csv'), fixture('atop_alliance.csv'));
const membersOnly = importAtop(fixture('atop_member.csv'));

describe('importAtop on the fixtures', () => {
  it.each([
    ['with the alliance-level file', withAlliances],
    ['from the member-level file alone', membersOnly],
  ])('imports every alliance %s, valid and with nothing skipped', (_how, result) => {
    expect(result.fatal).toBeNull();
    expect(result.skipped).toEqual([]);
    expect(result.dataset.pacts.map((p) => [p.id, p.kind, p.status, p.censoredAt ?? ''])).toEqual([
      // ATOP 5.1's codebook: still in effect "as of December 31, 2018".
      ['atop-3180', 'mutual-defence-treaty', 'active', '2018-12-31'],
      ['atop-9001', 'mutual-defence-treaty', 'terminated', ''],
      ['atop-9002', 'non-aggression-pact', 'terminated', ''],
    ]);
    expect(validationErrors(result.dataset)).toEqual([]);
  });

  it('treats exit year 0 as still in force: censored at the end of 2018, no termination event', () => {
    const nato = withAlliances.dataset.events.filter((e) => e.pactId === 'atop-3180');
    expect(nato.map((e) => e.type)).not.toContain('terminated');
    expect(withAlliances.dataset.pacts[0]?.summary).toContain(
      'still in force at the end of the data (31 December 2018, censored)',
    );
  });

  it('keeps blank days and months as lower precision', () => {
    const nato = withAlliances.dataset.pacts[0];
    expect(nato?.members.find((m) => m.actorId === 'esp')?.joined).toBe('1982-05');
    const ended = withAlliances.dataset.events.find(
      (e) => e.pactId === 'atop-9002' && e.type === 'terminated',
    );
    expect(ended?.date).toBe('1939');
  });

  it('reads obligations from the alliance-level file, else from the members', () => {
    expect(withAlliances.dataset.pacts[0]?.obligations).toEqual({
      defence: true,
      offence: false,
      neutrality: false,
      nonAggression: false,
      consultation: true,
    });
    expect(withAlliances.dataset.pacts[0]?.origin).toEqual({
      file: 'atop_alliance.csv',
      row: 2,
      dataset: 'atop-5.1',
    });
    expect(membersOnly.dataset.pacts[0]?.origin).toEqual({
      file: 'atop_member.csv',
      row: 2,
      dataset: 'atop-5.1',
    });
  });
});

describe('importAtop on single rows', () => {
  it('takes dates from the alliance-level file when given', () => {
    const result = importAtop(
      members('5,2,1950,,,1960,,,1,0,0,0,0'),
      alliances('5,1,3,1950,31,12,1960,0,1,0,0,0,0'),
    );
    expect(result.dataset.events.map((e) => [e.type, e.date])).toEqual([
      ['signed', '1950-03-01'],
      ['terminated', '1960-12-31'],
    ]);
    expect(validationErrors(result.dataset)).toEqual([]);
  });

  it('treats ineffect = 1 as still in force, whatever endyr says', () => {
    const result = importAtop(
      members('5,2,1950,1,1,0,,,1,0,0,0,0'),
      alliances('5,1,1,1950,,,2018,1,1,0,0,0,0'),
    );
    expect(result.dataset.pacts[0]).toMatchObject({ status: 'active', censoredAt: '2018-12-31' });
  });

  it('makes one membership of rows repeated across alliance phases', () => {
    const result = importAtop(
      members(
        '5,2,1950,1,1,1970,1,1,1,0,0,0,0',
        '5,2,1970,1,1,1980,1,1,1,0,0,0,0',
        '5,20,1950,1,1,1980,1,1,1,0,0,0,0',
      ),
    );
    expect(result.dataset.pacts[0]?.members.map((m) => m.actorId)).toEqual(['usa', 'can']);
    expect(validationErrors(result.dataset)).toEqual([]);
  });

  it('joins phases that touch (exit one day, entry the next) into one membership', () => {
    const result = importAtop(members('5,2,1950,1,1,1969,12,31,1,0,0,0,0', '5,2,1970,1,1,0,,,1,0,0,0,0'));
    expect(result.dataset.pacts[0]?.members).toEqual([
      { actorId: 'usa', origin: { file: 'm.csv', row: 2, dataset: 'atop-5.1' } },
    ]);
    expect(result.dataset.events.map((e) => e.type)).toEqual(['signed']);
  });

  it('maps offence-only pledges to a wartime coalition', () => {
    const result = importAtop(members('5,2,1950,1,1,1951,1,1,0,1,0,0,0', '5,20,1950,1,1,1951,1,1,0,1,0,0,0'));
    expect(result.dataset.pacts[0]?.kind).toBe('wartime-coalition');
  });

  it.each([
    [
      members('5,2,1950,13,1,0,,,1,0,0,0,0', '5,20,1950,1,1,0,,,1,0,0,0,0'),
      'm.csv: line 2, moent: "13" is not a month (expected 1 to 12)',
    ],
    [
      members('5,2,1950,1,1,0,,,1,0,0,0,0', '5,1000,1950,1,1,0,,,1,0,0,0,0'),
      'm.csv: line 3, member: "1000" is not a state code of the COW state system (State System Membership List v2016)',
    ],
    [
      members('5,2,,,,0,,,1,0,0,0,0', '5,20,1950,1,1,0,,,1,0,0,0,0'),
      'm.csv: line 2, yrent: is missing (a year is needed)',
    ],
    [
      members('5,2,1950,1,1,0,,,yes,0,0,0,0', '5,20,1950,1,1,0,,,1,0,0,0,0'),
      'm.csv: line 2, defense: "yes" is not 0 or 1',
    ],
  ])('skips a member row it cannot read (%#): %s', (file, message) => {
    const result = importAtop(file);
    expect(result.skipped.map((s) => s.message)).toEqual([message]);
    expect(result.dataset.pacts).toHaveLength(1);
    expect(validationErrors(result.dataset)).toEqual([]);
  });

  it('skips alliance-level rows with no members, and bad ones, falling back to the members', () => {
    const result = importAtop(
      members('5,2,1950,1,1,0,,,1,0,0,0,0'),
      alliances('5,1,1,1950,,,x,0,1,0,0,0,0', '6,1,1,1950,,,0,1,1,0,0,0,0'),
    );
    expect(result.skipped.map((s) => s.message)).toEqual([
      'a.csv: line 2, endyr: "x" is not a year (expected four digits)',
      'a.csv: line 3, atopid: 6 has no member rows in m.csv: not imported',
    ]);
    expect(result.dataset.pacts[0]).toMatchObject({ id: 'atop-5', censoredAt: '2018-12-31' });
  });

  it.each([
    [members().text.replace(',consul', ''), undefined, 'm.csv: line 1: missing column "consul"'],
    [members().text, alliances().text.replace('begyr,', ''), 'a.csv: line 1: missing column "begyr"'],
  ])('refuses a file missing a column (%#)', (memberText, allianceText, start) => {
    const result = importAtop(
      { name: 'm.csv', text: memberText },
      allianceText === undefined ? undefined : { name: 'a.csv', text: allianceText },
    );
    expect(result.fatal?.slice(0, start.length)).toBe(start);
  });
});
