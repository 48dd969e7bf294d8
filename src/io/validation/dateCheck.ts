import { parsePreciseDate } from '../../domain/dates';
import { issueAt, type CheckContext, type Entry } from './collections';
import type { RecordRef, ValidationIssue } from './issues';

interface DateField {
  ref: RecordRef;
  path: string;
  value: string | undefined;
}

/** Every date field must be a real calendar date: the schema only checks its shape, so "2024-13-01" gets this far. */
export function checkDates(ctx: CheckContext): ValidationIssue[] {
  return dateFields(ctx)
    .filter((field): field is DateField & { value: string } => field.value !== undefined)
    .filter((field) => parsePreciseDate(field.value) === null)
    .map((field) => issueAt(ctx.dataDir, field.ref, field.path, `"${field.value}" is not a valid date`));
}

function dateFields({ parsed }: CheckContext): DateField[] {
  const field = (entry: Entry<unknown>, path: string, value: string | undefined): DateField => ({
    ref: entry.ref,
    path,
    value,
  });
  return [
    ...parsed.documents.map((e) => field(e, 'published', e.record.published)),
    ...parsed.actors.flatMap((e) => [
      field(e, 'nuclear.since', e.record.nuclear?.since),
      field(e, 'nuclear.until', e.record.nuclear?.until),
      field(e, 'dissolved', e.record.dissolved),
    ]),
    ...parsed.pacts.flatMap((e) =>
      e.record.members.flatMap((member, i) => [
        field(e, `members[${i}].joined`, member.joined),
        field(e, `members[${i}].left`, member.left),
      ]),
    ),
    ...parsed.events.map((e) => field(e, 'date', e.record.date)),
    ...parsed.rivalries.map((e) => field(e, 'since', e.record.since)),
  ];
}
