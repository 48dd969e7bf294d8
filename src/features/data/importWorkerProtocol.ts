import type { Dataset } from '../../domain/model';
import type { ImportProgress, ImportResult } from '../../domain/model/importResult';

/** The dataset's collections, in the order the worker sends them. */
export const DATASET_COLLECTIONS = ['documents', 'passages', 'actors', 'pacts', 'events', 'rivalries'] as const;
export type DatasetCollection = (typeof DATASET_COLLECTIONS)[number];

/**
 * Records per message. The page deserialises each message in one task: the whole ATOP 5.1 result at once took
 * up to 93 ms of the page's main thread; a part of this size takes a few, and the page draws frames in between.
 */
export const RECORDS_PER_PART = 500;

/** A slice of one collection of the result's dataset. */
export type DatasetPart = { [K in DatasetCollection]: { collection: K; records: Dataset[K] } }[DatasetCollection];

/**
 * What the import worker sends back: progress while it reads and checks, then the dataset in parts, then the rest
 * of the result (its dataset empty: the parts are it), or why it failed.
 */
export type ImportWorkerReply =
  | { type: 'progress'; progress: ImportProgress }
  | ({ type: 'part' } & DatasetPart)
  | { type: 'done'; result: ImportResult }
  | { type: 'failed'; message: string };

/** The messages that carry a result: its dataset in parts of at most `size` records, then the rest. */
export function resultInParts(result: ImportResult, size = RECORDS_PER_PART): ImportWorkerReply[] {
  const parts: ImportWorkerReply[] = [];
  const slices = <K extends DatasetCollection>(collection: K) => {
    const records = result.dataset[collection];
    for (let at = 0; at < records.length; at += size)
      parts.push({ type: 'part', collection, records: records.slice(at, at + size) } as ImportWorkerReply);
  };
  for (const collection of DATASET_COLLECTIONS) slices(collection);
  const dataset = Object.fromEntries(DATASET_COLLECTIONS.map((c) => [c, []])) as unknown as Dataset;
  parts.push({ type: 'done', result: { ...result, dataset } });
  return parts;
}

/** Collects a result's parts as they arrive; `complete` puts the dataset back into the result. */
export function resultAssembler(): { add: (part: DatasetPart) => void; complete: (result: ImportResult) => ImportResult } {
  const collected = Object.fromEntries(DATASET_COLLECTIONS.map((c) => [c, [] as unknown[]])) as Record<
    DatasetCollection,
    unknown[]
  >;
  return {
    add: (part) => {
      const into = collected[part.collection];
      for (const record of part.records) into.push(record);
    },
    complete: (result) => ({ ...result, dataset: { ...result.dataset, ...collected } as Dataset }),
  };
}
