import { IMPORT_MODES } from '../domain/model/datasetSource';
import { COLLECTION_NAMES } from '../domain/model/schema';
import { formatIssue } from './validation/issues';
import { validateDataset } from './validation/validateDataset';
import type { SavedImport } from './savedImport';

/** A saved import that passed every check of an import, or why it cannot be opened (plain sentences). */
export type SavedCheck =
  | { ok: true; saved: SavedImport; documentTexts: ReadonlyMap<string, string> }
  | { ok: false; label: string; problems: string[] };

const DEFAULT_LABEL = 'saved dataset';

/** How a saved record is named in messages: its label when it has one. */
export function savedLabel(value: unknown): string {
  const label =
    typeof value === 'object' && value !== null ? (value as { label?: unknown }).label : undefined;
  return typeof label === 'string' && label !== '' ? label.slice(0, 120) : DEFAULT_LABEL;
}

/** Checks the record's envelope only: version, label, mode, a dataset object and document texts as [id, text] pairs. */
export function checkSavedEnvelope(
  value: unknown,
): { ok: true; saved: SavedImport } | { ok: false; problems: string[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, problems: ['the stored record is not a saved dataset (expected an object)'] };
  const v = value as Record<string, unknown>;
  const problems: string[] = [];
  if (v.version !== 1) problems.push(`version: expected 1, found ${JSON.stringify(v.version) ?? 'nothing'}`);
  if (typeof v.label !== 'string') problems.push('label: expected the file name as text');
  if (!(IMPORT_MODES as readonly unknown[]).includes(v.mode))
    problems.push(`mode: expected ${IMPORT_MODES.map((m) => `"${m}"`).join(' or ')}`);
  if (typeof v.dataset !== 'object' || v.dataset === null || Array.isArray(v.dataset))
    problems.push('dataset: expected an object with the dataset’s collections');
  if (!Array.isArray(v.documentTexts))
    problems.push('documentTexts: expected a list of [document id, text] pairs');
  else
    v.documentTexts.forEach((pair: unknown, i) => {
      if (
        !Array.isArray(pair) ||
        pair.length !== 2 ||
        typeof pair[0] !== 'string' ||
        typeof pair[1] !== 'string'
      )
        problems.push(`documentTexts[${i}]: expected a [document id, text] pair of texts`);
    });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, saved: value as SavedImport };
}

/**
 * Checks a record read back from storage as strictly as a file being imported: a partial write, an older
 * version or a hand edit must be found here, before anything is drawn, not when a panel first shows a field.
 * Never throws.
 */
export function checkSavedImport(value: unknown): SavedCheck {
  const label = savedLabel(value);
  try {
    const envelope = checkSavedEnvelope(value);
    if (!envelope.ok) return { ok: false, label, problems: envelope.problems };
    const { saved } = envelope;
    const raw = saved.dataset as unknown as Record<string, unknown>;
    const collections = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, raw[name]]));
    const documentTexts = new Map(saved.documentTexts);
    const result = validateDataset({ collections, documentTexts });
    if (!result.ok)
      return {
        ok: false,
        label,
        // The validator names our data folder's files; a saved record has collections, not files.
        problems: result.errors.map((issue) =>
          formatIssue({
            ...issue,
            file: 'dataset',
            message: issue.message.replace(/ in data\/(\w+)\.json\b/g, ' among its $1'),
          }),
        ),
      };
    return { ok: true, saved: { ...saved, dataset: result.dataset }, documentTexts };
  } catch (error) {
    // The validator should report, not throw; if it ever throws, the record is still not opened.
    return {
      ok: false,
      label,
      problems: [`it could not be checked: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
}

/**
 * A set-aside record as a file to repair and import again: an Alliance Atlas dataset file when it holds a dataset
 * object, else the record itself as JSON. Nothing in it is dropped.
 */
export function setAsideFileText(record: unknown): string {
  try {
    const v = (typeof record === 'object' && record !== null ? record : {}) as Record<string, unknown>;
    const dataset = v.dataset;
    if (typeof dataset !== 'object' || dataset === null || Array.isArray(dataset))
      return JSON.stringify(record ?? null);
    const pairs = Array.isArray(v.documentTexts) ? (v.documentTexts as unknown[]) : [];
    const texts = Object.fromEntries(
      pairs
        .filter((p): p is [string, unknown] => Array.isArray(p) && typeof p[0] === 'string')
        .map(([id, text]) => [id, text]),
    );
    return JSON.stringify({ format: 'alliance-atlas-dataset', version: 1, ...dataset, texts });
  } catch (error) {
    return JSON.stringify({
      error: `the record could not be written out: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
}
