import type { z } from 'zod';
import type { Dataset } from '../../domain/model';
import type { originSchema } from '../schema';

/** Where an imported record came from: the file and the line its row starts on (the header is line 1). */
export type Origin = z.infer<typeof originSchema>;

/** The kinds of file the importer reads. */
export const IMPORT_FORMATS = ['atlas-json', 'cow-members', 'atop-members', 'atop-alliances'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** What people call each format in messages. */
export const FORMAT_LABELS: Record<ImportFormat, string> = {
  'atlas-json': 'an Alliance Atlas dataset (.json)',
  'cow-members': 'the Correlates of War Formal Alliances v4.1 member-level CSV (alliance_v4.1_by_member.csv)',
  'atop-members': 'the ATOP 5.1 member-level CSV (atop5_1m.csv)',
  'atop-alliances': 'the ATOP 5.1 alliance-level CSV (atop5_1a.csv)',
};

/** A file the user chose: its name, its text and, when the browser reports it, its size in bytes. */
export interface ImportFile {
  name: string;
  text: string;
  /** `File.size`; measured from the text (UTF-8) when absent. */
  size?: number;
}

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
}

/** What a CSV importer gives back: the part of ImportResult that depends on the rows. */
export interface CsvImport {
  dataset: Dataset;
  skipped: SkippedRow[];
  fatal: string | null;
}

/** Files larger than this are refused before they are read: 50 MB (the COW member file is about 0.5 MB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** A dataset with nothing in it, for imports that failed. */
export function emptyDataset(): Dataset {
  return { documents: [], passages: [], actors: [], pacts: [], events: [], rivalries: [] };
}
