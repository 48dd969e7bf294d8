// The timeline over the real dataset in data/: known historical facts must hold under each basis.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toDayNumber } from '../../src/domain/dates';
import { buildTimelineIndex } from '../../src/domain/timeline';
import type { TimelineBasis } from '../../src/domain/timeline';
import { actorSchema, eventSchema, pactSchema } from '../../src/domain/model/schema';
import { COLLECTION_FILES } from '../../src/io/collectionFiles';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function load<T>(file: string, schema: z.ZodType<T>): T[] {
  const parsed = z.array(schema).safeParse(JSON.parse(readFileSync(ROOT + file, 'utf8')));
  if (!parsed.success)
    throw new Error(`${file} does not match its schema:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

const pacts = load(COLLECTION_FILES.pacts, pactSchema);
const events = load(COLLECTION_FILES.events, eventSchema);
const actors = load(COLLECTION_FILES.actors, actorSchema);
const index = {
  signed: buildTimelineIndex({ pacts, events }, 'signed'),
  'in-force': buildTimelineIndex({ pacts, events }, 'in-force'),
} satisfies Record<TimelineBasis, unknown>;
const BOTH = ['signed', 'in-force'] as const;

// Actors are named by ISO code so the test does not depend on the id convention.
function actorId(iso3: string): string {
  const actor = actors.find((a) => a.iso3 === iso3);
  if (!actor) throw new Error(`no actor with iso3 ${iso3} in data/actors.json`);
  return actor.id;
}

describe('pacts active on a day, real dataset', () => {
  it.each<[readonly TimelineBasis[], string, string, boolean]>([
    [BOTH, '1948-01-01', 'nato', false],
    [['signed'], '1949-05-01', 'nato', true], // signed 4 April 1949
    [['in-force'], '1949-05-01', 'nato', false], // in force 24 August 1949
    [BOTH, '1960-01-01', 'nato', true],
    [BOTH, '1960-01-01', 'warsaw-pact', true],
    [BOTH, '1991-06-30', 'warsaw-pact', true],
    [BOTH, '1991-07-01', 'warsaw-pact', false], // dissolved 1 July 1991
    [BOTH, '1995-01-01', 'warsaw-pact', false],
    [BOTH, '1995-01-01', 'nato', true],
    [['signed'], '1955-01-01', 'seato', true], // signed 8 September 1954
    [['in-force'], '1955-01-01', 'seato', false], // in force 19 February 1955
    [BOTH, '1976-01-01', 'seato', true],
    [BOTH, '1978-01-01', 'seato', false], // dissolved 30 June 1977
    [['signed'], '2024-07-01', 'rus-prk-2024', true], // signed 19 June 2024
    [['in-force'], '2024-07-01', 'rus-prk-2024', false], // in force 4 December 2024
    [BOTH, '2025-01-01', 'rus-prk-2024', true],
    [BOTH, '2021-01-01', 'aukus', false],
    [BOTH, '2023-01-01', 'aukus', true],
    [BOTH, '1990-01-01', 'sco', false],
    [['signed'], '2002-01-01', 'sco', true], // founded 15 June 2001
    [['in-force'], '2002-01-01', 'sco', false], // charter in force 19 September 2003
    [BOTH, '2010-01-01', 'sco', true],
    [BOTH, '1900-01-01', 'triple-entente', false],
    [BOTH, '1910-01-01', 'triple-entente', true],
  ])('under %j on %s, %s active: %s', (bases, iso, pactId, expected) => {
    for (const basis of bases) {
      expect(index[basis].activeAt(toDayNumber(iso)).pactIds.includes(pactId), basis).toBe(expected);
    }
  });
});

describe('members on a day, real dataset', () => {
  it.each<[string, string, string, boolean]>([
    ['2023-01-01', 'nato', 'FIN', false],
    ['2024-01-01', 'nato', 'FIN', true], // joined 4 April 2023
    ['2024-01-01', 'nato', 'SWE', false],
    ['2024-06-01', 'nato', 'SWE', true], // joined 7 March 2024
    ['1951-01-01', 'nato', 'TUR', false],
    ['1953-01-01', 'nato', 'TUR', true], // joined 18 February 1952
    ['1960-01-01', 'nato', 'USA', true],
    ['1960-01-01', 'warsaw-pact', 'ALB', true],
    ['1970-01-01', 'warsaw-pact', 'ALB', false], // withdrew 13 September 1968
    ['1990-09-23', 'warsaw-pact', 'DDR', true],
    ['1990-09-24', 'warsaw-pact', 'DDR', false], // left two weeks before reunification
    ['1972-01-01', 'seato', 'PAK', true],
    ['1974-01-01', 'seato', 'PAK', false], // withdrew November 1973
    ['1991-06-30', 'warsaw-pact', 'POL', true],
    ['1991-07-01', 'warsaw-pact', 'POL', false], // ends with the pact
  ])('on %s, %s has %s as a member: %s', (iso, pactId, iso3, expected) => {
    const id = actorId(iso3);
    for (const basis of BOTH) {
      const members = index[basis].activeAt(toDayNumber(iso)).memberships;
      expect(
        members.some((m) => m.pactId === pactId && m.actorId === id),
        basis,
      ).toBe(expected);
    }
  });
});

describe('the real dataset as a whole', () => {
  it('gives every pact a dated start', () => {
    expect(index.signed.undated).toEqual([]);
  });

  it.each(BOTH)('under %s, scrubbing event to event with changesBetween matches activeAt', (basis) => {
    const timeline = index[basis];
    const days = [...timeline.eventDays];
    let previous = (days[0] as number) - 1;
    const pactsOn = new Set(timeline.activeAt(previous).pactIds);
    const membersOn = new Set(timeline.activeAt(previous).memberships);
    for (const day of [...days, previous]) {
      const { activated, deactivated } = timeline.changesBetween(previous, day);
      deactivated.pactIds.forEach((id) => pactsOn.delete(id));
      deactivated.memberships.forEach((m) => membersOn.delete(m));
      activated.pactIds.forEach((id) => pactsOn.add(id));
      activated.memberships.forEach((m) => membersOn.add(m));
      expect(pactsOn).toEqual(new Set(timeline.activeAt(day).pactIds));
      expect(membersOn).toEqual(new Set(timeline.activeAt(day).memberships));
      previous = day;
    }
  });

  it('spans from the first to the last event and counts every event once in a histogram', () => {
    const days = events.map((e) => toDayNumber(e.date));
    const span = index.signed.span;
    expect(span).toEqual({ first: Math.min(...days), last: Math.max(...days) });
    const counts = index.signed.eventHistogram(50, span!.first, span!.last);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(events.length);
  });
});
