import type { Dataset, Rivalry } from '../model';

/**
 * The rivalries the analysis counts, each from its `since`: the date history gives it a start (with its
 * `sinceNote`), never the publication date of a document that mentions it. A rivalry without a start (which
 * the validator rejects) is not counted at all: nothing says since when, and counting it at every date would
 * draw, say, Japan–North Korea in 1907.
 */
export function datedRivalries(dataset: Pick<Dataset, 'rivalries'>): (Rivalry & { since: string })[] {
  return dataset.rivalries.filter((r): r is Rivalry & { since: string } => r.since !== undefined);
}
