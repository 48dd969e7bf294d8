import { parseCsv } from './csv';
import { IMPORT_FORMATS, type ImportFormat } from '../../domain/model/importResult';
import { FORMAT_LABELS } from './types';

export type Detection = { ok: true; format: ImportFormat } | { ok: false; message: string };

/** How many leading characters detectFormat needs: enough for any header row of these datasets. */
export const DETECT_HEAD_CHARS = 4096;

/** The formats a user can choose, in words, for messages that say what is accepted. */
export const ACCEPTED_FORMATS = `Accepted: ${IMPORT_FORMATS.filter((f) => f !== 'atop-alliances')
  .map((f) => FORMAT_LABELS[f])
  .join('; ')}, optionally with ${FORMAT_LABELS['atop-alliances']}.`;

// Columns only one format has: the header is matched on these, so a file missing a column is still recognised
// and the missing column named, rather than the whole file called unknown.
const MARKERS: Record<Exclude<ImportFormat, 'atlas-json'>, readonly string[]> = {
  'cow-members': [
    'version4id',
    'ccode',
    'state_name',
    'all_st_year',
    'all_end_year',
    'ss_type',
    'mem_st_year',
    'mem_end_year',
    'left_censor',
    'right_censor',
    'neutrality',
    'nonaggression',
    'entente',
  ],
  'atop-members': ['member', 'yrent', 'moent', 'dayent', 'yrexit', 'moexit', 'dayexit'],
  'atop-alliances': ['begday', 'begmo', 'begyr', 'endday', 'endmo', 'endyr', 'ineffect'],
};

// Binary files read as text still show their signature; say what the file is so the user knows what to export.
const SIGNATURES: readonly [(text: string) => boolean, string][] = [
  [(t) => t.startsWith('PK\u0003\u0004'), 'a ZIP archive or an Excel workbook: save the sheet as CSV'],
  [(t) => t.startsWith('%PDF-'), 'a PDF document'],
  [(t) => t.startsWith('\uFFFDPNG'), 'a PNG image'],
  [(t) => t.startsWith('GIF8'), 'a GIF image'],
  [(t) => t.startsWith('<stata_dta>'), 'a Stata .dta file: export it as CSV'],
  [(t) => t.includes('\u0000') || t.startsWith('\uFFFD\uFFFD'), 'a binary file, not text'],
];

/** Recognises a file from its name and its first characters (DETECT_HEAD_CHARS are enough), before it is parsed. */
export function detectFormat(fileName: string, head: string): Detection {
  const text = head.replace(/^\uFEFF/, '');
  const unsupported = (what: string) => ({
    ok: false as const,
    message: `${fileName}: not a file Alliance Atlas can import (${what}). ${ACCEPTED_FORMATS}`,
  });
  const signature = SIGNATURES.find(([matches]) => matches(text));
  if (signature) return unsupported(`it is ${signature[1]}`);
  const first = text.trimStart()[0];
  if (first === '{' || first === '[' || /\.json$/i.test(fileName)) return { ok: true, format: 'atlas-json' };
  if (text.trim() === '') return unsupported('the file is empty');
  const header = headerColumns(text);
  const scores = Object.entries(MARKERS).map(([format, markers]) => ({
    format: format as Exclude<ImportFormat, 'atlas-json'>,
    score: markers.filter((m) => header.has(m)).length,
  }));
  const best = scores.reduce((a, b) => (b.score > a.score ? b : a));
  if (best.score >= 2) return { ok: true, format: best.format };
  const csv = /\.csv$/i.test(fileName);
  return unsupported(
    csv
      ? 'its header row has none of the columns of the COW or ATOP files, such as version4id, ccode, atopid or member'
      : 'it is neither JSON nor a CSV file with a header row',
  );
}

function headerColumns(text: string): Set<string> {
  const lineEnd = text.search(/\r|\n/);
  const parsed = parseCsv(lineEnd < 0 ? text : text.slice(0, lineEnd));
  const fields = parsed.ok ? (parsed.records[0]?.fields ?? []) : [];
  return new Set(fields.map((f) => f.trim().toLowerCase()));
}
