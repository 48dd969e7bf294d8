// Imported states exist in time: each COW/ATOP state carries its spans from COW's State System Membership List
// v2016 (data/cow-states-2016.json), and a code that stands for several states in turn is handed from one to the
// next. Real rows: tests/fixtures/import/real/SOURCE.md.
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../domain/atlas/buildAtlas';
import { toDayNumber } from '../../domain/dates';
import { occupationAt, occupiedAt } from '../../domain/membership';
import { COW_STATES } from '../cow/cowStates';
import { actorOfState } from '../cow/successions';
import { importAtop } from './atopImport';
import { importCow } from './cowImport';
import { fixture, validationErrors } from './testFixtures';

const STATES = fixture('real/cow_v4.1_states_excerpt.csv');
const cow = importCow(STATES.text, STATES.name);
const atop = importAtop(fixture('real/atop5_1m_excerpt.csv'), fixture('real/atop5_1a_excerpt.csv'));

type Result = typeof cow;
const actor = (result: Result, id: string) => result.dataset.actors.find((a) => a.id === id);
const members = (result: Result, id: string) =>
  result.dataset.pacts
    .find((p) => p.id === id)
    ?.members.map((m) => [m.actorId, m.joined ?? '', m.left ?? '']);
const existingOn = (result: Result, iso: string) =>
  buildAtlas(result.dataset).timelines.signed.existingAt(toDayNumber(iso));

describe('imported states carry their COW state-system spans', () => {
  it('imports the excerpt whole and valid', () => {
    expect(cow.skipped).toEqual([]);
    expect(cow.dataset.pacts.map((p) => p.id)).toEqual(['cow-74', 'cow-105', 'cow-218', 'cow-233']);
    expect(validationErrors(cow.dataset)).toEqual([]);
  });

  it('gives West Germany 1955-05-05 to 1990-10-02 (COW 260), succeeded by Germany', () => {
    expect(actor(cow, 'cow-gfr')).toMatchObject({
      existence: [
        {
          from: '1949-05-23',
          until: '1955-05-05',
          occupation: 'Western Allied occupation (Occupation Statute)',
        },
        { from: '1955-05-05', until: '1990-10-03', source: 'cow-states-2016' },
      ],
      dissolved: '1990-10-03',
      successors: [{ actorId: 'deu', date: '1990-10-03' }],
    });
    expect(actor(cow, 'deu')?.existence).toEqual([
      { until: '1945-05-09', source: 'cow-states-2016' },
      { from: '1990-10-03', source: 'cow-states-2016' },
    ]);
  });

  it("hands West Germany's Brussels Treaty membership (COW 218, coded 260 to 2012) to Germany on reunification", () => {
    expect(members(cow, 'cow-218')).toContainEqual(['cow-gfr', '1955-05-05', '1990-10-03']);
    expect(members(cow, 'cow-218')).toContainEqual(['deu', '1990-10-03', '']);
    const handOver = cow.dataset.events.find(
      (e) => e.pactId === 'cow-218' && e.type === 'joined' && e.actorIds?.[0] === 'deu',
    );
    expect(handOver?.note).toContain('Germany reunified on 3 October 1990');
  });

  it('reads COW 365 as Russia until the Union Treaty, the Soviet Union until 1991-12-26, Russia after', () => {
    expect(members(cow, 'cow-74')).toEqual([
      ['fra', '', ''],
      ['rus', '', ''],
    ]);
    expect(members(cow, 'cow-105')).toEqual([
      ['rus', '', '1922-12-30'],
      ['sun', '1922-12-30', ''],
      ['irn', '', ''],
    ]);
    expect(actor(cow, 'sun')?.existence).toMatchObject([{ from: '1922-12-30', until: '1991-12-26' }]);
    expect(actor(cow, 'rus')?.existence).toEqual([
      { until: '1922-12-30', source: 'cow-states-2016' },
      { from: '1991-12-26', source: 'cow-states-2016' },
    ]);
  });

  it('draws a state only inside its spans: no West Germany in 1995, no Soviet Union in 2000', () => {
    expect(existingOn(cow, '1960-01-01')).toEqual(expect.arrayContaining(['cow-gfr', 'sun', 'jpn']));
    expect(existingOn(cow, '1995-01-01')).not.toContain('cow-gfr');
    expect(existingOn(cow, '1995-01-01')).toContain('deu');
    expect(existingOn(cow, '2000-01-01')).not.toContain('sun');
    expect(existingOn(cow, '2000-01-01')).toContain('rus');
    expect(existingOn(cow, '1910-01-01')).toEqual(expect.arrayContaining(['rus', 'fra']));
    expect(existingOn(cow, '1910-01-01')).not.toContain('sun');
  });

  it('ATOP 5.1 alone: West Germany (3180, NATO) is drawn in 1960 and gone after reunification', () => {
    expect(atop.dataset.actors.find((a) => a.id === 'cow-gfr')?.existence?.at(-1)).toEqual({
      from: '1955-05-05',
      until: '1990-10-03',
      source: 'cow-states-2016',
    });
    expect(existingOn(atop, '1960-01-01')).toContain('cow-gfr');
    expect(existingOn(atop, '1995-01-01')).not.toContain('cow-gfr');
    expect(existingOn(atop, '2000-01-01')).not.toContain('sun');
  });
});

describe('occupied states are parties to the treaties they sign', () => {
  it('Japan signs the US–Japan Security Treaty (COW 233) on 1951-09-08 under Allied occupation: drawn as a member then', () => {
    const atlas = buildAtlas(cow.dataset);
    const day = toDayNumber('1951-10-01');
    expect(atlas.timelines.signed.existingAt(day)).toContain('jpn');
    expect(atlas.timelines.signed.activeAt(day).memberships).toContainEqual(
      expect.objectContaining({ pactId: 'cow-233', actorId: 'jpn' }),
    );
    expect(occupationAt(atlas.occupations, 'jpn', day)?.span).toMatchObject({
      from: '1945-08-15',
      until: '1952-04-28',
      occupation: 'Allied occupation',
    });
    expect(occupationAt(atlas.occupations, 'jpn', toDayNumber('1952-04-28'))).toBeUndefined();
  });

  it('Austria is not drawn while annexed (1938–1945), drawn as occupied from 27 April 1945', () => {
    const austria = buildAtlas({
      ...cow.dataset,
      actors: [...cow.dataset.actors, actorOfState(COW_STATES.get(305)!)],
    });
    expect(austria.timelines.signed.existingAt(toDayNumber('1940-01-01'))).not.toContain('aut');
    expect(austria.timelines.signed.existingAt(toDayNumber('1950-01-01'))).toContain('aut');
    expect(occupiedAt(austria.occupations, toDayNumber('1950-01-01'))).toContain('aut');
    expect(occupiedAt(austria.occupations, toDayNumber('1956-01-01'))).not.toContain('aut');
  });
});
