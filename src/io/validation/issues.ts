import { COLLECTION_NAMES, type CollectionName } from '../../domain/model/schema';
import { spellOutInvisible } from '../../domain/text/cleanText';

/** Where a record sits: its collection, its index in the file's array and its id when it has one. */
export interface RecordRef {
  collection: CollectionName;
  index: number;
  id?: string;
}

/** One problem found in the data, located precisely enough to fix without searching. */
export interface ValidationIssue {
  /** The file as the user would open it, e.g. `data/events.json`. */
  file: string;
  record?: RecordRef;
  /** Field path inside the record, e.g. `members[2].actorId`; empty for the whole record. */
  path: string;
  message: string;
}

/** Formats an issue as `<file>: <collection>[<index>] (<id>).<path>: <message>`. */
export function formatIssue(issue: ValidationIssue): string {
  return `${issue.file}: ${formatLocation(issue.record, issue.path)}${issue.message}`;
}

function formatLocation(record: RecordRef | undefined, path: string): string {
  if (!record) return path ? `${path}: ` : '';
  const id = record.id === undefined ? '' : ` (${record.id})`;
  const field = path === '' ? '' : path.startsWith('[') ? path : `.${path}`;
  return `${record.collection}[${record.index}]${id}${field}: `;
}

/** Turns a zod-style path (`['members', 2, 'actorId']`) into `members[2].actorId`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return (
    path
      // A key from the data may hold a line break or a bidi control: spelled out, it cannot break the message apart.
      .map((key, i) =>
        typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${spellOutInvisible(String(key))}`,
      )
      .join('')
  );
}

/** Quotes a value from the data for a message: strings in double quotes, the rest as JSON. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'a number too large to represent';
  let json: string;
  try {
    json = JSON.stringify(value);
  } catch {
    // JSON.stringify recurses: a value nested thousands deep overflows the stack.
    return 'a value nested too deeply to show';
  }
  // JSON escapes controls but not bidi overrides, which would reorder the rest of the message.
  const shown = spellOutInvisible(json);
  return shown.length > 80 ? `${shown.slice(0, 77)}...` : shown;
}

const COLLECTION_ORDER: readonly string[] = COLLECTION_NAMES;

/** Orders issues the way a person fixes them: whole files first, then record by record; checks keep their order within a record. */
export function sortIssues(issues: readonly ValidationIssue[]): ValidationIssue[] {
  const rank = ({ record }: ValidationIssue): [number, number] =>
    record ? [COLLECTION_ORDER.indexOf(record.collection), record.index] : [-1, -1];
  return [...issues].sort((a, b) => {
    const [ca, ia] = rank(a);
    const [cb, ib] = rank(b);
    return ca - cb || ia - ib;
  });
}
