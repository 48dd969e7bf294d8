import { lastDayOf, parsePreciseDate } from '../../domain/dates';

/** The days an ISO date may mean: "1949" spans 1 January to 31 December 1949. Day numbers as in toDayNumber. */
export interface DayRange {
  iso: string;
  first: number;
  last: number;
}

/** The range of days an ISO date covers, or null when it is not a valid date (that is reported elsewhere). */
export function dateRange(iso: string): DayRange | null {
  const parsed = parsePreciseDate(iso);
  if (!parsed) return null;
  return { iso, first: parsed.day, last: lastDayOf(parsed) };
}

/**
 * True only when `a` is surely before `b` whatever the dates' precision: "1949-04" is not before "1949",
 * so a source that gives only a year never contradicts one that gives the day.
 */
export function surelyBefore(a: DayRange, b: DayRange): boolean {
  return a.last < b.first;
}
