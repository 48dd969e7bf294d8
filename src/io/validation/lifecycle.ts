import { fileOf, issueAt, type CheckContext, type Entry, type RecordOf } from './collections';
import type { ValidationIssue } from './issues';

type ActorEntry = Entry<RecordOf<'actors'>>;
type Span = NonNullable<RecordOf<'actors'>['existence']>[number];

// ISO days of one precision compare as strings; an open end is before or after every date.
const startOf = (span: Span) => span.from ?? '';
const endOf = (span: Span) => span.until ?? '\uffff';
const range = (span: Span) => `${span.from ?? 'the start of the record'} – ${span.until ?? 'today'}`;

/**
 * States in time hold together: each existence span ends after it begins and no two overlap; `dissolved` is the day
 * the last span ends; a successor is an actor, the predecessor's existence ends on the day of the succession and the
 * successor's begins then.
 */
export function checkActorLifecycles(ctx: CheckContext): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const byId = new Map(ctx.parsed.actors.map((entry) => [entry.record.id, entry]));
  const at = (entry: ActorEntry, path: string, message: string) =>
    issues.push(issueAt(ctx.dataDir, entry.ref, path, message));
  for (const entry of ctx.parsed.actors) {
    const spans = entry.record.existence ?? [];
    spans.forEach((span, i) => {
      if (span.from !== undefined && span.until !== undefined && span.until <= span.from)
        at(entry, `existence[${i}].until`, `${span.until} is not after the span's from (${span.from})`);
      spans.forEach((other, j) => {
        if (j < i && startOf(span) < endOf(other) && startOf(other) < endOf(span))
          at(
            entry,
            `existence[${i}]`,
            `overlaps existence[${j}] (${range(other)}): an actor's existence spans must not overlap`,
          );
      });
    });
    const last = [...spans].sort((a, b) => endOf(a).localeCompare(endOf(b))).at(-1);
    const { dissolved } = entry.record;
    if (dissolved !== undefined && last && last.until !== dissolved)
      at(
        entry,
        'dissolved',
        `${dissolved}, but its existence ends ${last.until ?? 'never'} (expected dissolved to be the day its last span ends)`,
      );
    (entry.record.successors ?? []).forEach((succession, i) => {
      const successor = byId.get(succession.actorId);
      if (!successor) {
        if (ctx.knownIds.actors?.has(succession.actorId) !== true)
          at(
            entry,
            `successors[${i}].actorId`,
            `"${succession.actorId}" is not the id of any actor in ${fileOf('actors', ctx.dataDir)}`,
          );
        return;
      }
      if (last && last.until !== succession.date)
        at(
          entry,
          `successors[${i}].date`,
          `${succession.date}, but its existence ends ${last.until ?? 'never'} (expected its last span to end on the day of the succession)`,
        );
      const next = successor.record.existence;
      if (next && !next.some((span) => span.from === succession.date))
        at(
          entry,
          `successors[${i}].date`,
          `"${succession.actorId}" does not begin to exist on ${succession.date} (expected a span of its existence from the day of the succession)`,
        );
    });
  }
  return issues;
}

const END_EVENT = { terminated: 'terminated', superseded: 'superseded' } as const;

/**
 * A pact's status agrees with its events: a terminated (superseded) pact has the terminated (superseded) event that
 * dates its end, and a pact with such an event is not said to be active, proposed or suspended.
 */
export function checkPactEnds(ctx: CheckContext): ValidationIssue[] {
  if (ctx.incomplete.has('events')) return [];
  const ends = new Map<string, Set<string>>();
  for (const { record } of ctx.parsed.events)
    if (record.type === 'terminated' || record.type === 'superseded')
      ends.set(record.pactId, (ends.get(record.pactId) ?? new Set()).add(record.type));
  const issues: ValidationIssue[] = [];
  for (const { ref, record } of ctx.parsed.pacts) {
    const found = ends.get(record.id) ?? new Set<string>();
    const status = record.status;
    if (status === 'terminated' || status === 'superseded') {
      if (!found.has(END_EVENT[status]))
        issues.push(
          issueAt(
            ctx.dataDir,
            ref,
            'status',
            `"${status}" but no ${END_EVENT[status]} event dates its end (expected a "${END_EVENT[status]}" event in ${fileOf('events', ctx.dataDir)}, or another status)`,
          ),
        );
    } else if (found.size > 0)
      issues.push(
        issueAt(
          ctx.dataDir,
          ref,
          'status',
          `"${status}" but its ${[...found].join(' and ')} event ends it (expected status "${[...found][0] ?? ''}")`,
        ),
      );
  }
  return issues;
}
