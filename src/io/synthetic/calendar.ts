/**
 * Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01), without Date objects:
 * the generator converts tens of thousands of dates and must not depend on the time zone.
 */

export type Precision = 'year' | 'month' | 'day';

/** A generated date: the true day, and the ISO string at the precision a source would give. */
export interface GenDate {
  day: number;
  iso: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The day number of a calendar date (month 1–12). */
export function dayOf(year: number, month: number, day: number): number {
  // Howard Hinnant's days_from_civil.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar date of a day number. */
export function civilOf(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
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
  const monthName = month === undefined ? '' : MONTHS[Number(month) - 1];
  if (day !== undefined) return `${Number(day)} ${monthName} ${year}`;
  return month === undefined ? year : `${monthName} ${year}`;
}

/** The calendar year of a day number. */
export function yearOf(dayNumber: number): number {
  return civilOf(dayNumber).year;
}
