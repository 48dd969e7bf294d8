import { parseCsv, type CsvRecord } from './csv';
import { rowsToCheck } from './progress';
import type { Cell } from './dateParts';
import type { SkippedRow } from '../../domain/model/importResult';

/** A parsed CSV file whose header has every column the importer needs. */
export interface CsvTable {
  file: string;
  /** Column index by lowercase column name. */
  columns: ReadonlyMap<string, number>;
  /** The data rows, without the header. */
  rows: CsvRecord[];
}

export type TableResult = { ok: true; table: CsvTable } | { ok: false; fatal: string };

/** The columns a format needs, and how messages name the format. */
export interface TableSpec {
  label: string;
  required: readonly string[];
}

/**
 * Parses a CSV file and checks its shape: well-formed, a header with every required column (names are
 * matched case-insensitively, as Stata exports capitalise them), and as many fields on every row as in it.
 */
export function readTable(text: string, file: string, spec: TableSpec): TableResult {
  const parsed = parseCsv(text);
  if (!parsed.ok)
    return { ok: false, fatal: `${file}: line ${parsed.line}, column ${parsed.column}: ${parsed.reason}` };
  const [header, ...rows] = parsed.records;
  if (!header)
    return {
      ok: false,
      fatal: `${file}: the file is empty (expected a header row naming the columns of ${spec.label})`,
    };
  const columns = new Map<string, number>();
  header.fields.forEach((name, i) => {
    const key = name.trim().toLowerCase();
    if (!columns.has(key)) columns.set(key, i);
  });
  const missing = spec.required.filter((column) => !columns.has(column));
  if (missing.length > 0) {
    const names = missing.map((m) => `"${m}"`).join(', ');
    const plural = missing.length > 1 ? 's' : '';
    return {
      ok: false,
      fatal: `${file}: line ${header.line}: missing column${plural} ${names} (${spec.label} needs: ${spec.required.join(', ')})`,
    };
  }
  const width = header.fields.length;
  const ragged = rows.find((row) => row.fields.length !== width);
  if (ragged)
    return {
      ok: false,
      fatal: `${file}: line ${ragged.line}: ${ragged.fields.length} field${ragged.fields.length === 1 ? '' : 's'}, expected ${width} as in the header (line ${header.line})`,
    };
  rowsToCheck(rows.length);
  return { ok: true, table: { file, columns, rows } };
}

/** The cell of a row in a column; an absent optional column reads as a blank cell. */
export function cellOf(table: CsvTable, row: CsvRecord, column: string): Cell {
  const index = table.columns.get(column);
  return { column, value: index === undefined ? '' : (row.fields[index] ?? '') };
}

/** A row problem located at its file, line and column, worded as the user will read it. */
export function skipRow(file: string, line: number, field: string, reason: string): SkippedRow {
  return { file, line, field, message: `${file}: line ${line}, ${field}: ${reason}` };
}
