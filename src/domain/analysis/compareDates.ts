import type { Membership, TimelineIndex } from '../timeline';
import { compare } from './ties';

/**
 * What changed between two dates, always read from the earlier to the later one, so swapping the dates
 * gives the same answer. Lists are sorted by id (memberships by key).
 */
export interface DateComparison {
  earlier: number;
  later: number;
  /** Active on the later day, not on the earlier: started after the earlier day. */
  formed: string[];
  /** Active on the earlier day, not on the later: ended by the later day. */
  ended: string[];
  /** Active on both days. */
  continuing: string[];
  /** Started and ended between the two days: active on neither. */
  transient: string[];
  /** Memberships of continuing pacts active on the later day only (accessions). */
  joined: Membership[];
  /** Memberships of continuing pacts active on the earlier day only (withdrawals). */
  left: Membership[];
}

/** Compares the pacts and memberships active on two days (in either order); `pactIds` (every pact) finds the transient ones. */
export function compareDates(
  index: TimelineIndex,
  dayA: number,
  dayB: number,
  pactIds: Iterable<string>,
): DateComparison {
  const earlier = Math.min(dayA, dayB);
  const later = Math.max(dayA, dayB);
  const before = index.activeAt(earlier);
  const after = index.activeAt(later);
  const activeBefore = new Set(before.pactIds);
  const activeAfter = new Set(after.pactIds);
  const continuing = before.pactIds.filter((id) => activeAfter.has(id));
  const continuingSet = new Set(continuing);
  const keysBefore = new Set(before.memberships);
  const keysAfter = new Set(after.memberships);
  return {
    earlier,
    later,
    formed: sortIds(after.pactIds.filter((id) => !activeBefore.has(id))),
    ended: sortIds(before.pactIds.filter((id) => !activeAfter.has(id))),
    continuing: sortIds(continuing),
    transient: sortIds([...pactIds].filter((id) => isTransient(index, id, earlier, later))),
    joined: sortMemberships(
      after.memberships.filter((m) => continuingSet.has(m.pactId) && !keysBefore.has(m)),
    ),
    left: sortMemberships(before.memberships.filter((m) => continuingSet.has(m.pactId) && !keysAfter.has(m))),
  };
}

// Half-open spans: a pact active on neither day lived in between when it started after `earlier` and ended by `later`.
function isTransient(index: TimelineIndex, pactId: string, earlier: number, later: number): boolean {
  const span = index.pactSpan(pactId);
  if (span?.start === undefined) return false;
  return span.start > earlier && span.end <= later && span.start < span.end;
}

function sortIds(ids: string[]): string[] {
  return [...new Set(ids)].sort(compare);
}

function sortMemberships(list: Membership[]): Membership[] {
  return list.sort((x, y) => compare(x.key, y.key));
}
