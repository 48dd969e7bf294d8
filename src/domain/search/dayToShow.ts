import { toDayNumber } from '../dates';
import type { Pact } from '../model';
import type { TimelineIndex } from '../timeline';

type Span = { start: number; end: number };

/** The day in the spans nearest to `day`: `day` itself when inside one, else the nearest start or last day. */
function nearestIn(spans: readonly Span[], day: number): number | undefined {
  let best: number | undefined;
  for (const { start, end } of spans) {
    if (!(start < end)) continue;
    const candidate = day < start ? start : day >= end ? end - 1 : day;
    if (best === undefined || Math.abs(candidate - day) < Math.abs(best - day)) best = candidate;
  }
  return best;
}

/** The day to show a pact on: `day` when it is in force then, else the nearest day it is. */
export function dayToShowPact(index: TimelineIndex, pactId: string, day: number): number {
  const span = index.pactSpan(pactId);
  if (span?.start === undefined) return day;
  return nearestIn([{ start: span.start, end: span.end }], day) ?? day;
}

/** The day to show a state on: `day` when it is in a pact then, else the nearest day it is in one. */
export function dayToShowActor(
  index: TimelineIndex,
  pacts: readonly Pact[],
  actorId: string,
  day: number,
): number {
  const spans: Span[] = [];
  for (const pact of pacts) {
    const span = index.pactSpan(pact.id);
    if (span?.start === undefined) continue;
    for (const member of pact.members) {
      if (member.actorId !== actorId) continue;
      const start = Math.max(span.start, member.joined ? toDayNumber(member.joined) : -Infinity);
      const end = Math.min(span.end, member.left ? toDayNumber(member.left) : Infinity);
      spans.push({ start, end });
    }
  }
  return nearestIn(spans, day) ?? day;
}
