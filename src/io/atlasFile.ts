import type { Dataset } from '../domain/model';
import { validateCollections } from './datasetFromFiles';
import { formatIssue } from './validation/issues';
import { parseJson } from './validation/parseJson';
import { COLLECTION_NAMES } from '../domain/model/schema';

/** Marks a file as an Alliance Atlas dataset. */
export const ATLAS_FILE_FORMAT = 'alliance-atlas-dataset';
export const ATLAS_FILE_VERSION = 1;

/**
 * One JSON file holding a whole dataset: every collection, plus `texts` with each document's full text by
 * document id (passages are checked against it and the reader shows it).
 */
export interface AtlasFile extends Dataset {
  format: typeof ATLAS_FILE_FORMAT;
  version: number;
  texts: Record<string, string>;
}

export type AtlasFileResult =
  | { ok: true; dataset: Dataset; documentTexts: ReadonlyMap<string, string>; warnings: string[] }
  | { ok: false; errors: string[] };

/** Parses and validates a dataset file; every error names the file, the record and the field. */
export function parseAtlasFile(text: string, fileName: string): AtlasFileResult {
  const json = parseJson(text);
  if (!json.ok)
    return { ok: false, errors: [`${fileName}: line ${json.line}, column ${json.column}: ${json.reason}`] };
  const root = json.value;
  if (typeof root !== 'object' || root === null || Array.isArray(root)) {
    return {
      ok: false,
      errors: [
        `${fileName}: expected an object with the dataset's collections, found ${Array.isArray(root) ? 'an array' : typeof root}`,
      ],
    };
  }
  const record = root as Record<string, unknown>;
  if (record.format !== ATLAS_FILE_FORMAT) {
    return {
      ok: false,
      errors: [
        `${fileName}: format: expected "${ATLAS_FILE_FORMAT}", found ${JSON.stringify(record.format ?? null)}`,
      ],
    };
  }
  const missing = COLLECTION_NAMES.filter((name) => !Array.isArray(record[name]));
  if (missing.length)
    return { ok: false, errors: missing.map((name) => `${fileName}: ${name}: expected an array of ${name}`) };
  const texts = record.texts ?? {};
  if (typeof texts !== 'object' || texts === null || Array.isArray(texts))
    return { ok: false, errors: [`${fileName}: texts: expected an object of document texts by document id`] };
  const byFile = textsByFile(record.documents as unknown[], texts as Record<string, unknown>);
  const collections = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, record[name]]));
  const result = validateCollections(collections, byFile);
  // Messages name the one file the user chose, not our data folder's file for each collection.
  const rename = (issue: Parameters<typeof formatIssue>[0]) => formatIssue({ ...issue, file: fileName });
  if (!result.ok) return { ok: false, errors: result.errors.map(rename) };
  return {
    ok: true,
    dataset: result.dataset,
    documentTexts: result.documentTexts,
    warnings: result.warnings.map(rename),
  };
}

function textsByFile(documents: unknown[], texts: Record<string, unknown>): Map<string, string> {
  const byFile = new Map<string, string>();
  for (const doc of documents) {
    if (typeof doc !== 'object' || doc === null) continue;
    const { id, file } = doc as { id?: unknown; file?: unknown };
    const text = typeof id === 'string' ? texts[id] : undefined;
    if (typeof file === 'string' && typeof text === 'string') byFile.set(file, text);
  }
  return byFile;
}

/** Writes a dataset and its document texts as one file that parseAtlasFile reads back unchanged. */
export function serializeAtlasFile(dataset: Dataset, documentTexts: ReadonlyMap<string, string>): string {
  const file: AtlasFile = {
    format: ATLAS_FILE_FORMAT,
    version: ATLAS_FILE_VERSION,
    ...dataset,
    texts: Object.fromEntries(documentTexts),
  };
  return JSON.stringify(file);
}
