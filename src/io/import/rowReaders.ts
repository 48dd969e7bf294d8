import { spellOutInvisible } from '../../domain/text/cleanText';
import { COW_STATES, type CowState } from '../cow/cowStates';
import type { CsvRecord } from './csv';
import { cellOf, type CsvTable } from './csvTable';
import { rowChecked } from './progress';
import { assembleDate, isMissing, readInteger } from './dateParts';

/** A value read from a row, or the column and reason it could not be read. */
export type Read<T> = { ok: true; value: T } | { ok: false; column: string; reason: string };

/** Reads cells of one row of a table; every failure names its column. */
export interface RowReader {
  /** An alliance number, as its digits: never through a float, so no id is rounded. */
  id(column: string): Read<string>;
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
      const digits = readAllianceNumber(value);
      return digits !== null
        ? { ok: true, value: digits }
        : {
            ok: false,
            column,
            reason: `${quote(value)} is not an alliance number (expected a positive whole number${tooLong(value) ? ` of at most ${MAX_ID_DIGITS} digits` : ''})`,
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

// Ids are text: read as a number, 1e23 or 9007199254740993 would be rounded ("cow-1e+23", a neighbour's id).
const ALLIANCE_NUMBER = /^\+?0*([1-9]\d*)(?:\.0+)?$/;
/** Longer than any dataset's numbering by far, short enough to keep ids readable. */
export const MAX_ID_DIGITS = 30;

/**
 * The canonical digits of an alliance number (`"0227"`, `"227.0"` → `"227"`), or null when the cell is not a positive
 * whole number of at most MAX_ID_DIGITS digits.
 */
export function readAllianceNumber(value: string): string | null {
  const digits = ALLIANCE_NUMBER.exec(value.trim())?.[1];
  return digits !== undefined && digits.length <= MAX_ID_DIGITS ? digits : null;
}

const tooLong = (value: string) =>
  /^\+?0*[1-9]\d*$/.test(value.trim()) && value.trim().replace(/^\+?0*/, '').length > MAX_ID_DIGITS;

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
