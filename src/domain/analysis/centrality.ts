import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import type { AnalysisContext } from './context';
import { alliedPairsAt, compare, type Tie, type TieOptions } from './ties';

/** A state's centrality in the tie graph of one date. */
export interface Centrality {
  actorId: string;
  /** Number of distinct states tied to it. */
  degree: number;
  /** degree / (n − 1), n = states with at least one tie on the date. */
  degreeNormalized: number;
  /** Share of shortest paths between pairs of other states that pass through it, counted per pair. */
  betweenness: number;
  /** betweenness / ((n − 1)(n − 2) / 2): 1 for the centre of a star. */
  betweennessNormalized: number;
}

/** An undirected graphology graph of ties (one edge per pair, weighted by the number of pacts). */
export function tieGraph(ties: readonly Tie[]): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const { a, b, pactIds } of ties) {
    graph.mergeNode(a);
    graph.mergeNode(b);
    graph.mergeEdge(a, b, { weight: pactIds.length });
  }
  return graph;
}

export interface CentralityOptions extends TieOptions {
  /** Default true. Brandes is O(states × ties): skip it (betweenness 0) when only degree is wanted. */
  betweenness?: boolean;
}

/** Degree and (unweighted) betweenness of every tied state, by actor id, from a list of ties. */
export function centralityOfTies(ties: readonly Tie[], withBetweenness = true): Map<string, Centrality> {
  const graph = tieGraph(ties);
  const n = graph.order;
  // graphology's Brandes throws on an empty graph (its stack needs a positive capacity).
  const raw =
    n === 0 || !withBetweenness
      ? {}
      : betweennessCentrality(graph, { normalized: false, getEdgeWeight: null });
  const pairs = ((n - 1) * (n - 2)) / 2;
  const out = new Map<string, Centrality>();
  graph.forEachNode((actorId) => {
    const degree = graph.degree(actorId);
    const betweenness = raw[actorId] ?? 0;
    out.set(actorId, {
      actorId,
      degree,
      degreeNormalized: n > 1 ? degree / (n - 1) : 0,
      betweenness,
      betweennessNormalized: pairs > 0 ? betweenness / pairs : 0,
    });
  });
  return out;
}

/** Degree and betweenness of every state tied on `day` (states without a tie are absent: both are 0). */
export function centralityAt(
  ctx: AnalysisContext,
  day: number,
  options: CentralityOptions = {},
): Map<string, Centrality> {
  return centralityOfTies(alliedPairsAt(ctx, day, options), options.betweenness ?? true);
}

/** The n most connected states: by degree, then betweenness, then id. */
export function topConnected(centrality: ReadonlyMap<string, Centrality>, n: number): Centrality[] {
  return [...centrality.values()]
    .sort((x, y) => y.degree - x.degree || y.betweenness - x.betweenness || compare(x.actorId, y.actorId))
    .slice(0, Math.max(0, n));
}
