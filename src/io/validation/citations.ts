import { fileOf, issueAt, type CheckContext } from './collections';
import type { ValidationIssue } from './issues';

/**
 * Every pact and every event must cite at least one passage: nothing is shown without a source. Imported
 * records have no passages; their `origin` (file and row) is their source, so they are exempt. An event whose
 * date is from the public record may cite no passage and name its `reference` instead (checked separately).
 */
export function checkCitations(ctx: CheckContext): ValidationIssue[] {
  const fromPublicRecord = (record: object) =>
    'dateSource' in record && record.dateSource === 'public-record';
  return [...ctx.parsed.pacts, ...ctx.parsed.events].flatMap(({ ref, record }) =>
    record.passageIds.length > 0 || record.origin !== undefined || fromPublicRecord(record)
      ? []
      : [issueAt(ctx.dataDir, ref, 'passageIds', 'cites no passage (expected at least one passage id)')],
  );
}

/** Every pact needs at least one event, or it never appears on the timeline. */
export function checkPactsHaveEvents(ctx: CheckContext): ValidationIssue[] {
  // An event that failed its schema may belong to any pact; report the schema problem alone.
  if (ctx.incomplete.has('events')) return [];
  const withEvents = new Set(ctx.parsed.events.map((e) => e.record.pactId));
  return ctx.parsed.pacts.flatMap(({ ref, record }) =>
    withEvents.has(record.id)
      ? []
      : [
          issueAt(
            ctx.dataDir,
            ref,
            '',
            `has no events in ${fileOf('events', ctx.dataDir)} (expected at least one)`,
          ),
        ],
  );
}

/** Passages nobody cites are probably left over from an edit: a warning, not an error. */
export function findUnusedPassages(ctx: CheckContext): ValidationIssue[] {
  const citing = ['pacts', 'events', 'rivalries'] as const;
  if (citing.some((collection) => ctx.incomplete.has(collection))) return [];
  const cited = new Set(
    [...ctx.parsed.pacts, ...ctx.parsed.events, ...ctx.parsed.rivalries].flatMap((e) => e.record.passageIds),
  );
  return ctx.parsed.passages.flatMap(({ ref, record }) =>
    cited.has(record.id) ? [] : [issueAt(ctx.dataDir, ref, '', 'is not cited by any pact, event or rivalry')],
  );
}
