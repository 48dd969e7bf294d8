// One date module. Precise dates become day numbers (days since 1970-01-01) by proleptic Gregorian arithmetic on
// integers: no Date objects, no time zone, no caches (a parse costs less than a Map lookup of its string).
// Dates are written out by the same arithmetic, exactly as date-fns's `format` wrote them (property-tested against
// it): date-fns's formatter and its English locale were ~6 kB gzip of the script every visit loads first.

/** How much of a date a source states. */
/** English month names, January first (for prose dates: citations, generated documents). */
export const MONTH_NAMES = [
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

export type DatePrecision = 'year' | 'month' | 'day';

/** A parsed ISO 8601 date that remembers how precise it was. `day` counts days since 1970-01-01. */
export interface PreciseDate {
  iso: string;
  precision: DatePrecision;
  day: number;
}

/** A calendar date: month 1–12, day 1–31. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** The day number of a calendar date (month 1–12); days past the month's end roll over. */
export function dayOf(year: number, month: number, day: number): number {
  // Howard Hinnant's days_from_civil: March-based years put the leap day last.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar date of a day number (Hinnant's civil_from_days). */
export function civilOf(dayNumber: number): CivilDate {
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

/** Whether a year of the proleptic Gregorian calendar has 29 February. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** The number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns null for anything else, including impossible days like 2024-02-30. */
export function parsePreciseDate(iso: string): PreciseDate | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const precision: DatePrecision = match[3] !== undefined ? 'day' : match[2] !== undefined ? 'month' : 'year';
  return { iso, precision, day: dayOf(year, month, day) };
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

/** The last day a precise date covers: "1949" → 31 December 1949, "1949-02" → 28 February 1949. */
export function lastDayOf(date: PreciseDate): number {
  if (date.precision === 'day') return date.day;
  const { year, month } = civilOf(date.day);
  return date.precision === 'year' ? dayOf(year, 12, 31) : dayOf(year, month, daysInMonth(year, month));
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A day number as `YYYY-MM-DD`. */
export function dayToIso(day: number): string {
  const { year, month, day: dayOfMonth } = civilOf(day);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(dayOfMonth, 2)}`;
}

/** The calendar date of a day number, at local midnight: the Date that date-fns, the property tests' reference, reads. */
export function dayToDate(day: number): Date {
  const { year, month, day: dayOfMonth } = civilOf(day);
  const date = new Date(2000, month - 1, dayOfMonth);
  date.setFullYear(year); // the constructor reads years 0–99 as 1900–1999
  return date;
}

// As date-fns's `yyyy` token: the year of the era (1 BC, the proleptic year 0, is year 1), at least four digits.
const yearOfEra = (year: number) => String(year > 0 ? year : 1 - year).padStart(4, '0');

/** A day number as people say it, to a precision: "2024", "June 2024", "19 June 2024" (date-fns's `yyyy`, `MMMM yyyy`, `d MMMM yyyy`). */
function readDay(day: number, precision: DatePrecision): string {
  const civil = civilOf(day);
  const year = yearOfEra(civil.year);
  if (precision === 'year') return year;
  const month = `${MONTH_NAMES[civil.month - 1]} ${year}`;
  return precision === 'month' ? month : `${civil.day} ${month}`;
}

/** Reads a date as people say it, keeping its precision: "2024", "June 2024", "19 June 2024". */
export function formatPreciseDate(iso: string): string {
  const parsed = toPreciseDate(iso);
  return readDay(parsed.day, parsed.precision);
}

/** Reads a day number as a full date: "1 January 1960". */
export function formatDay(day: number): string {
  return readDay(day, 'day');
}

export type CalendarUnit = 'day' | 'month' | 'year';

/** Moves a day number by whole calendar units; months and years keep their day where the month allows (31 Jan + 1 month = 28/29 Feb). */
export function addCalendar(day: number, unit: CalendarUnit, amount: number): number {
  if (unit === 'day') return day + amount;
  const { year, month, day: dayOfMonth } = civilOf(day);
  const months = year * 12 + (month - 1) + (unit === 'month' ? amount : amount * 12);
  const toYear = Math.floor(months / 12);
  const toMonth = months - toYear * 12 + 1;
  return dayOf(toYear, toMonth, Math.min(dayOfMonth, daysInMonth(toYear, toMonth)));
}

/** The day number of a calendar date given as `YYYY-MM-DD`, or null when it is not one. */
export function isoDayToNumber(iso: string): number | null {
  const parsed = parsePreciseDate(iso);
  return parsed && parsed.precision === 'day' ? parsed.day : null;
}

/** The calendar year of a day number. */
export function yearOfDay(day: number): number {
  return civilOf(day).year;
}

/** The day number of 1 January of a year. */
export function dayOfYearStart(year: number): number {
  return dayOf(year, 1, 1);
}
