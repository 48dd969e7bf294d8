import type { Tie } from './ties';

/** Neighbours of each state with the pacts tying them: a symmetric adjacency map. */
export type TieAdjacency = Map<string, Map<string, string[]>>;

/** The adjacency map of a list of ties (both directions share the tie's pact list). */
export function tieAdjacency(ties: readonly Tie[]): TieAdjacency {
  const out: TieAdjacency = new Map();
  const link = (a: string, b: string, pactIds: string[]) => {
    const row = out.get(a) ?? new Map<string, string[]>();
    row.set(b, pactIds);
    out.set(a, row);
  };
  for (const { a, b, pactIds } of ties) {
    link(a, b, pactIds);
    link(b, a, pactIds);
  }
  return out;
}
