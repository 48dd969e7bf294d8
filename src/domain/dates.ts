import {
  addDays,
  addMonths,
  addYears,
  differenceInCalendarDays,
  format,
  getYear,
  isValid,
  parse,
} from 'date-fns';

/** How much of a date a source states. */
export type DatePrecision = 'year' | 'month' | 'day';

/** A parsed ISO 8601 date that remembers how precise it was. `day` counts days since 1970-01-01. */
export interface PreciseDate {
  iso: string;
  precision: DatePrecision;
  day: number;
}

const FORMATS: Record<DatePrecision, { pattern: RegExp; parse: string; read: string }> = {
  year: { pattern: /^\d{4}$/, parse: 'yyyy', read: 'yyyy' },
  month: { pattern: /^\d{4}-\d{2}$/, parse: 'yyyy-MM', read: 'MMMM yyyy' },
  day: { pattern: /^\d{4}-\d{2}-\d{2}$/, parse: 'yyyy-MM-dd', read: 'd MMMM yyyy' },
};
const PRECISIONS = ['day', 'month', 'year'] as const;
// Local midnight of 1970-01-01: calendar-day differences from it are immune to DST and time zones.
const EPOCH = new Date(1970, 0, 1);
const REFERENCE = new Date(2000, 0, 1);

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns null for anything else, including impossible days like 2024-02-30. */
export function parsePreciseDate(iso: string): PreciseDate | null {
  for (const precision of PRECISIONS) {
    const f = FORMATS[precision];
    if (!f.pattern.test(iso)) continue;
    const date = parse(iso, f.parse, REFERENCE);
    // date-fns rolls nothing over in strict parse, but guard the round trip so "2024-13" is rejected.
    if (!isValid(date) || format(date, f.parse) !== iso) return null;
    return { iso, precision, day: differenceInCalendarDays(date, EPOCH) };
  }
  return null;
}

/** Like parsePreciseDate but throws, naming the value; for data that has already been validated. */
export function toPreciseDate(iso: string): PreciseDate {
  const parsed = parsePreciseDate(iso);
  if (!parsed) throw new Error(`"${iso}" is not a valid date (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
  return parsed;
}

/** The first day covered by an ISO date of any precision, as days since 1970-01-01 ("2024-06" → 1 June 2024). */
export function toDayNumber(iso: string): number {
  return toPreciseDate(iso).day;
}

/** The calendar date of a day number. */
export function dayToDate(day: number): Date {
  return addDays(EPOCH, day);
}

/** A day number as `YYYY-MM-DD`. */
export function dayToIso(day: number): string {
  return format(dayToDate(day), 'yyyy-MM-dd');
}

/** Reads a date as people say it, keeping its precision: "2024", "June 2024", "19 June 2024". */
export function formatPreciseDate(iso: string): string {
  const parsed = toPreciseDate(iso);
  return format(dayToDate(parsed.day), FORMATS[parsed.precision].read);
}

/** Reads a day number as a full date: "1 January 1960". */
export function formatDay(day: number): string {
  return format(dayToDate(day), 'd MMMM yyyy');
}

export type CalendarUnit = 'day' | 'month' | 'year';

/** Moves a day number by whole calendar units (months keep their day where the month allows). */
export function addCalendar(day: number, unit: CalendarUnit, amount: number): number {
  const date = dayToDate(day);
  const moved =
    unit === 'day'
      ? addDays(date, amount)
      : unit === 'month'
        ? addMonths(date, amount)
        : addYears(date, amount);
  return differenceInCalendarDays(moved, EPOCH);
}

/** The day number of a calendar date given as `YYYY-MM-DD`, or null when it is not one. */
export function isoDayToNumber(iso: string): number | null {
  const parsed = parsePreciseDate(iso);
  return parsed && parsed.precision === 'day' ? parsed.day : null;
}

/** The calendar year of a day number. */
export function yearOfDay(day: number): number {
  return getYear(dayToDate(day));
}

/** The day number of 1 January of a year. */
export function dayOfYearStart(year: number): number {
  return differenceInCalendarDays(new Date(year, 0, 1), EPOCH);
}
