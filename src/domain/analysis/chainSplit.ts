import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { seededRandom } from '../seededRandom';
import type { AnalysisContext } from './context';
import { obligationClass, type ObligationClass } from '../filter/pactFilter';
import { compare, isSuspended, type TiePact } from './ties';

/**
 * How much a pact's tie weighs by its strongest pledge: a promise to fight together binds more than one not to
 * fight each other, which binds more than a promise to talk.
 */
export const OBLIGATION_WEIGHTS: Record<ObligationClass, number> = {
  defence: 3,
  neutrality: 2,
  consultation: 1,
  none: 1,
};

/** Components smaller than this are read at a glance and never split. */
export const MIN_SPLIT_STATES = 12;
/**
 * A component is split into its communities only when their modularity reaches this. Newman and Girvan (2004) read
 * 0.3 and above as significant structure, but one alliance system has sub-groups too: the documents' US-led
 * component (NATO, SEATO, ANZUS and the US's Pacific treaties) scores 0.10–0.28 from 1960 to 2024 and stays one
 * bloc, while the components that chain the Americas, NATO, the CSTO and African pacts in COW 4.1 and ATOP 5.1
 * score 0.46–0.73 (1960–2024, defence ties or any pact) and are split.
 */
export const MIN_SPLIT_MODULARITY = 0.4;

/**
 * The tie graph of one component, weighted: each pact adds its obligation weight over √(members − 1) to every pair
 * of its members. Counting each pair whole lets a 30-member pact swamp everything; dividing by (members − 1), as
 * co-authorship networks do, makes one bilateral treaty outweigh each pair of a multilateral pact five to fifteen
 * times, so the states at either end of a bridging treaty are pulled across it. The square root sits between.
 */
function weightedGraph(
  ctx: AnalysisContext,
  day: number,
  members: readonly string[],
  tiePacts: readonly TiePact[],
): UndirectedGraph {
  const inside = new Set(members);
  const graph = new UndirectedGraph();
  for (const id of members) graph.addNode(id);
  for (const { pactId, members: all } of tiePacts) {
    const here = all.filter((id) => inside.has(id));
    if (here.length < 2) continue;
    const pact = ctx.pactById.get(pactId);
    const weight =
      (pact ? OBLIGATION_WEIGHTS[obligationClass(pact.obligations)] : 1) / Math.sqrt(all.length - 1);
    here.forEach((a, i) => {
      for (const b of here.slice(i + 1)) {
        if (isSuspended(ctx, pactId, a, b, day)) continue;
        const key = graph.edge(a, b);
        if (key === undefined) graph.addEdge(a, b, { weight });
        else graph.updateEdgeAttribute(key, 'weight', (w: number | undefined) => (w ?? 0) + weight);
      }
    });
  }
  return graph;
}

/** Louvain communities of a component (seeded: the same input gives the same answer), with their modularity. */
export function componentCommunities(
  ctx: AnalysisContext,
  day: number,
  members: readonly string[],
  tiePacts: readonly TiePact[],
  seed = 1,
): { groups: string[][]; modularity: number } {
  const graph = weightedGraph(ctx, day, members, tiePacts);
  if (graph.size === 0) return { groups: [[...members]], modularity: 0 };
  const detailed = louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seededRandom(seed) });
  const byCommunity = new Map<number, string[]>();
  for (const id of members) {
    const c = detailed.communities[id] ?? -1;
    byCommunity.set(c, [...(byCommunity.get(c) ?? []), id]);
  }
  const groups = [...byCommunity.values()].map((g) => g.sort(compare));
  groups.sort((x, y) => y.length - x.length || compare(x[0] as string, y[0] as string));
  return { groups, modularity: detailed.modularity };
}

/**
 * Splits a component into its communities when it is a chain of alliance systems rather than one: large enough
 * and with modularity ≥ MIN_SPLIT_MODULARITY. COW 4.1 on 1 January 1995 ties NATO to the CSTO through one
 * Azerbaijan–Turkey treaty, and the CSTO to China through Russia and North Korea: one component, three systems.
 */
export function splitChained(
  ctx: AnalysisContext,
  day: number,
  members: readonly string[],
  tiePacts: readonly TiePact[],
): string[][] {
  if (members.length < MIN_SPLIT_STATES) return [[...members]];
  const { groups, modularity } = componentCommunities(ctx, day, members, tiePacts);
  return groups.length > 1 && modularity >= MIN_SPLIT_MODULARITY ? groups : [[...members]];
}
