import { format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayToDate, dayToIso, formatDay, formatPreciseDate } from './dates';

// Dates used to be written by date-fns's `format` (`yyyy`, `MMMM yyyy`, `d MMMM yyyy`); the arithmetic that
// replaced it (to keep date-fns out of the start-up script) must write every day the same way.
const PATTERNS = { year: 'yyyy', month: 'MMMM yyyy', day: 'd MMMM yyyy' } as const;
// Day numbers of about 1000 BC … AD 12000: the four-digit years data can hold, and the edges around them
// (years below 1000 are padded, year 0 is 1 BC, years past 9999 keep all their digits).
const anyDay = fc.integer({ min: -1_100_000, max: 3_700_000 });
const RUNS = { numRuns: 5_000 };

describe('formatting dates agrees with date-fns', () => {
  it('reads every day as date-fns formats it, to each precision', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const date = dayToDate(day);
        expect(formatDay(day)).toBe(format(date, PATTERNS.day));
        const iso = dayToIso(day);
        if (!/^\d{4}-/.test(iso)) return; // precise dates are four-digit years (the validator's rule)
        expect(formatPreciseDate(iso)).toBe(format(date, PATTERNS.day));
        expect(formatPreciseDate(iso.slice(0, 7))).toBe(format(date, PATTERNS.month));
        expect(formatPreciseDate(iso.slice(0, 4))).toBe(format(date, PATTERNS.year));
      }),
      RUNS,
    );
  });

  it.each([
    [0, '1 January 1970'],
    [-719_528, '1 January 0001'], // the proleptic year 0 is 1 BC: date-fns's `yyyy` is the year of the era
    [-719_162, '1 January 0001'],
    [-1, '31 December 1969'],
  ])('day %i reads %s', (day, words) => {
    expect(formatDay(day)).toBe(words);
    expect(format(dayToDate(day), PATTERNS.day)).toBe(words);
  });
});
