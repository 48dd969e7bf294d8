import type { EventType, Member, Pact } from '../../domain/model';
import { issueAt, type CheckContext, type Entry } from './collections';
import { dateRange, surelyBefore, type DayRange } from './dateRange';
import type { ValidationIssue } from './issues';
import { cite, datedEventsByPact, isEnd, pactEnd, pactStart, type DatedEvent } from './pactTimeline';

interface MemberContext {
  ctx: CheckContext;
  pact: Entry<Pact>;
  events: readonly DatedEvent[];
}

/** A member's joined and left dates must fit the pact's life and be backed by the events that record them. */
export function checkMembers(ctx: CheckContext): ValidationIssue[] {
  // Without every event, a member's date may be backed by an event that failed its schema.
  if (ctx.incomplete.has('events')) return [];
  const eventsByPact = datedEventsByPact(ctx);
  return ctx.parsed.pacts.flatMap((pact) => {
    const mc: MemberContext = { ctx, pact, events: eventsByPact.get(pact.record.id) ?? [] };
    return pact.record.members.flatMap((member, i) => checkMember(mc, member, `members[${i}]`));
  });
}

function checkMember(mc: MemberContext, member: Member, path: string): ValidationIssue[] {
  const at = (field: string, message: string) =>
    issueAt(mc.ctx.dataDir, mc.pact.ref, `${path}.${field}`, message);
  const joined = member.joined === undefined ? null : dateRange(member.joined);
  const left = member.left === undefined ? null : dateRange(member.left);
  const start = pactStart(mc.events);
  const end = pactEnd(mc.events);
  const issues: ValidationIssue[] = [];
  if (joined && start && surelyBefore(joined, start.range))
    issues.push(at('joined', `${joined.iso} is before the pact existed (its first event: ${cite(start)})`));
  if (left && end && surelyBefore(end.range, left))
    issues.push(at('left', `${left.iso} is after the pact ended (${cite(end)})`));
  if (joined && left && left.last <= joined.first)
    issues.push(at('left', `${left.iso} is not after joined (${joined.iso})`));
  if (joined)
    issues.push(...matchEvent(mc, member.actorId, joined, ['joined'], false).map((m) => at('joined', m)));
  if (left && !succeededOn(mc.ctx, member.actorId, left.iso))
    issues.push(
      ...matchEvent(mc, member.actorId, left, ['withdrew', 'terminated'], true).map((m) => at('left', m)),
    );
  return issues;
}

// The date on a member must be the date of an event that lists it, so the timeline and the member list agree.
function matchEvent(
  mc: MemberContext,
  actorId: string,
  date: DayRange,
  types: readonly EventType[],
  pactEndCounts: boolean,
): string[] {
  const candidates = mc.events.filter(({ entry }) => {
    const listsActor = entry.record.actorIds?.includes(actorId) ?? false;
    return types.includes(entry.record.type) && listsActor;
  });
  const ends = pactEndCounts ? mc.events.filter(isEnd) : [];
  if ([...candidates, ...ends].some((event) => event.range.iso === date.iso)) return [];
  const names = types.map((t) => `"${t}"`).join(' or ');
  const found =
    candidates.length === 0 ? `no ${names} event lists it` : `found ${candidates.map(cite).join('; ')}`;
  const orEnd = pactEndCounts ? ', nor the pact’s termination' : '';
  return [
    `${date.iso} is not the date of any ${names} event of pact "${mc.pact.record.id}" listing "${actorId}"${orEnd} (${found})`,
  ];
}

// A state that ceased to exist and was succeeded (West Germany by Germany on 1990-10-03) leaves its pacts that
// day without withdrawing: its actor record says so, with the successor and the date.
function succeededOn(ctx: CheckContext, actorId: string, iso: string): boolean {
  const actor = ctx.parsed.actors.find((entry) => entry.record.id === actorId)?.record;
  const ended = actor?.existence?.some((span) => span.until === iso) ?? false;
  return ended && (actor?.successors?.some((s) => s.date === iso) ?? false);
}
