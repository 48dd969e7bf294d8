// Generated dates written the way sources write them (ISO at a precision, or in words); the calendar arithmetic
// itself is src/domain/dates.ts.

import { MONTH_NAMES, civilOf } from '../../domain/dates';

export type Precision = 'year' | 'month' | 'day';

/** A generated date: the true day, and the ISO string at the precision a source would give. */
export interface GenDate {
  day: number;
  iso: string;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A day number as an ISO date of the given precision ("1949", "1949-04" or "1949-04-04"). */
export function isoOf(dayNumber: number, precision: Precision): string {
  const { year, month, day } = civilOf(dayNumber);
  if (precision === 'year') return pad(year, 4);
  if (precision === 'month') return `${pad(year, 4)}-${pad(month, 2)}`;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** An ISO date as a document would write it: "1949", "April 1949", "4 April 1949". */
export function spokenDate(iso: string): string {
  const [year = '', month, day] = iso.split('-');
  const monthName = month === undefined ? '' : MONTH_NAMES[Number(month) - 1];
  if (day !== undefined) return `${Number(day)} ${monthName} ${year}`;
  return month === undefined ? year : `${monthName} ${year}`;
}

/** The calendar year of a day number. */
export function yearOf(dayNumber: number): number {
  return civilOf(dayNumber).year;
}
