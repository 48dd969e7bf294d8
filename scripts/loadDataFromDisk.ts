import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { documentSchema, type CollectionName } from '../src/domain/model/schema';
import { COLLECTION_NAMES } from '../src/domain/model/schema';
import { fileOf, type RawCollections } from '../src/io/validation/collections';
import type { ValidationIssue } from '../src/io/validation/issues';
import { parseJson } from '../src/io/validation/parseJson';
import {
  validateDataset,
  type DatasetInput,
  type ValidationResult,
} from '../src/io/validation/validateDataset';

/** What was read from a data folder, and the files that could not be read or parsed. */
export interface LoadedData {
  input: DatasetInput;
  errors: ValidationIssue[];
  /** Files whose problem is already in `errors`, so the validator's "missing collection" is redundant. */
  failedFiles: ReadonlySet<string>;
}

/** Reads `<dataDir>/*.json` and every document text they name; never throws for bad data, it reports it. */
export function loadDataFromDisk(dataDir: string): LoadedData {
  const dir = dataDir.replace(/\/+$/, '') || '.';
  const collections: RawCollections = {};
  const errors: ValidationIssue[] = [];
  for (const collection of COLLECTION_NAMES) {
    const loaded = loadCollection(collection, dir);
    if ('issue' in loaded) errors.push(loaded.issue);
    else collections[collection] = loaded.value;
  }
  const documentTexts = loadDocumentTexts(collections.documents, dir, errors);
  return { input: { collections, documentTexts }, errors, failedFiles: new Set(errors.map((e) => e.file)) };
}

function loadCollection(
  collection: CollectionName,
  dir: string,
): { value: unknown } | { issue: ValidationIssue } {
  const file = fileOf(collection, dir);
  const text = readText(file);
  if (typeof text !== 'string') return { issue: { file, path: '', message: text.message } };
  const parsed = parseJson(text);
  if (parsed.ok) return { value: parsed.value };
  const issue = {
    file,
    path: `line ${parsed.line}, column ${parsed.column}`,
    message: `invalid JSON: ${parsed.reason}`,
  };
  return { issue };
}

// Only the two fields needed to find the file; the rest of the record is the validator's business.
const documentFileSchema = z.object({ id: z.string(), file: documentSchema.shape.file });

function loadDocumentTexts(raw: unknown, dir: string, errors: ValidationIssue[]): Map<string, string> {
  const texts = new Map<string, string>();
  if (!Array.isArray(raw)) return texts;
  for (const value of raw) {
    const document = documentFileSchema.safeParse(value);
    if (!document.success) continue;
    const file = join(dir, document.data.file);
    const text = readText(file);
    if (typeof text === 'string') texts.set(document.data.id, text);
    // A missing file is reported by the validator against the document that names it.
    else if (!text.missing) errors.push({ file, path: '', message: text.message });
  }
  return texts;
}

function readText(file: string): string | { missing: boolean; message: string } {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'ENOENT') return { missing: true, message: 'file not found' };
    return {
      missing: false,
      message: `cannot be read (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}

/** Loads and validates a data folder: read problems and data problems together, each reported once. */
export function validateDataDir(dataDir: string): { loaded: LoadedData; result: ValidationResult } {
  const loaded = loadDataFromDisk(dataDir);
  const validated = validateDataset(loaded.input, { dataDir: dataDir.replace(/\/+$/, '') || '.' });
  if (validated.ok && loaded.errors.length === 0) return { loaded, result: validated };
  const redundant = (issue: ValidationIssue) => !issue.record && loaded.failedFiles.has(issue.file);
  const dataErrors = validated.ok ? [] : validated.errors.filter((issue) => !redundant(issue));
  const errors = [...loaded.errors, ...dataErrors];
  return { loaded, result: { ok: false, errors, warnings: validated.warnings } };
}
