/**
 * The timeline: which pacts and memberships are active on a day, and what changes as the date moves.
 *
 * Semantics
 * - Dates are day numbers (days since 1970-01-01, see ../dates). A `YYYY` or `YYYY-MM` date counts from
 *   its first day. Every date is parsed once, when the index is built; queries never touch strings.
 * - Basis 'signed': a pact starts on its earliest `signed` event, else its earliest `entered-into-force`,
 *   else its earliest `proposed` event (such a pact is reported with `startEvent: 'proposed'`).
 * - Basis 'in-force': a pact starts on its earliest `entered-into-force` event; when it has none it falls
 *   back to `signed`, then to `proposed`, so treaties whose entry into force is not recorded still show.
 * - A pact ends on its earliest `terminated` or `superseded` event, exclusively (inactive from that day on);
 *   with neither it is open-ended. `ratified`, `suspended`, `joined` and `withdrew` events do not move spans.
 * - Membership (pact, actor) comes from the pact's member records: founding members (no `joined`) start
 *   with the pact, later ones on max(pact start, joined); all end on min(left, pact end).
 * - Everything is active on d iff start ≤ d < end. A pact with no dated start event is never active, nor
 *   are its memberships; its id is listed in `undated`.
 */
import { toDayNumber } from '../dates';
import { deriveIntervals } from './intervals';
import { EventDays } from './eventDays';
import { IntervalIndex } from './intervalIndex';
import type {
  ActiveSet,
  DaySpan,
  ExistenceChanges,
  Membership,
  PactSpan,
  TimelineBasis,
  TimelineChanges,
  TimelineInput,
} from './types';

export { membershipKey } from './intervals';
export { TIMELINE_BASES } from './types';
export type * from './types';

/** The timeline of one dataset under one basis; build once with buildTimelineIndex, query many times. */
export interface TimelineIndex {
  readonly basis: TimelineBasis;
  /** Ids of pacts with no dated start event: never active. */
  readonly undated: readonly string[];
  /** First and last event day, or undefined for a dataset without events. */
  readonly span: DaySpan | undefined;
  /** Sorted unique event days. */
  readonly eventDays: Int32Array;
  /** Pacts and memberships active on `day`: O(log n + k). */
  activeAt(day: number): ActiveSet;
  /**
   * What switches on and off moving from `fromDay` to `toDay` (either direction): O(log n + c), c = spans
   * with an end point between the two days (spans that start and end inside a jump are scanned, not returned).
   */
  changesBetween(fromDay: number, toDay: number): TimelineChanges;
  /** How many pacts are active on `day`, without building the answer: O(log n + k), no allocation. */
  activePactCount(day: number): number;
  /** The first event day after `day`. */
  nextEventDay(day: number): number | undefined;
  /** The last event day before `day`. */
  prevEventDay(day: number): number | undefined;
  /** Events per bin over the days fromDay..toDay inclusive. */
  eventHistogram(binCount: number, fromDay: number, toDay: number): number[];
  /** A pact's span under this basis, or undefined for an unknown id. */
  pactSpan(pactId: string): PactSpan | undefined;
  /** Actors that carry an existence list; every other actor exists at every date. */
  readonly existenceTracked: ReadonlySet<string>;
  /** Actors with an existence list that exist on `day` (sorted): O(log n + k). */
  existingAt(day: number): string[];
  /** Actors with an existence list that appear or vanish between two days (either direction): O(log n + c). */
  existenceChangesBetween(fromDay: number, toDay: number): ExistenceChanges;
}

/** Builds the timeline index in O(n log n) for n pacts, member records and events. */
export function buildTimelineIndex(input: TimelineInput, basis: TimelineBasis): TimelineIndex {
  const dayOf = toDayNumber;
  const d = deriveIntervals(input, basis, dayOf);
  const pacts = new IntervalIndex(d.pactStarts, d.pactEnds);
  const members = new IntervalIndex(d.memberStarts, d.memberEnds);
  const actors = new IntervalIndex(d.actorStarts, d.actorEnds);
  const actorIdsOf = (nums: number[]): string[] => {
    const ids = [...new Set(nums.map((i) => d.actorIds[i] as string))].sort();
    nums.length = 0;
    return ids;
  };
  const actorBuf: number[] = [];
  const events = new EventDays(input.events, dayOf);
  const pactNumber = new Map(d.pactIds.map((id, i) => [id, i]));
  const undated = d.pactIds.filter((_, i) => Number.isNaN(d.pactStarts[i]));

  // Scratch buffers reused by every query: only the string/object answer arrays are allocated.
  const pactBuf: number[] = [];
  const memberBuf: number[] = [];
  const answer = (): ActiveSet => {
    const result = toActiveSet(pactBuf, memberBuf, d.pactIds, d.memberships);
    pactBuf.length = 0;
    memberBuf.length = 0;
    return result;
  };
  const moved = (lo: number, hi: number, ended: boolean): ActiveSet => {
    if (ended) {
      pacts.endedBetween(lo, hi, pactBuf);
      members.endedBetween(lo, hi, memberBuf);
    } else {
      pacts.startedBetween(lo, hi, pactBuf);
      members.startedBetween(lo, hi, memberBuf);
    }
    return answer();
  };

  return {
    basis,
    undated,
    span: events.span,
    eventDays: events.days,
    activeAt(day) {
      pacts.activeAt(day, pactBuf);
      members.activeAt(day, memberBuf);
      return answer();
    },
    activePactCount: (day) => pacts.countAt(day),
    changesBetween(fromDay, toDay) {
      const lo = Math.min(fromDay, toDay);
      const hi = Math.max(fromDay, toDay);
      const started = moved(lo, hi, false);
      const ended = moved(lo, hi, true);
      return fromDay <= toDay
        ? { activated: started, deactivated: ended }
        : { activated: ended, deactivated: started };
    },
    nextEventDay: (day) => events.next(day),
    prevEventDay: (day) => events.prev(day),
    eventHistogram: (binCount, fromDay, toDay) => events.histogram(binCount, fromDay, toDay),
    existenceTracked: new Set(d.actorIds),
    existingAt(day) {
      actors.activeAt(day, actorBuf);
      return actorIdsOf(actorBuf);
    },
    existenceChangesBetween(fromDay, toDay) {
      const lo = Math.min(fromDay, toDay);
      const hi = Math.max(fromDay, toDay);
      actors.startedBetween(lo, hi, actorBuf);
      const started = actorIdsOf(actorBuf);
      actors.endedBetween(lo, hi, actorBuf);
      const ended = actorIdsOf(actorBuf);
      // A state that ends one span and starts the next inside the move (Germany 1945 → 1990) changed nothing.
      const both = new Set(started.filter((id) => ended.includes(id)));
      const appeared = started.filter((id) => !both.has(id));
      const vanished = ended.filter((id) => !both.has(id));
      return fromDay <= toDay ? { appeared, vanished } : { appeared: vanished, vanished: appeared };
    },
    pactSpan(pactId) {
      const i = pactNumber.get(pactId);
      if (i === undefined) return undefined;
      const start = d.pactStarts[i] as number;
      return {
        start: Number.isNaN(start) ? undefined : start,
        end: d.pactEnds[i] as number,
        startEvent: d.startEvents[i],
      };
    },
  };
}

function toActiveSet(
  pactNums: readonly number[],
  memberNums: readonly number[],
  pactIds: readonly string[],
  memberships: readonly Membership[],
): ActiveSet {
  return {
    pactIds: pactNums.map((i) => pactIds[i] as string),
    memberships: memberNums.map((i) => memberships[i] as Membership),
  };
}
