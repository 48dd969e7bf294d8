import { parseAtlasFile } from '../atlasFile';
import { DRAW_BUDGET, drawCost, fits, fitToBudget } from './drawBudget';
import { capImportReport } from './reportCap';
import { importAtop } from './atopImport';
import { importCow } from './cowImport';
import { ACCEPTED_FORMATS, DETECT_HEAD_CHARS, detectFormat } from './detectFormat';
import {
  emptyDataset,
  failedImport,
  type ImportFormat,
  type ImportResult,
} from '../../domain/model/importResult';
import { FORMAT_LABELS, MAX_IMPORT_BYTES, type CsvImport, type ImportFile } from './types';

/** Refuses a file over MAX_IMPORT_BYTES before it is read; call it with `File.size`. Null when the size is fine. */
export function checkFileSize(name: string, bytes: number): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  const exact = `${bytes.toLocaleString('en-US')} bytes`;
  return `${name}: the file is ${megabytes(bytes)} (${exact}), more than the import limit of ${megabytes(MAX_IMPORT_BYTES)}`;
}

/**
 * The one size check of an import: the refusal naming every file over the limit, or null when all fit. The
 * worker calls it with `File.size` before reading a byte; `importFiles` with the size of the text it was given.
 */
export function refuseOversized(files: readonly { name: string; size: number }[]): ImportResult | null {
  const tooLarge = files.flatMap((f) => checkFileSize(f.name, f.size) ?? []);
  return tooLarge.length > 0 ? failedImport(tooLarge.join('\n')) : null;
}

/**
 * Imports what the user chose: one Alliance Atlas JSON file, one COW member-level CSV, or an ATOP
 * member-level CSV with, optionally, the ATOP alliance-level CSV. Never throws: every problem is a message.
 */
export function importFiles(files: readonly ImportFile[]): ImportResult {
  try {
    // Whatever the file, the report stays small and what Accept opens stays drawable.
    return capImportReport(withinDrawBudget(importChecked(files)));
  } catch (error) {
    // Every known problem is reported above; this keeps the promise for what nobody foresaw.
    const why = error instanceof Error ? error.message : String(error);
    return failedImport(`${files.map((f) => f.name).join(', ')}: could not be read (${why})`);
  }
}

/** An import over the draw budget keeps only its earliest pacts that fit, saying so; one that cannot fit at all is refused. */
function withinDrawBudget(result: ImportResult): ImportResult {
  if (result.fatal !== null) return result;
  const cost = drawCost(result.dataset);
  if (fits(cost)) return result;
  const fit = fitToBudget(result.dataset);
  const over = `${cost.elements.toLocaleString('en-US')} graph elements and ${cost.events.toLocaleString('en-US')} events (the page can draw ${DRAW_BUDGET.elements.toLocaleString('en-US')} elements, ${DRAW_BUDGET.events.toLocaleString('en-US')} events and ${DRAW_BUDGET.pacts.toLocaleString('en-US')} pacts and stay responsive)`;
  if (fit.kept === 0)
    return {
      ...failedImport(
        `Too large to draw: it would need ${over}, and not even its earliest pact fits on its own.`,
        result.formats,
      ),
      skipped: result.skipped,
    };
  return {
    ...result,
    dataset: fit.dataset,
    budget: { ...cost, limit: DRAW_BUDGET, kept: fit.kept, dropped: fit.dropped },
  };
}

function importChecked(files: readonly ImportFile[]): ImportResult {
  if (files.length === 0) return failedImport(`No file was chosen. ${ACCEPTED_FORMATS}`);
  const oversized = refuseOversized(files.map((f) => ({ name: f.name, size: f.size ?? utf8Bytes(f.text) })));
  if (oversized) return oversized;
  const detections = files.map((f) => detectFormat(f.name, f.text.slice(0, DETECT_HEAD_CHARS)));
  const unknown = detections.flatMap((d) => (d.ok ? [] : [d.message]));
  if (unknown.length > 0) return failedImport(unknown.join('\n'));
  const formats = detections.flatMap((d) => (d.ok ? [d.format] : []));
  const [first, second] = files;
  if (!first) return failedImport(`No file was chosen. ${ACCEPTED_FORMATS}`, formats);
  if (files.length === 1) return importOne(first, formats);
  const members = files[formats.indexOf('atop-members')];
  const alliances = files[formats.indexOf('atop-alliances')];
  if (files.length === 2 && second && members && alliances)
    return fromCsv(formats, importAtop(members, alliances), `${members.name} and ${alliances.name}`);
  const chosen = files.map((f, i) => `${f.name} (${FORMAT_LABELS[formats[i] ?? 'atlas-json']})`).join(', ');
  return failedImport(`Choose one dataset at a time; you chose ${chosen}. ${ACCEPTED_FORMATS}`, formats);
}

function importOne(file: ImportFile, formats: ImportFormat[]): ImportResult {
  switch (formats[0]) {
    case 'cow-members':
      return fromCsv(formats, importCow(file.text, file.name), file.name);
    case 'atop-members':
      return fromCsv(formats, importAtop(file), file.name);
    case 'atop-alliances':
      return failedImport(
        `${file.name}: this is ${FORMAT_LABELS['atop-alliances']}, which has no members; choose it together with ${FORMAT_LABELS['atop-members']}`,
        formats,
      );
    default:
      return importAtlasJson(file, formats);
  }
}

function importAtlasJson(file: ImportFile, formats: ImportFormat[]): ImportResult {
  const parsed = parseAtlasFile(file.text, file.name);
  if (!parsed.ok) return failedImport(parsed.errors.join('\n'), formats);
  return {
    formats,
    dataset: parsed.dataset,
    documentTexts: parsed.documentTexts,
    skipped: [],
    warnings: parsed.warnings,
    fatal: null,
  };
}

// Nothing to accept is not a partial import: an empty result is refused, with the rows that were skipped.
function fromCsv(formats: ImportFormat[], result: CsvImport, files: string): ImportResult {
  const base = { formats, documentTexts: new Map<string, string>(), warnings: result.warnings };
  if (result.fatal !== null)
    return { ...base, warnings: [], dataset: emptyDataset(), skipped: [], fatal: result.fatal };
  if (result.dataset.pacts.length > 0) return { ...base, ...result };
  const why =
    result.skipped.length === 0
      ? 'it has a header but no rows'
      : result.skipped.length === 1
        ? 'its only row was skipped'
        : `all ${result.skipped.length} rows were skipped`;
  return {
    ...base,
    dataset: emptyDataset(),
    skipped: result.skipped,
    fatal: `${files}: no alliance could be imported: ${why}`,
  };
}

/** The UTF-8 size of a text, counted only when it could be near the limit. */
function utf8Bytes(text: string): number {
  if (text.length > MAX_IMPORT_BYTES || text.length * 3 <= MAX_IMPORT_BYTES) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is 4 bytes: 2 counted here for each half.
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
  }
  return bytes;
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}
