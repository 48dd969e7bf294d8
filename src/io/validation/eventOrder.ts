import type { EventType } from '../../domain/model';
import { issueAt, type CheckContext } from './collections';
import { surelyBefore } from './dateRange';
import type { ValidationIssue } from './issues';
import { cite, datedEventsByPact, earliestOf, pactEnd, type DatedEvent } from './pactTimeline';

// The life of a treaty in order; an event of a later stage cannot precede the first event of an earlier one.
// Only the first of each stage is compared with, since members may ratify after the treaty entered into force.
const STAGES: readonly { types: readonly EventType[]; phrase: string }[] = [
  { types: ['signed'], phrase: 'was signed' },
  { types: ['ratified'], phrase: 'was ratified' },
  { types: ['entered-into-force'], phrase: 'entered into force' },
  { types: ['terminated', 'superseded'], phrase: 'ended' },
];

/** Within a pact: signed ≤ ratified ≤ entered into force ≤ terminated or superseded. */
export function checkEventOrder(ctx: CheckContext): ValidationIssue[] {
  return [...datedEventsByPact(ctx).values()].flatMap((events) => checkPact(ctx, events));
}

function checkPact(ctx: CheckContext, events: readonly DatedEvent[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const flagged = new Set<DatedEvent>();
  for (const event of events) {
    const stage = stageOf(event);
    for (let earlier = 0; earlier < stage; earlier++) {
      const stageInfo = STAGES[earlier];
      const first = stageInfo && earliestOf(events, stageInfo.types);
      if (!stageInfo || !first || !surelyBefore(event.range, first.range)) continue;
      issues.push(orderIssue(ctx, event, `before the pact ${stageInfo.phrase} (${cite(first)})`));
      flagged.add(event);
      break;
    }
  }
  const end = pactEnd(events);
  if (!end || flagged.has(end)) return issues;
  for (const event of events) {
    const stage = stageOf(event);
    if (stage >= 0 && stage < STAGES.length - 1 && surelyBefore(end.range, event.range))
      issues.push(orderIssue(ctx, event, `after the pact ended (${cite(end)})`));
  }
  return issues;
}

function stageOf(event: DatedEvent): number {
  const type = event.entry.record.type;
  return STAGES.findIndex((stage) => stage.types.includes(type));
}

function orderIssue(ctx: CheckContext, event: DatedEvent, what: string): ValidationIssue {
  const { type, date } = event.entry.record;
  return issueAt(ctx.dataDir, event.entry.ref, 'date', `${type} on ${date}, ${what}`);
}
