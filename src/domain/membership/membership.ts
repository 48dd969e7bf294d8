import type { Member } from '../model';
import { clipToSpans, type DaySpan } from './existence';

/**
 * The membership rule, the one place it is stated: an actor is a member of a pact on day d iff
 * - the pact is active on d (its start ≤ d < its end, see ../timeline),
 * - the member had joined by d (no `joined`: a founding member, from the pact's start),
 * - it had not left (d < `left`), and
 * - the actor existed as a state on d (see ./existence).
 * Returns the spans of days on which that holds (more than one when the state's existence has gaps).
 */
export function membershipDays(
  pact: DaySpan,
  member: Pick<Member, 'joined' | 'left'>,
  existence: readonly DaySpan[],
  dayOf: (iso: string) => number,
): DaySpan[] {
  // Math.max with NaN stays NaN, so members of undated pacts are never members.
  const start = member.joined === undefined ? pact.start : Math.max(pact.start, dayOf(member.joined));
  const end = member.left === undefined ? pact.end : Math.min(pact.end, dayOf(member.left));
  if (!(start < end)) return [];
  return clipToSpans(start, end, existence);
}

/** Where a member record stands on a day: a member then, a member only before it, or only after it. */
export type MemberStanding = 'current' | 'earlier' | 'later' | 'never';

/** Classifies a member record's spans (from membershipDays) against `day`. */
export function memberStanding(days: readonly DaySpan[], day: number): MemberStanding {
  if (days.some((s) => s.start <= day && day < s.end)) return 'current';
  if (days.some((s) => s.start > day)) return 'later';
  if (days.length) return 'earlier';
  return 'never';
}
