import { toDayNumber } from '../dates';

/** Parses ISO dates to day numbers, each distinct string once: dates repeat a lot and parsing dominates build time. */
export type DayParser = (iso: string) => number;

/** A fresh memoising parser, meant to live for one index build. */
export function createDayParser(): DayParser {
  const seen = new Map<string, number>();
  return (iso) => {
    let day = seen.get(iso);
    if (day === undefined) seen.set(iso, (day = toDayNumber(iso)));
    return day;
  };
}
