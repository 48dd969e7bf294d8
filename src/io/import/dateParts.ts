import { daysInMonth } from '../../domain/dates';

/** A cell of a CSV row: the column it came from (named in messages) and its raw text. */
export interface Cell {
  column: string;
  value: string;
}

/** A date given as separate year, month and day columns, as COW and ATOP publish them. */
export interface DateCells {
  year: Cell;
  month: Cell;
  day: Cell;
}

export type AssembledDate = { ok: true; iso: string | null } | { ok: false; column: string; reason: string };

// How the datasets write "unknown": COW uses -9, ATOP leaves the cell blank; exports from R or Stata add NA or ".".
const MISSING = new Set(['', '-9', '.', 'na', 'nan']);
const INTEGER = /^[+-]?\d+(\.0+)?$/;

/** True when a cell stands for an unknown value (blank, -9, NA or "."). */
export function isMissing(value: string): boolean {
  return MISSING.has(value.trim().toLowerCase());
}

/** Reads an integer cell, accepting the `1949.0` that statistics packages write; null when it is not one. */
export function readInteger(value: string): number | null {
  const trimmed = value.trim();
  return INTEGER.test(trimmed) ? Math.trunc(Number(trimmed)) : null;
}

/**
 * Builds an ISO date that keeps the precision the source gives: no month → `YYYY`, no day → `YYYY-MM`.
 * Month and day 0 also mean unknown. A wholly missing date is `iso: null`; a day without a month is dropped,
 * since it means nothing alone. Impossible values are errors naming the column.
 */
export function assembleDate({ year, month, day }: DateCells): AssembledDate {
  const hasMonth = !isMissing(month.value) && readInteger(month.value) !== 0;
  const hasDay = hasMonth && !isMissing(day.value) && readInteger(day.value) !== 0;
  if (isMissing(year.value)) {
    return hasMonth
      ? { ok: false, column: year.column, reason: 'is missing, but a month is given' }
      : { ok: true, iso: null };
  }
  const y = readInteger(year.value);
  if (y === null || y < 1000 || y > 9999)
    return {
      ok: false,
      column: year.column,
      reason: `${show(year.value)} is not a year (expected four digits)`,
    };
  if (!hasMonth) return { ok: true, iso: pad(y, 4) };
  const m = readInteger(month.value);
  if (m === null || m < 1 || m > 12)
    return {
      ok: false,
      column: month.column,
      reason: `${show(month.value)} is not a month (expected 1 to 12)`,
    };
  const yearMonth = `${pad(y, 4)}-${pad(m, 2)}`;
  if (!hasDay) return { ok: true, iso: yearMonth };
  const d = readInteger(day.value);
  if (d === null || d < 1 || d > 31)
    return { ok: false, column: day.column, reason: `${show(day.value)} is not a day (expected 1 to 31)` };
  const iso = `${yearMonth}-${pad(d, 2)}`;
  // date-fns decides which days exist (30 February does not); asking it per month, not parsing, keeps big files fast.
  if (d > daysInMonth(y, m))
    return { ok: false, column: day.column, reason: `${iso} is not a calendar date` };
  return { ok: true, iso };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function show(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
}
