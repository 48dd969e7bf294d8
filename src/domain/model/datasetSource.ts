// Where the dataset shown comes from, as a value: code asks its kind, never compares display text.

/** How an accepted import is shown: on its own, or beside the documents' dataset. */
export const IMPORT_MODES = ['alone', 'beside'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export type DatasetSource =
  /** The dataset drawn from the five documents, bundled with the app. */
  | { kind: 'documents' }
  /** A file in our format a link names (`?dataset=<path>.json`), served beside the app. */
  | { kind: 'linked'; path: string }
  /** Files a person imported and accepted, on their own or beside the documents' dataset. */
  | { kind: 'imported'; fileLabel: string; mode: ImportMode };

export const DOCUMENTS_SOURCE: DatasetSource = { kind: 'documents' };

const DOCUMENTS_NAME = "the documents' dataset";

/** The label of imported files: their names joined (`atop5_1m.csv + atop5_1a.csv`). */
export function importLabel(fileNames: readonly string[]): string {
  return fileNames.join(' + ');
}

/** What the graph shows, in words: "the documents' dataset", a linked path, or "cow.csv beside the documents' dataset". */
export function describeSource(source: DatasetSource): string {
  switch (source.kind) {
    case 'documents':
      return DOCUMENTS_NAME;
    case 'linked':
      return source.path;
    case 'imported':
      return source.mode === 'alone' ? source.fileLabel : `${source.fileLabel} beside ${DOCUMENTS_NAME}`;
  }
}
