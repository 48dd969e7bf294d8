import { COLLECTION_NAMES } from '../../domain/model/schema';
import { issueAt, type CheckContext } from './collections';
import type { RecordRef, ValidationIssue } from './issues';

/** Ids must be unique within a collection, or references to them would be ambiguous. */
export function checkUniqueIds(ctx: CheckContext): ValidationIssue[] {
  return COLLECTION_NAMES.flatMap((collection) => {
    const first = new Map<string, RecordRef>();
    const issues: ValidationIssue[] = [];
    for (const { ref, record } of ctx.parsed[collection]) {
      const earlier = first.get(record.id);
      if (earlier === undefined) first.set(record.id, ref);
      else
        issues.push(
          issueAt(
            ctx.dataDir,
            ref,
            'id',
            `duplicate id "${record.id}" (first used by ${collection}[${earlier.index}])`,
          ),
        );
    }
    return issues;
  });
}
