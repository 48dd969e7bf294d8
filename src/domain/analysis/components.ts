import type { AnalysisContext } from './context';
import { compare, isSuspended, type TiePact } from './ties';
import { UnionFind } from './unionFind';

/** A connected component of the tie graph: its states and the pacts whose ties lie in it, both sorted. */
export interface TieComponent {
  members: string[];
  pactIds: string[];
}

const bySizeThenFirst = (x: readonly string[], y: readonly string[]) =>
  y.length - x.length || compare(x[0] as string, y[0] as string);

/**
 * The components of the ties that `tiePacts` (from tiePactsAt) make on `day`, largest first. A pact's members
 * are merged in O(members), never expanded into pairs, unless the pact has a suspension: then pair by pair.
 */
export function tieComponents(
  ctx: AnalysisContext,
  day: number,
  tiePacts: readonly TiePact[],
): TieComponent[] {
  const sets = new UnionFind();
  // Each pact with the member through which it reaches each component it ties into.
  const reach: [string, string][] = [];
  for (const { pactId, members } of tiePacts) {
    if (!ctx.suspensions.has(pactId)) {
      const first = members[0];
      if (first === undefined || members.length < 2) continue;
      for (const id of members) sets.union(first, id);
      reach.push([pactId, first]);
      continue;
    }
    members.forEach((a, i) => {
      for (const b of members.slice(i + 1)) {
        if (isSuspended(ctx, pactId, a, b, day)) continue;
        sets.union(a, b);
        reach.push([pactId, a]);
      }
    });
  }
  const pactsByRoot = new Map<string, Set<string>>();
  for (const [pactId, member] of reach) {
    const root = sets.find(member);
    const set = pactsByRoot.get(root) ?? new Set<string>();
    set.add(pactId);
    pactsByRoot.set(root, set);
  }
  return sets
    .groups()
    .map((members) => ({
      members: members.sort(compare),
      pactIds: [...(pactsByRoot.get(sets.find(members[0] as string)) ?? [])].sort(compare),
    }))
    .sort((x, y) => bySizeThenFirst(x.members, y.members));
}
