import type { z } from 'zod';
import { COLLECTION_NAMES, type CollectionName } from '../../domain/model/schema';
import {
  RECORD_SCHEMAS,
  fileOf,
  type Entry,
  type ParsedCollections,
  type RawCollections,
} from './collections';
import { rowChecked, rowsToCheck } from '../import/progress';
import { formatPath, show, type RecordRef, type ValidationIssue } from './issues';

/** Records that passed their schema, ids seen in the raw data, and the schema problems. */
export interface SchemaResult {
  parsed: ParsedCollections;
  knownIds: Record<CollectionName, ReadonlySet<string> | null>;
  incomplete: ReadonlySet<CollectionName>;
  issues: ValidationIssue[];
}

/** Checks every record of every collection against its zod schema, record by record, so one bad record hides nothing else. */
export function checkSchemas(raw: RawCollections, dataDir: string): SchemaResult {
  // An import in the worker shows records checked (the sink is unset anywhere else).
  rowsToCheck(
    COLLECTION_NAMES.reduce((sum, c) => sum + (Array.isArray(raw[c]) ? (raw[c] as unknown[]).length : 0), 0),
    'records',
  );
  const results = {
    documents: checkCollection('documents', RECORD_SCHEMAS.documents, raw.documents, dataDir),
    passages: checkCollection('passages', RECORD_SCHEMAS.passages, raw.passages, dataDir),
    actors: checkCollection('actors', RECORD_SCHEMAS.actors, raw.actors, dataDir),
    pacts: checkCollection('pacts', RECORD_SCHEMAS.pacts, raw.pacts, dataDir),
    events: checkCollection('events', RECORD_SCHEMAS.events, raw.events, dataDir),
    rivalries: checkCollection('rivalries', RECORD_SCHEMAS.rivalries, raw.rivalries, dataDir),
  };
  const parsed: ParsedCollections = {
    documents: results.documents.entries,
    passages: results.passages.entries,
    actors: results.actors.entries,
    pacts: results.pacts.entries,
    events: results.events.entries,
    rivalries: results.rivalries.entries,
  };
  const knownIds = {
    documents: results.documents.ids,
    passages: results.passages.ids,
    actors: results.actors.ids,
    pacts: results.pacts.ids,
    events: results.events.ids,
    rivalries: results.rivalries.ids,
  };
  const issues = COLLECTION_NAMES.flatMap((collection) => results[collection].issues);
  const incomplete = new Set(COLLECTION_NAMES.filter((collection) => results[collection].issues.length > 0));
  return { parsed, knownIds, incomplete, issues };
}

interface CollectionResult<T> {
  entries: Entry<T>[];
  ids: ReadonlySet<string> | null;
  issues: ValidationIssue[];
}

function checkCollection<T>(
  collection: CollectionName,
  schema: z.ZodType<T>,
  raw: unknown,
  dataDir: string,
): CollectionResult<T> {
  const file = fileOf(collection, dataDir);
  if (!Array.isArray(raw)) {
    const issue = {
      file,
      path: '',
      message: `expected a JSON array of ${collection} records, got ${describe(raw)}`,
    };
    return { entries: [], ids: null, issues: [issue] };
  }
  const result: CollectionResult<T> & { ids: Set<string> } = { entries: [], ids: new Set(), issues: [] };
  raw.forEach((value: unknown, index) => {
    rowChecked();
    const id = rawId(value);
    if (id !== undefined) result.ids.add(id);
    const ref: RecordRef = id === undefined ? { collection, index } : { collection, index, id };
    const parsed = schema.safeParse(value);
    if (parsed.success) result.entries.push({ ref, record: parsed.data });
    else
      for (const zodIssue of parsed.error.issues) result.issues.push(...toIssues(zodIssue, value, file, ref));
  });
  return result;
}

function rawId(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('id' in value)) return undefined;
  return typeof value.id === 'string' ? value.id : undefined;
}

function toIssues(issue: z.core.$ZodIssue, record: unknown, file: string, ref: RecordRef): ValidationIssue[] {
  const at = (path: readonly PropertyKey[], message: string): ValidationIssue => ({
    file,
    record: ref,
    path: formatPath(path),
    message,
  });
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => at([...issue.path, key], 'unexpected field (not in the schema)'));
  }
  return [at(issue.path, describeIssue(issue, valueAt(record, issue.path)))];
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? `missing (expected ${issue.expected})`
        : `expected ${issue.expected}, got ${describe(value)}`;
    case 'invalid_value':
      return `${show(value)} is not allowed (expected one of ${issue.values.map((v) => show(v)).join(', ')})`;
    default:
      return `${show(value)}: ${issue.message}`;
  }
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = Reflect.get(current, key);
  }
  return current;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  // JSON has no infinity: 1e999 parses as one, which JSON.stringify would show as "null".
  if (typeof value === 'number' && !Number.isFinite(value))
    return 'a number too large to represent (it reads as infinity)';
  return `${typeof value} ${show(value)}`;
}
