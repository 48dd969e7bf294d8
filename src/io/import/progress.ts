import type { ImportProgress } from '../../domain/model/importResult';

export type { ImportProgress };

type Sink = (progress: ImportProgress) => void;

// The importers are synchronous and pure; a worker that runs them sets a sink to hear how far they are.
let sink: Sink | null = null;
let checking: { done: number; total: number; unit: 'rows' | 'records' } = { done: 0, total: 0, unit: 'rows' };

/** Where progress goes while an import runs (null: nowhere). Set by the import worker only. */
export function setProgressSink(next: Sink | null): void {
  sink = next;
  checking = { done: 0, total: 0, unit: 'rows' };
}

/** A table of `rows` rows (or a file of `rows` records) is about to be checked. */
export function rowsToCheck(rows: number, unit: 'rows' | 'records' = 'rows'): void {
  checking = { done: checking.done, total: checking.total + rows, unit };
  sink?.({ phase: 'checking', ...checking });
}

/** One more row or record checked (the sink decides how often to pass it on). */
export function rowChecked(): void {
  if (!sink) return;
  checking.done += 1;
  sink({ phase: 'checking', ...checking });
}
