import { describe, expect, it } from 'vitest';
import { addCalendar, dayToIso, formatPreciseDate, parsePreciseDate, toDayNumber } from './dates';

describe('parsePreciseDate', () => {
  it.each([
    ['2024', 'year', '2024-01-01'],
    ['2024-06', 'month', '2024-06-01'],
    ['2024-06-19', 'day', '2024-06-19'],
    ['1907-08-31', 'day', '1907-08-31'],
    ['2024-02-29', 'day', '2024-02-29'],
  ])('%s has precision %s and starts on %s', (iso, precision, first) => {
    const parsed = parsePreciseDate(iso);
    expect(parsed?.precision).toBe(precision);
    expect(dayToIso(parsed!.day)).toBe(first);
  });

  it.each([
    '2024-13-01',
    '2023-02-29',
    '2024-06-31',
    '24',
    '2024-6',
    '2024/06/01',
    '',
    'June 2024',
    '2024-00',
  ])('rejects %j', (iso) => expect(parsePreciseDate(iso)).toBeNull());
});

describe('formatPreciseDate', () => {
  it.each([
    ['2024', '2024'],
    ['2024-06', 'June 2024'],
    ['2024-06-19', '19 June 2024'],
  ])('%s reads %s', (iso, words) => expect(formatPreciseDate(iso)).toBe(words));
});

describe('toDayNumber', () => {
  it('orders dates of mixed precision by their first day', () => {
    const sorted = ['2024-06-19', '2024', '2024-06', '1949-04-04'].sort(
      (a, b) => toDayNumber(a) - toDayNumber(b),
    );
    expect(sorted).toEqual(['1949-04-04', '2024', '2024-06', '2024-06-19']);
  });
  it('counts days from 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('1969-12-31')).toBe(-1);
  });
});

describe('addCalendar', () => {
  it.each([
    ['2024-01-31', 'month', 1, '2024-02-29'],
    ['2024-06-19', 'year', -1, '2023-06-19'],
    ['1999-12-31', 'day', 1, '2000-01-01'],
    ['1960-01-01', 'year', 10, '1970-01-01'],
  ] as const)('%s + %s × %i = %s', (from, unit, n, to) => {
    expect(dayToIso(addCalendar(toDayNumber(from), unit, n))).toBe(to);
  });
});
