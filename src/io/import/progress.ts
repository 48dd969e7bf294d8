import type { ImportProgress } from '../../domain/model/importResult';

export type { ImportProgress };

type Sink = (progress: ImportProgress) => void;

// The importers are synchronous and pure; a worker that runs them sets a sink to hear how far they are.
let sink: Sink | null = null;
let checking = { done: 0, total: 0 };

/** Where progress goes while an import runs (null: nowhere). Set by the import worker only. */
export function setProgressSink(next: Sink | null): void {
  sink = next;
  checking = { done: 0, total: 0 };
}

/** A table of `rows` rows is about to be checked. */
export function rowsToCheck(rows: number): void {
  checking = { done: checking.done, total: checking.total + rows };
  sink?.({ phase: 'checking', ...checking });
}

/** One more row checked (the sink decides how often to pass it on). */
export function rowChecked(): void {
  if (!sink) return;
  checking.done += 1;
  sink({ phase: 'checking', done: checking.done, total: checking.total });
}
