import type { ImportResult, SkippedRow } from '../../domain/model/importResult';

/** How many problems a report lists one by one; the rest are counted by kind. */
export const REPORT_LIMIT = 200;
const KINDS_SHOWN = 12;

/**
 * What a problem is, without where: the file, record numbers, ids and quoted values removed, so 200,000 records
 * missing a name make one kind ("actors[#] (…).name: missing (expected string)").
 */
export function problemKind(message: string, file?: string): string {
  const withoutFile =
    file && message.startsWith(`${file}: `)
      ? message.slice(file.length + 2)
      : message.replace(/^[^:]*: /, '');
  return withoutFile
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/\((?:[^()]*)\)(?=[.:[])/g, '(…)')
    .replace(/\d+/g, '#');
}

/** Counts per kind, most frequent first, as lines: `  12,345 × actors[#] (…).name: missing`. */
function countKinds(kinds: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  const lines = sorted.slice(0, KINDS_SHOWN).map(([kind, n]) => `  ${n.toLocaleString('en-US')} × ${kind}`);
  const rest = sorted.slice(KINDS_SHOWN).reduce((sum, [, n]) => sum + n, 0);
  if (rest > 0)
    lines.push(`  ${rest.toLocaleString('en-US')} × other kinds (${sorted.length - KINDS_SHOWN})`);
  return lines;
}

/** A fatal report of many lines as its first REPORT_LIMIT lines, then how many more of each kind. */
export function capFatal(fatal: string): string {
  const lines = fatal.split('\n');
  if (lines.length <= REPORT_LIMIT) return fatal;
  const rest = lines.slice(REPORT_LIMIT);
  return [
    ...lines.slice(0, REPORT_LIMIT),
    `…and ${rest.length.toLocaleString('en-US')} more problems (${lines.length.toLocaleString('en-US')} in all), by kind:`,
    ...countKinds(rest.map((line) => problemKind(line))),
  ].join('\n');
}

/** The rows past REPORT_LIMIT, counted by kind (the dialog lists the first ones). */
export function skippedKinds(skipped: readonly SkippedRow[]): string[] {
  return skipped.length <= REPORT_LIMIT
    ? []
    : countKinds(skipped.slice(REPORT_LIMIT).map((row) => problemKind(row.message, row.file)));
}

/**
 * Caps what a result reports so the dialog stays small whatever the file: at most REPORT_LIMIT problems one by one,
 * the rest counted per kind. The full number of skipped rows is kept in `skippedTotal`.
 */
export function capImportReport(result: ImportResult): ImportResult {
  const fatal = result.fatal === null ? null : capFatal(result.fatal);
  if (result.skipped.length <= REPORT_LIMIT) return fatal === result.fatal ? result : { ...result, fatal };
  return {
    ...result,
    fatal,
    skipped: result.skipped.slice(0, REPORT_LIMIT),
    skippedTotal: result.skipped.length,
    skippedKinds: skippedKinds(result.skipped),
  };
}
