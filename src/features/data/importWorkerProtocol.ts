import type { ImportProgress, ImportResult } from '../../domain/model/importResult';

/** What the import worker sends back: progress while it reads and checks, then the result or why it failed. */
export type ImportWorkerReply =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; result: ImportResult }
  | { type: 'failed'; message: string };
