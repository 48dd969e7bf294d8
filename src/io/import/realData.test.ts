// The importers on excerpts of the real COW v4.1 and ATOP files (tests/fixtures/import/real/SOURCE.md): each
// codebook rule, on the rows that exercise it, and what the result says of famous alliances.
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../domain/atlas/buildAtlas';
import { toDayNumber } from '../../domain/dates';
import { importAtop } from './atopImport';
import { importCow } from './cowImport';
import { importFiles } from './importFiles';
import { fixture, validationErrors } from './testFixtures';

const COW = fixture('real/cow_v4.1_by_member_excerpt.csv');
const cow = importCow(COW.text, COW.name);
const atop51 = importAtop(fixture('real/atop5_1m_excerpt.csv'), fixture('real/atop5_1a_excerpt.csv'));
const atop401 = importAtop(fixture('real/atop4_01m_excerpt.csv'), fixture('real/atop4_01a_excerpt.csv'));

type Result = typeof cow;
const pact = (result: Result, id: string) => result.dataset.pacts.find((p) => p.id === id);
const members = (result: Result, id: string) =>
  pact(result, id)?.members.map((m) => [m.actorId, m.joined ?? '', m.left ?? '']);
const eventsOf = (result: Result, id: string) =>
  result.dataset.events.filter((e) => e.pactId === id).map((e) => [e.type, e.date, ...(e.actorIds ?? [])]);

describe('COW v4.1, real rows', () => {
  it('imports all 15 alliances and all 113 rows of the excerpt: nothing skipped, the result valid', () => {
    expect(cow.fatal).toBeNull();
    expect(cow.skipped).toEqual([]);
    expect(cow.dataset.pacts).toHaveLength(15);
    expect(validationErrors(cow.dataset)).toEqual([]);
  });

  it('reads right_censor per member: West Germany was in NATO 1954–1990 while NATO went on', () => {
    expect(members(cow, 'cow-227')).toContainEqual(['cow-gfr', '1954-10-23', '1990-10-02']);
    expect(members(cow, 'cow-227')).toContainEqual(['deu', '1990-10-03', '']);
    expect(pact(cow, 'cow-227')).toMatchObject({ status: 'active', censoredAt: '2012-12-31' });
    expect(eventsOf(cow, 'cow-227').map(([type]) => type)).not.toContain('terminated');
  });

  it.each([
    ['cow-232', 'nzl', '', '1986-08-12', 'New Zealand left ANZUS'],
    ['cow-210', 'cub', '', '1962-01-22', 'Cuba left the Rio Pact'],
  ])('%s: %s left on its own date (%s)', (id, actor, joined, left) => {
    expect(members(cow, id)).toContainEqual([actor, joined, left]);
    expect(eventsOf(cow, id)).toContainEqual(['withdrew', left, actor]);
  });

  it("keeps both of Egypt's memberships of the Arab League: 1945–79 and from 1989", () => {
    expect(members(cow, 'cow-199')?.filter(([id]) => id === 'egy')).toEqual([
      ['egy', '', '1979-03-31'],
      ['egy', '1989-05-22', ''],
    ]);
  });

  it('types the Arab League as COW does (Type III, entente), not by its obligation flags', () => {
    expect(pact(cow, 'cow-199')).toMatchObject({
      kind: 'strategic-partnership',
      obligations: { consultation: true },
    });
    expect(pact(cow, 'cow-199')?.summary).toContain('COW Type III: entente');
    expect(pact(cow, 'cow-323')?.kind).toBe('non-aggression-pact');
    expect(pact(cow, 'cow-227')?.kind).toBe('mutual-defence-treaty');
  });

  it('clamps members dated days before their alliance (COW 38, 95, 323, 347) with a warning, losing none', () => {
    for (const id of ['cow-38', 'cow-95', 'cow-323', 'cow-347'])
      expect(members(cow, id)?.map(([, joined, left]) => `${joined ?? ''}${left ?? ''}`)).toEqual(['', '']);
    expect(cow.warnings).toHaveLength(8);
    expect(cow.warnings).toContain(
      'cow_v4.1_by_member_excerpt.csv: line 8, mem_st_year: Austria-Hungary (Austria before 1867) is dated 1914-08-19, 18 days before COW 95 began (1914-09-06): counted as a founding member from 1914-09-06',
    );
  });

  it('tells left censoring honestly: the 1386 start kept, no invented joins in 1816, observed from 1816', () => {
    expect(eventsOf(cow, 'cow-1')).toEqual([['signed', '1386-05-09']]);
    expect(members(cow, 'cow-1')).toEqual([
      ['gbr', '', ''],
      ['prt', '', ''],
    ]);
    expect(pact(cow, 'cow-1')).toMatchObject({ observedFrom: '1816-01-01', censoredAt: '2012-12-31' });
    expect(cow.dataset.events.find((e) => e.id === 'cow-1-signed')?.note).toContain('before its data begin');
  });

  it('gives a timeline that covers what the data observe: 1816 to the end of 2012, not 1386', () => {
    const { span } = buildAtlas(cow.dataset);
    expect(span).toEqual({ from: toDayNumber('1816-01-01'), to: toDayNumber('2012-12-31') });
  });

  it('draws COW 365 as the Soviet Union until 26 December 1991 and as Russia from then', () => {
    expect(members(cow, 'cow-264')).toEqual([
      ['sun', '', '1991-12-26'],
      ['rus', '1991-12-26', ''],
      ['prk', '', ''],
    ]);
    expect(cow.dataset.events.find((e) => e.type === 'withdrew' && e.pactId === 'cow-264')?.note).toContain(
      'The Soviet Union dissolved on 26 December 1991',
    );
    expect(members(cow, 'cow-347')?.map(([id]) => id)).toEqual(['fra', 'rus']);
    expect(members(cow, 'cow-229')?.map(([id]) => id)).toEqual(['sun', 'chn']);
  });

  it('names alliances people know from the crosswalk, and the others by what, who and when', () => {
    expect(pact(cow, 'cow-227')).toMatchObject({
      name: 'North Atlantic Treaty Organization (NATO)',
      shortName: 'NATO',
    });
    expect(pact(cow, 'cow-189')?.name).toBe('Tripartite Pact (the Axis, 1940)');
    expect(pact(cow, 'cow-265')?.shortName).toBe('China–North Korea');
    expect(pact(cow, 'cow-323')?.name).toBe('Non-aggression pact: South Africa–Eswatini (1982)');
    expect(pact(cow, 'cow-2')?.name).toBe('Entente: United Kingdom–Sweden (1766)');
    expect(pact(cow, 'cow-227')?.datasetRows).toEqual([
      { dataset: 'COW 4.1', alliance: '227', file: 'cow_v4.1_by_member_excerpt.csv', row: 74 },
    ]);
  });
});

describe('ATOP, real rows', () => {
  it('reads the release from the version column: 5.1, covering to the end of 2018', () => {
    expect(atop51.release).toBe('ATOP 5.1');
    expect(pact(atop51, 'atop-3180')).toMatchObject({
      censoredAt: '2018-12-31',
      name: 'North Atlantic Treaty Organization (NATO)',
    });
    expect(pact(atop51, 'atop-3180')?.summary).toContain(
      '(Alliance Treaty Obligations and Provisions (ATOP) 5.1, atopid 3180)',
    );
    expect(atop51.warnings).toEqual([]);
  });

  it('labels ATOP 4.01 files as 4.01 (the alliance file writes 4.0100002), covering to the end of 2016', () => {
    expect(atop401.release).toBe('ATOP 4.01');
    expect(pact(atop401, 'atop-3180')?.censoredAt).toBe('2016-12-31');
    expect(pact(atop401, 'atop-3180')?.datasetRows?.[0]?.dataset).toBe('ATOP 4.01');
    expect(pact(atop401, 'atop-3180')?.summary).toContain('(ATOP) 4.01');
    const viaFiles = importFiles([
      fixture('real/atop4_01m_excerpt.csv'),
      fixture('real/atop4_01a_excerpt.csv'),
    ]);
    expect(viaFiles.release).toBe('ATOP 4.01');
  });

  it('refuses files of two releases together, naming each', () => {
    const mixed = importAtop(fixture('real/atop5_1m_excerpt.csv'), fixture('real/atop4_01a_excerpt.csv'));
    expect(mixed.fatal).toBe(
      'atop5_1m_excerpt.csv is ATOP 5.1, atop4_01a_excerpt.csv is ATOP 4.01: choose files of one ATOP release',
    );
  });

  it('keeps each skipped row with its precise message: a member code outside the COW list', () => {
    expect(atop51.skipped.map((s) => s.message)).toEqual([
      'atop5_1m_excerpt.csv: line 3, member: "8152" is not a state code of the COW state system (State System Membership List v2016)',
    ]);
    expect(validationErrors(atop51.dataset)).toEqual([]);
  });

  it('takes kinds from the obligation columns and keeps members across phases as one membership each', () => {
    expect(pact(atop51, 'atop-3180')?.kind).toBe('mutual-defence-treaty');
    const nato = members(atop51, 'atop-3180') ?? [];
    expect(new Set(nato.map(([id]) => id)).size).toBe(nato.length);
    expect(nato).toContainEqual(['cow-gfr', '1954-10-23', '1990-10-03']);
    expect(members(atop51, 'atop-3440')).toEqual([
      ['sun', '', '1991-12-26'],
      ['rus', '1991-12-26', ''],
      ['prk', '', ''],
    ]);
  });

  it('names the 1960 US–Japan treaty, which COW does not have', () => {
    expect(pact(atop51, 'atop-3375')?.shortName).toBe('US–Japan');
  });
});
