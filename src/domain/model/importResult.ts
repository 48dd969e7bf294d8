import type { Dataset } from './index';

/** The kinds of file the importer reads. */
export const IMPORT_FORMATS = ['atlas-json', 'cow-members', 'atop-members', 'atop-alliances'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** A row that was left out, and why: `message` is the whole sentence, naming the file, the line and the field. */
export interface SkippedRow {
  file: string;
  line: number;
  field: string;
  message: string;
}

/**
 * What an import gives the user to decide on: the dataset that could be imported, the rows left out, and a
 * fatal problem that stops the import whole (then the dataset is empty). The user rejects or accepts it.
 */
export interface ImportResult {
  /** The format of each file, in the order given; empty when a file could not be recognised. */
  formats: ImportFormat[];
  dataset: Dataset;
  /** Document texts by document id (only an Alliance Atlas JSON file has documents). */
  documentTexts: ReadonlyMap<string, string>;
  skipped: SkippedRow[];
  /** Things worth knowing that stop nothing (e.g. passages no record cites, from an Alliance Atlas file). */
  warnings: string[];
  /** Why nothing was imported; several problems are separate lines. Null when the import worked. */
  fatal: string | null;
  /** How many rows were skipped in all, when `skipped` lists only the first ones (a capped report). */
  skippedTotal?: number;
  /** The skipped rows not listed, counted by kind (`  12,345 × line #, ccode: "…" is not a state code…`). */
  skippedKinds?: string[];
  /** Set when the whole would be too much to draw: `dataset` then holds only the earliest pacts that fit. */
  budget?: DrawBudgetNote;
  /** The dataset and release the file says it is (`COW 4.1`, `ATOP 4.01`), for a COW or ATOP import. */
  release?: string;
}

/** What an over-budget import would have drawn, the budget, and how many pacts the filtered dataset keeps. */
export interface DrawBudgetNote {
  elements: number;
  events: number;
  pacts: number;
  limit: { elements: number; events: number; pacts: number };
  kept: number;
  dropped: number;
}

/** A dataset with nothing in it, for imports that failed. */
export function emptyDataset(): Dataset {
  return { documents: [], passages: [], actors: [], pacts: [], events: [], rivalries: [] };
}

/** The result of an import stopped whole by `fatal`: nothing to accept. */
export function failedImport(fatal: string, formats: ImportFormat[] = []): ImportResult {
  return { formats, dataset: emptyDataset(), documentTexts: new Map(), skipped: [], warnings: [], fatal };
}

/** How far an import has got: bytes read of the files, then rows (or records) checked. */
export type ImportProgress = {
  phase: 'reading' | 'checking';
  done: number;
  total: number;
  /** What is counted while checking: CSV rows, or an Alliance Atlas file's records (actors, pacts, events, …). */
  unit?: 'rows' | 'records';
};
