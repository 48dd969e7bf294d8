import type { Atlas } from '../../domain/atlas/buildAtlas';
import { formatPreciseDate } from '../../domain/dates';

// Per dataset, each chronicle row's date in words, formatted the first time the row is drawn and kept:
// scrolling back and forth (or following the date) never formats a date twice.
const cache = new WeakMap<Atlas, string[]>();

/** The date of the chronicle's `index`-th event in words ("1 January 1960", "June 1950", "1907"). */
export function chronicleDate(atlas: Atlas, index: number): string {
  let dates = cache.get(atlas);
  if (!dates) cache.set(atlas, (dates = []));
  const event = atlas.chronicle[index]?.event;
  if (!event) return '';
  return (dates[index] ??= formatPreciseDate(event.date));
}
