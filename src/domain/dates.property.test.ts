import { addDays, addMonths, addYears, differenceInCalendarDays, endOfMonth, endOfYear, format, isValid, parse } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendar, dayOfYearStart, dayToDate, dayToIso, lastDayOf, parsePreciseDate, yearOfDay } from './dates';

// The calendar arithmetic against date-fns, the way dates were computed before (parse + format round trip,
// calendar-day differences from local midnight of 1970-01-01).
const EPOCH = new Date(1970, 0, 1);
const REFERENCE = new Date(2000, 0, 1);
const PATTERNS = { year: 'yyyy', month: 'yyyy-MM', day: 'yyyy-MM-dd' } as const;

function referenceParse(iso: string): { precision: string; day: number } | null {
  for (const precision of ['day', 'month', 'year'] as const) {
    if (iso.length !== PATTERNS[precision].length) continue;
    const date = parse(iso, PATTERNS[precision], REFERENCE);
    if (!isValid(date) || format(date, PATTERNS[precision]) !== iso) return null;
    return { precision, day: differenceInCalendarDays(date, EPOCH) };
  }
  return null;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const year = fc.integer({ min: 1000, max: 2999 });
// Months 0–13 and days 0–32: impossible dates are generated as often as real ones near the edges.
const isoLike = fc.oneof(
  year.map((y) => pad(y, 4)),
  fc.tuple(year, fc.integer({ min: 0, max: 13 })).map(([y, m]) => `${pad(y, 4)}-${pad(m, 2)}`),
  fc
    .tuple(year, fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
);
// Day numbers of 1000-01-01 … 2999-12-31.
const dayNumber = fc.integer({ min: -353_000, max: 376_000 });
const RUNS = { numRuns: 5_000 };

describe('dates: civil-calendar arithmetic agrees with date-fns', () => {
  it('parses every YYYY, YYYY-MM and YYYY-MM-DD (valid or not) as date-fns does', () => {
    fc.assert(
      fc.property(isoLike, (iso) => {
        const parsed = parsePreciseDate(iso);
        const expected = referenceParse(iso);
        expect(parsed && { precision: parsed.precision, day: parsed.day }).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('writes day numbers as date-fns does, and reads back its own writing', () => {
    fc.assert(
      fc.property(dayNumber, (day) => {
        const iso = dayToIso(day);
        expect(iso).toBe(format(addDays(EPOCH, day), 'yyyy-MM-dd'));
        expect(parsePreciseDate(iso)?.day).toBe(day);
        expect(differenceInCalendarDays(dayToDate(day), EPOCH)).toBe(day);
      }),
      RUNS,
    );
  });

  it('moves by days, months and years as addDays, addMonths and addYears do', () => {
    fc.assert(
      fc.property(dayNumber, fc.integer({ min: -400, max: 400 }), (day, amount) => {
        const date = addDays(EPOCH, day);
        const days = (moved: Date) => differenceInCalendarDays(moved, EPOCH);
        expect(addCalendar(day, 'day', amount)).toBe(days(addDays(date, amount)));
        expect(addCalendar(day, 'month', amount)).toBe(days(addMonths(date, amount)));
        expect(addCalendar(day, 'year', Math.trunc(amount / 40))).toBe(days(addYears(date, Math.trunc(amount / 40))));
      }),
      RUNS,
    );
  });

  it('knows the year of a day, the first day of a year and the last day of a month or year', () => {
    fc.assert(
      fc.property(dayNumber, (day) => {
        const date = addDays(EPOCH, day);
        expect(yearOfDay(day)).toBe(date.getFullYear());
        expect(dayOfYearStart(date.getFullYear())).toBe(differenceInCalendarDays(new Date(date.getFullYear(), 0, 1), EPOCH));
        const month = parsePreciseDate(format(date, 'yyyy-MM'))!;
        const wholeYear = parsePreciseDate(format(date, 'yyyy'))!;
        expect(lastDayOf(month)).toBe(differenceInCalendarDays(endOfMonth(date), EPOCH));
        expect(lastDayOf(wholeYear)).toBe(differenceInCalendarDays(endOfYear(date), EPOCH));
      }),
      RUNS,
    );
  });
});
