import type { ElementDefinition } from 'cytoscape';
import { actorNodeId, type GraphElements } from '../domain/graph/buildGraphElements';
import type { Rivalry } from '../domain/model';
import type { Point } from '../domain/graph/seedPositions';

/** Turns domain elements into Cytoscape definitions, every one starting hidden until the date shows it. */
export function toCytoscapeElements(
  elements: GraphElements,
  positions: ReadonlyMap<string, Point>,
): ElementDefinition[] {
  const nodes: ElementDefinition[] = elements.nodes.map((node) => {
    const position = positions.get(node.id);
    return {
      group: 'nodes',
      data: { ...node },
      ...(position ? { position: { ...position } } : {}),
      classes: node.role === 'pact' ? 'hidden' : 'idle',
    };
  });
  // Edges that share their two ends with another edge (two pacts between the same states) are fanned out as
  // bezier curves; the others are drawn straight (see the stylesheet).
  const pairs = new Map<string, number>();
  const pairOf = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
  for (const edge of elements.edges) {
    const pair = pairOf(edge.source, edge.target);
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  }
  const edges: ElementDefinition[] = elements.edges.map((edge) => ({
    group: 'edges',
    data: {
      ...edge,
      actorIds: [...edge.actorIds],
      shared: (pairs.get(pairOf(edge.source, edge.target)) ?? 0) > 1,
    },
    classes: 'hidden',
  }));
  return [...nodes, ...edges];
}

/** Rivalry edges: drawn only when the rivalries view is on and the rivalry is under way at the date. */
export function rivalryElements(
  rivalries: readonly Rivalry[],
  actorNames: ReadonlyMap<string, string>,
): ElementDefinition[] {
  return rivalries.map((r) => {
    const [a, b] = r.actorIds;
    const title = `Rivalry: ${actorNames.get(a) ?? a} – ${actorNames.get(b) ?? b}`;
    return {
      group: 'edges',
      data: {
        id: `r:${r.id}`,
        source: actorNodeId(a),
        target: actorNodeId(b),
        role: 'rivalry',
        rivalryId: r.id,
        label: '',
        title,
      },
      classes: 'hidden',
    };
  });
}
