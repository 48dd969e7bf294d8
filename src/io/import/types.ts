import type { z } from 'zod';
import type { Dataset } from '../../domain/model';
import type { ImportFormat, SkippedRow } from '../../domain/model/importResult';
import type { originSchema } from '../../domain/model/schema';

/** Where an imported record came from: the file and the line its row starts on (the header is line 1). */
export type Origin = z.infer<typeof originSchema>;

/** What people call each format in messages. */
export const FORMAT_LABELS: Record<ImportFormat, string> = {
  'atlas-json': 'an Alliance Atlas dataset (.json)',
  'cow-members': 'the Correlates of War Formal Alliances v4.1 member-level CSV (alliance_v4.1_by_member.csv)',
  // The release is read from the file's version column, not assumed (atop4_01m.csv is ATOP 4.01).
  'atop-members': 'the ATOP member-level CSV (atop5_1m.csv, atop4_01m.csv)',
  'atop-alliances': 'the ATOP alliance-level CSV (atop5_1a.csv, atop4_01a.csv)',
};

/** A file the user chose: its name, its text and, when the browser reports it, its size in bytes. */
export interface ImportFile {
  name: string;
  text: string;
  /** `File.size`; measured from the text (UTF-8) when absent. */
  size?: number;
}

/** What a CSV importer gives back: the part of ImportResult that depends on the rows. */
export interface CsvImport {
  dataset: Dataset;
  skipped: SkippedRow[];
  /** What was adjusted rather than skipped (a member dated days before its alliance), each naming file and line. */
  warnings: string[];
  fatal: string | null;
  /** The dataset and release the file says it is (`COW 4.1`, `ATOP 4.01`). */
  release?: string;
}

/** Files larger than this are refused before they are read: 50 MB (the COW member file is about 0.5 MB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
