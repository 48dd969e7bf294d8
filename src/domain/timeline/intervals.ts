import { existenceDays } from '../membership/existence';
import { membershipDays } from '../membership/membership';
import type { Membership, StartEventType, TimelineBasis, TimelineInput } from './types';

const START_PRECEDENCE: Record<TimelineBasis, readonly StartEventType[]> = {
  signed: ['signed', 'entered-into-force', 'proposed'],
  'in-force': ['entered-into-force', 'signed', 'proposed'],
};

interface PactDates {
  signed?: number;
  'entered-into-force'?: number;
  proposed?: number;
  end?: number;
}

/** Pact and membership intervals as parallel arrays: element i of each array describes interval i. */
export interface DerivedIntervals {
  pactIds: string[];
  pactStarts: Float64Array;
  pactEnds: Float64Array;
  startEvents: (StartEventType | undefined)[];
  /** One entry per membership span: a member record whose state's existence has a gap has several. */
  memberships: Membership[];
  memberStarts: Float64Array;
  memberEnds: Float64Array;
  /** Actors with an existence list, one entry per span in which they existed (others exist at every date). */
  actorIds: string[];
  actorStarts: Float64Array;
  actorEnds: Float64Array;
}

/** Builds the `pactId/actorId` key of a membership. */
export function membershipKey(pactId: string, actorId: string): string {
  return `${pactId}/${actorId}`;
}

/** Turns pacts, members and dated events into half-open day intervals (NaN start = undated). */
export function deriveIntervals(
  input: TimelineInput,
  basis: TimelineBasis,
  dayOf: (iso: string) => number,
): DerivedIntervals {
  const dates = earliestDates(input.events, dayOf);
  const n = input.pacts.length;
  const existence = new Map((input.actors ?? []).map((a) => [a.id, existenceDays(a, dayOf)] as const));
  const out: DerivedIntervals = {
    pactIds: [],
    pactStarts: new Float64Array(n),
    pactEnds: new Float64Array(n),
    startEvents: [],
    memberships: [],
    memberStarts: new Float64Array(0),
    memberEnds: new Float64Array(0),
    actorIds: [],
    actorStarts: new Float64Array(0),
    actorEnds: new Float64Array(0),
  };
  const memberStarts: number[] = [];
  const memberEnds: number[] = [];
  input.pacts.forEach((pact, i) => {
    const known = dates.get(pact.id) ?? {};
    const startEvent = START_PRECEDENCE[basis].find((type) => known[type] !== undefined);
    const start = startEvent === undefined ? NaN : (known[startEvent] as number);
    const end = known.end ?? Infinity;
    out.pactIds.push(pact.id);
    out.pactStarts[i] = start;
    out.pactEnds[i] = end;
    out.startEvents.push(startEvent);
    for (const member of pact.members) {
      const membership = Object.freeze({
        key: membershipKey(pact.id, member.actorId),
        pactId: pact.id,
        actorId: member.actorId,
      });
      const spans = membershipDays({ start, end }, member, existence.get(member.actorId) ?? ALWAYS, dayOf);
      // A membership that never holds (undated pact, a state that never existed then) keeps one empty
      // interval, so every member record is known to the index.
      for (const span of spans.length ? spans : [{ start: NaN, end: NaN }]) {
        out.memberships.push(membership);
        memberStarts.push(span.start);
        memberEnds.push(span.end);
      }
    }
  });
  out.memberStarts = Float64Array.from(memberStarts);
  out.memberEnds = Float64Array.from(memberEnds);
  const actorStarts: number[] = [];
  const actorEnds: number[] = [];
  for (const [actorId, spans] of existence) {
    for (const span of spans) {
      out.actorIds.push(actorId);
      actorStarts.push(span.start);
      actorEnds.push(span.end);
    }
  }
  out.actorStarts = Float64Array.from(actorStarts);
  out.actorEnds = Float64Array.from(actorEnds);
  return out;
}

const ALWAYS = [{ start: -Infinity, end: Infinity }] as const;

function earliestDates(
  events: TimelineInput['events'],
  dayOf: (iso: string) => number,
): Map<string, PactDates> {
  const byPact = new Map<string, PactDates>();
  for (const event of events) {
    const key = dateSlot(event.type);
    if (key === undefined) continue;
    let dates = byPact.get(event.pactId);
    if (!dates) byPact.set(event.pactId, (dates = {}));
    const day = dayOf(event.date);
    const seen = dates[key];
    if (seen === undefined || day < seen) dates[key] = day;
  }
  return byPact;
}

function dateSlot(type: TimelineInput['events'][number]['type']): keyof PactDates | undefined {
  switch (type) {
    case 'signed':
    case 'entered-into-force':
    case 'proposed':
      return type;
    case 'terminated':
    case 'superseded':
      return 'end';
    default:
      return undefined;
  }
}
