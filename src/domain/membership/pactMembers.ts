import { toDayNumber } from '../dates';
import type { Actor, Member, Pact } from '../model';
import { existenceDays, type DaySpan } from './existence';
import { memberStanding, membershipDays, type MemberStanding } from './membership';

/** One member record of a pact, where it stands on a day, and the days on which it is a member. */
export interface MemberAtDate {
  member: Member;
  standing: MemberStanding;
  days: DaySpan[];
}

/** A pact's member records on a day: members then, members only before, only after, and never (no dated span). */
export type PactMembersAt = Record<MemberStanding, MemberAtDate[]>;

/**
 * Sorts a pact's member records by where they stand on `day`, by the membership rule (./membership): the panel,
 * the selection on the graph and anything else that shows "the members" at a date read this.
 * `span` is the pact's active span under the timeline's basis (undefined start: never active).
 */
export function pactMembersAt(
  pact: Pick<Pact, 'members'>,
  span: { start: number | undefined; end: number } | undefined,
  actorById: ReadonlyMap<string, Pick<Actor, 'existence'>>,
  day: number,
): PactMembersAt {
  const out: PactMembersAt = { current: [], earlier: [], later: [], never: [] };
  const pactDays = { start: span?.start ?? NaN, end: span?.end ?? NaN };
  for (const member of pact.members) {
    const existence = existenceDays(actorById.get(member.actorId), toDayNumber);
    const days = membershipDays(pactDays, member, existence, toDayNumber);
    const standing = memberStanding(days, day);
    out[standing].push({ member, standing, days });
  }
  return out;
}

/** Ids of the actors that are members of the pact on `day` (unique, in member order). */
export function memberIdsAt(members: PactMembersAt): string[] {
  return [...new Set(members.current.map((m) => m.member.actorId))];
}
