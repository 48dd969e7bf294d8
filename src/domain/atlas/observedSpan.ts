import { toDayNumber } from '../dates';
import type { Dataset } from '../model';

/**
 * The days a dataset's timeline covers: what its data observe. It runs from the first event to the last, except
 * that an event before its pact's `observedFrom` (a left-censored alliance's own start, e.g. the Anglo-Portuguese
 * treaty of 1386 in data that begin in 1816) counts from that day, and it reaches the end of every dataset's
 * coverage (`censoredAt`) so that pacts still in force when the data end are seen to the end.
 */
export function observedSpan(
  dataset: Pick<Dataset, 'pacts'>,
  chronicle: readonly { event: { pactId: string }; day: number }[],
): { from: number; to: number } {
  const observedFrom = new Map<string, number>();
  let to = -Infinity;
  for (const pact of dataset.pacts) {
    if (pact.observedFrom !== undefined) observedFrom.set(pact.id, toDayNumber(pact.observedFrom));
    if (pact.censoredAt !== undefined) to = Math.max(to, toDayNumber(pact.censoredAt));
  }
  let from = Infinity;
  for (const { event, day } of chronicle) {
    from = Math.min(from, Math.max(day, observedFrom.get(event.pactId) ?? -Infinity));
    to = Math.max(to, day);
  }
  return Number.isFinite(from) && Number.isFinite(to) ? { from, to } : { from: 0, to: 0 };
}
