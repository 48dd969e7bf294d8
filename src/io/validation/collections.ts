import type { z } from 'zod';
import { COLLECTION_FILES } from '../collectionFiles';
import {
  actorSchema,
  documentSchema,
  eventSchema,
  pactSchema,
  passageSchema,
  rivalrySchema,
  type CollectionName,
} from '../../domain/model/schema';
import type { RecordRef, ValidationIssue } from './issues';

/** The schema of one record of each collection; the files hold arrays of these. */
export const RECORD_SCHEMAS = {
  documents: documentSchema,
  passages: passageSchema,
  actors: actorSchema,
  pacts: pactSchema,
  events: eventSchema,
  rivalries: rivalrySchema,
} as const;

export type RecordOf<K extends CollectionName> = z.infer<(typeof RECORD_SCHEMAS)[K]>;

/** A record that passed its schema, with where it came from. */
export interface Entry<T> {
  ref: RecordRef;
  record: T;
}

export type ParsedCollections = { [K in CollectionName]: Entry<RecordOf<K>>[] };

/** The raw parsed JSON of each file; a collection left out is reported as missing. */
export type RawCollections = Partial<Record<CollectionName, unknown>>;

/** What every check reads: the records that passed the schema and everything needed to report. */
export interface CheckContext {
  dataDir: string;
  parsed: ParsedCollections;
  /** Ids of every raw record, valid or not, so a broken record does not also make its references dangle; null when the collection itself is missing. */
  knownIds: Record<CollectionName, ReadonlySet<string> | null>;
  /** Collections that are missing or have a record that failed its schema: checks that need all of one skip it. */
  incomplete: ReadonlySet<CollectionName>;
  documentTexts: ReadonlyMap<string, string>;
}

/** The file a collection lives in, relative to where the validator was run (`data/events.json`). */
export function fileOf(collection: CollectionName, dataDir: string): string {
  return `${dataDir}/${COLLECTION_FILES[collection].replace(/^data\//, '')}`;
}

/** Builds an issue located at a field of a record. */
export function issueAt(dataDir: string, ref: RecordRef, path: string, message: string): ValidationIssue {
  return { file: fileOf(ref.collection, dataDir), record: ref, path, message };
}

/** Indexes entries by id; with duplicate ids the first wins (duplicates are reported separately). */
export function byId<T extends { id: string }>(entries: readonly Entry<T>[]): Map<string, Entry<T>> {
  const map = new Map<string, Entry<T>>();
  for (const entry of entries) if (!map.has(entry.record.id)) map.set(entry.record.id, entry);
  return map;
}
