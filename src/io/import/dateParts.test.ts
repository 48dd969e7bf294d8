import { format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePreciseDate } from '../../domain/dates';
import { assembleDate, isMissing, readInteger } from './dateParts';

const cells = (year: string, month: string, day: string) => ({
  year: { column: 'mem_st_year', value: year },
  month: { column: 'mem_st_month', value: month },
  day: { column: 'mem_st_day', value: day },
});

describe('assembleDate', () => {
  it.each([
    ['1949', '4', '4', '1949-04-04'],
    ['1949', '04', '04', '1949-04-04'],
    ['1949.0', '4.0', '4.0', '1949-04-04'],
    [' 1949 ', ' 4', '4 ', '1949-04-04'],
    ['1887', '3', '-9', '1887-03'],
    ['1887', '3', '', '1887-03'],
    ['1887', '3', '0', '1887-03'],
    ['1895', '-9', '-9', '1895'],
    ['1895', '', '', '1895'],
    ['1895', 'NA', '12', '1895'],
    ['1895', '0', '0', '1895'],
    ['-9', '-9', '-9', null],
    ['', '', '', null],
    ['2024', '2', '29', '2024-02-29'],
  ])('year %j, month %j, day %j → %j', (year, month, day, iso) => {
    expect(assembleDate(cells(year, month, day))).toEqual({ ok: true, iso });
  });

  it.each([
    ['1949', '13', '1', 'mem_st_month', '"13" is not a month (expected 1 to 12)'],
    ['1949', 'April', '1', 'mem_st_month', '"April" is not a month (expected 1 to 12)'],
    ['1949', '4', '32', 'mem_st_day', '"32" is not a day (expected 1 to 31)'],
    ['1949', '4', '31', 'mem_st_day', '1949-04-31 is not a calendar date'],
    ['1900', '2', '29', 'mem_st_day', '1900-02-29 is not a calendar date'],
    ['49', '4', '4', 'mem_st_year', '"49" is not a year (expected four digits)'],
    ['1949.5', '', '', 'mem_st_year', '"1949.5" is not a year (expected four digits)'],
    ['', '4', '4', 'mem_st_year', 'is missing, but a month is given'],
  ])('year %j, month %j, day %j is refused at %s', (year, month, day, column, reason) => {
    expect(assembleDate(cells(year, month, day))).toEqual({ ok: false, column, reason });
  });

  const MISSING = ['', '-9', 'NA', '.'];
  const part = (value: number) =>
    fc.oneof(fc.constant(String(value)), fc.constant(String(value).padStart(2, '0')));

  it('keeps exactly the precision the parts give, for any real date', () => {
    const date = fc.date({ min: new Date(1000, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true });
    const gaps = fc.record({ month: fc.boolean(), day: fc.boolean(), missing: fc.constantFrom(...MISSING) });
    fc.assert(
      fc.property(date, gaps, (d, g) => {
        const month = g.month ? g.missing : String(d.getMonth() + 1);
        const day = g.day ? g.missing : String(d.getDate());
        const expected = g.month ? format(d, 'yyyy') : g.day ? format(d, 'yyyy-MM') : format(d, 'yyyy-MM-dd');
        const result = assembleDate(cells(String(d.getFullYear()), month, day));
        expect(result).toEqual({ ok: true, iso: expected });
        expect(parsePreciseDate(expected)?.iso).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses a day past the end of its month, naming the day column', () => {
    const yearMonth = fc.record({
      year: fc.integer({ min: 1000, max: 9999 }),
      month: fc.integer({ min: 1, max: 12 }),
    });
    fc.assert(
      fc.property(yearMonth, fc.integer({ min: 1, max: 31 }), ({ year, month }, day) => {
        const daysInMonth = new Date(year, month, 0).getDate();
        const result = assembleDate(cells(String(year), String(month), String(day)));
        expect(result.ok).toBe(day <= daysInMonth);
        if (!result.ok) expect(result.column).toBe('mem_st_day');
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses any month outside 1–12, naming the month column', () => {
    const badMonth = fc.oneof(fc.integer({ min: 13, max: 99 }), fc.integer({ min: -99, max: -10 }));
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), badMonth, part(1), (year, month, day) => {
        expect(assembleDate(cells(String(year), String(month), day))).toMatchObject({
          ok: false,
          column: 'mem_st_month',
        });
      }),
    );
  });
});

describe('cell readers', () => {
  it.each([
    ['-9', true],
    ['', true],
    [' NA ', true],
    ['.', true],
    ['0', false],
    ['1949', false],
  ])('isMissing(%j) is %s', (value, missing) => {
    expect(isMissing(value)).toBe(missing);
  });

  it.each([
    ['3180', 3180],
    ['3180.0', 3180],
    ['+2', 2],
    ['-9', -9],
    ['3.5', null],
    ['x', null],
    ['', null],
  ])('readInteger(%j) is %j', (value, n) => {
    expect(readInteger(value)).toBe(n);
  });
});
