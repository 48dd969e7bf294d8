import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayToIso, toDayNumber } from '../dates';
import { buildTimelineIndex, TIMELINE_BASES } from './index';
import type { Membership, TimelineBasis, TimelineInput } from './index';

// The naive reference: the semantics read straight off the strings, filtering everything for every query.
function naiveActive(input: TimelineInput, basis: TimelineBasis, day: number) {
  const order =
    basis === 'signed'
      ? (['signed', 'entered-into-force', 'proposed'] as const)
      : (['entered-into-force', 'signed', 'proposed'] as const);
  const earliest = (pactId: string, types: readonly string[]) => {
    const days = input.events
      .filter((e) => e.pactId === pactId && types.includes(e.type))
      .map((e) => toDayNumber(e.date));
    return days.length ? Math.min(...days) : undefined;
  };
  const pacts: string[] = [];
  const members: string[] = [];
  for (const pact of input.pacts) {
    const start = order.map((t) => earliest(pact.id, [t])).find((d) => d !== undefined);
    if (start === undefined) continue;
    const end = earliest(pact.id, ['terminated', 'superseded']) ?? Infinity;
    if (start <= day && day < end) pacts.push(pact.id);
    for (const m of pact.members) {
      const from = m.joined ? Math.max(start, toDayNumber(m.joined)) : start;
      const to = m.left ? Math.min(end, toDayNumber(m.left)) : end;
      if (from <= day && day < to) members.push(`${pact.id}/${m.actorId}`);
    }
  }
  return { pacts: pacts.sort(), members: members.sort() };
}

// Days within ~14 months, cut to year or month precision at random, so ties and boundaries are common.
const isoDate = fc
  .tuple(fc.integer({ min: 0, max: 420 }), fc.constantFrom(4, 7, 10, 10, 10))
  .map(([day, length]) => dayToIso(day).slice(0, length));
const queryDay = fc.integer({ min: -3, max: 430 });
const EVENT_TYPES = [
  'proposed',
  'signed',
  'ratified',
  'entered-into-force',
  'terminated',
  'superseded',
  'joined',
] as const;

const world: fc.Arbitrary<TimelineInput> = fc
  .array(
    fc.record({
      members: fc.array(
        fc.record(
          { actorId: fc.constantFrom('a', 'b', 'c', 'd'), joined: isoDate, left: isoDate },
          { requiredKeys: ['actorId'] },
        ),
        { minLength: 1, maxLength: 4 },
      ),
      events: fc.array(fc.record({ type: fc.constantFrom(...EVENT_TYPES), date: isoDate }), { maxLength: 5 }),
    }),
    { maxLength: 25 },
  )
  .map((pacts) => ({
    pacts: pacts.map((p, i) => ({ id: `p${i}`, members: p.members })),
    events: pacts.flatMap((p, i) => p.events.map((e) => ({ ...e, pactId: `p${i}` }))),
  }));

const basis = fc.constantFrom(...TIMELINE_BASES);
const RUNS = { numRuns: 300 };

describe('timeline index against the naive reference', () => {
  it('activeAt agrees on every day', () => {
    fc.assert(
      fc.property(world, basis, fc.array(queryDay, { minLength: 1, maxLength: 20 }), (input, b, days) => {
        const index = buildTimelineIndex(input, b);
        for (const day of days) {
          const active = index.activeAt(day);
          const expected = naiveActive(input, b, day);
          expect({
            pacts: [...active.pactIds].sort(),
            members: active.memberships.map((m) => m.key).sort(),
          }).toEqual(expected);
          expect(index.activePactCount(day)).toBe(expected.pacts.length);
        }
      }),
      RUNS,
    );
  });

  it('changesBetween turns activeAt(from) into activeAt(to), in either direction', () => {
    fc.assert(
      fc.property(world, basis, queryDay, queryDay, (input, b, from, to) => {
        const index = buildTimelineIndex(input, b);
        const { activated, deactivated } = index.changesBetween(from, to);
        const pacts = new Set(index.activeAt(from).pactIds);
        const members = new Set<Membership>(index.activeAt(from).memberships);
        // Every change must be real: nothing switched off that was off, nothing switched on that was on.
        for (const id of deactivated.pactIds) expect(pacts.delete(id)).toBe(true);
        for (const m of deactivated.memberships) expect(members.delete(m)).toBe(true);
        for (const id of activated.pactIds) {
          expect(pacts.has(id)).toBe(false);
          pacts.add(id);
        }
        for (const m of activated.memberships) {
          expect(members.has(m)).toBe(false);
          members.add(m);
        }
        const target = index.activeAt(to);
        expect(pacts).toEqual(new Set(target.pactIds));
        expect(members).toEqual(new Set(target.memberships));
      }),
      RUNS,
    );
  });

  it('lists as undated exactly the pacts without a start event', () => {
    fc.assert(
      fc.property(world, basis, (input, b) => {
        const starters = new Set(['signed', 'entered-into-force', 'proposed']);
        const dated = new Set(input.events.filter((e) => starters.has(e.type)).map((e) => e.pactId));
        expect(buildTimelineIndex(input, b).undated).toEqual(
          input.pacts.map((p) => p.id).filter((id) => !dated.has(id)),
        );
      }),
      RUNS,
    );
  });
});
