import { issueAt, type CheckContext } from './collections';
import { dateRange } from './dateRange';
import type { ValidationIssue } from './issues';

const NEVER = Number.POSITIVE_INFINITY;

/**
 * A state is listed once per membership: two entries of one state that overlap in time (two undated ones always
 * do) are a duplicate. A state that left and joined again has two entries that do not overlap, which is fine.
 * Sorted per state, so 100,000 entries over 3 states cost n log n, not n².
 */
export function checkDuplicateMembers(ctx: CheckContext): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const pact of ctx.parsed.pacts) {
    const byActor = new Map<string, { index: number; from: number; to: number }[]>();
    pact.record.members.forEach((member, index) => {
      const from = member.joined === undefined ? -NEVER : (dateRange(member.joined)?.first ?? -NEVER);
      const to = member.left === undefined ? NEVER : (dateRange(member.left)?.first ?? NEVER);
      const list = byActor.get(member.actorId) ?? [];
      list.push({ index, from, to });
      byActor.set(member.actorId, list);
    });
    for (const [actorId, spans] of byActor) {
      if (spans.length < 2) continue;
      spans.sort((a, b) => a.from - b.from || a.index - b.index);
      let open = spans[0];
      for (const span of spans.slice(1)) {
        if (open && span.from < open.to)
          issues.push(
            issueAt(
              ctx.dataDir,
              pact.ref,
              `members[${span.index}].actorId`,
              `"${actorId}" is listed again while already a member (as members[${open.index}]); list a state once per membership`,
            ),
          );
        if (!open || span.to > open.to) open = span;
      }
    }
  }
  return issues;
}
