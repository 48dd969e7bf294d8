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
  memberships: Membership[];
  memberStarts: Float64Array;
  memberEnds: Float64Array;
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
  const memberCount = input.pacts.reduce((sum, p) => sum + p.members.length, 0);
  const out: DerivedIntervals = {
    pactIds: [],
    pactStarts: new Float64Array(n),
    pactEnds: new Float64Array(n),
    startEvents: [],
    memberships: [],
    memberStarts: new Float64Array(memberCount),
    memberEnds: new Float64Array(memberCount),
  };
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
      const m = out.memberships.length;
      out.memberships.push(
        Object.freeze({
          key: membershipKey(pact.id, member.actorId),
          pactId: pact.id,
          actorId: member.actorId,
        }),
      );
      // Math.max with NaN stays NaN, so members of undated pacts are never active either.
      out.memberStarts[m] = member.joined === undefined ? start : Math.max(start, dayOf(member.joined));
      out.memberEnds[m] = member.left === undefined ? end : Math.min(end, dayOf(member.left));
    }
  });
  return out;
}

function earliestDates(events: TimelineInput['events'], dayOf: (iso: string) => number): Map<string, PactDates> {
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
