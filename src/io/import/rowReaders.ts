import { spellOutInvisible } from '../../domain/text/displayText';
import { COW_STATES, type CowState } from '../cow/cowStates';
import type { CsvRecord } from './csv';
import { cellOf, type CsvTable } from './csvTable';
import { rowChecked } from './progress';
import { assembleDate, isMissing, readInteger } from './dateParts';

/** A value read from a row, or the column and reason it could not be read. */
export type Read<T> = { ok: true; value: T } | { ok: false; column: string; reason: string };

/** Reads cells of one row of a table; every failure names its column. */
export interface RowReader {
  id(column: string): Read<number>;
  state(column: string, nameColumn?: string): Read<CowState>;
  /** A date from `<prefix>_year/_month/_day`-style columns, given as [year, month, day] column names. */
  date(columns: readonly [string, string, string], required: boolean): Read<string | null>;
  flag(column: string): Read<boolean>;
  raw(column: string): string;
}

/** A reader for one row of a table. */
export function rowReader(table: CsvTable, row: CsvRecord): RowReader {
  // Importers read each row through one reader: counting them here reports progress for every format.
  rowChecked();
  const cell = (column: string) => cellOf(table, row, column);
  return {
    raw: (column) => cell(column).value.trim(),
    id(column) {
      const { value } = cell(column);
      const n = readInteger(value);
      // Past 2^53 a number is no longer exact (1e23 would become the id "cow-1e+23"): such an id is refused.
      return n !== null && n > 0 && Number.isSafeInteger(n)
        ? { ok: true, value: n }
        : {
            ok: false,
            column,
            reason: `${quote(value)} is not an alliance number (expected a positive whole number${n !== null && n > 0 ? ' below 2^53' : ''})`,
          };
    },
    state(column, nameColumn) {
      const { value } = cell(column);
      const code = readInteger(value);
      const state = code === null ? undefined : COW_STATES.get(code);
      if (state) return { ok: true, value: state };
      const name = nameColumn === undefined ? '' : cell(nameColumn).value.trim();
      const called = name === '' ? '' : ` (${quote(name)})`;
      return {
        ok: false,
        column,
        reason: `${quote(value)}${called} is not a state code of the COW state system (State System Membership List v2016)`,
      };
    },
    date([year, month, day], required) {
      const assembled = assembleDate({ year: cell(year), month: cell(month), day: cell(day) });
      if (!assembled.ok) return { ok: false, column: assembled.column, reason: assembled.reason };
      if (assembled.iso === null && required)
        return { ok: false, column: year, reason: 'is missing (a year is needed)' };
      return { ok: true, value: assembled.iso };
    },
    flag(column) {
      const { value } = cell(column);
      if (isMissing(value)) return { ok: true, value: false };
      const n = readInteger(value);
      return n === 0 || n === 1
        ? { ok: true, value: n === 1 }
        : { ok: false, column, reason: `${quote(value)} is not 0 or 1` };
    },
  };
}

/** Reads several values at once; the first failure wins, so a row reports one problem at a time. */
export function readAll<T extends Record<string, Read<unknown>>>(
  reads: T,
):
  | { ok: true; value: { [K in keyof T]: T[K] extends Read<infer V> ? V : never } }
  | { ok: false; column: string; reason: string } {
  const value: Record<string, unknown> = {};
  for (const [key, read] of Object.entries(reads)) {
    if (!read.ok) return read;
    value[key] = read.value;
  }
  return { ok: true, value: value as { [K in keyof T]: T[K] extends Read<infer V> ? V : never } };
}

function quote(value: string): string {
  const v = value.trim();
  return spellOutInvisible(JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v));
}
