import type { ElementDefinition } from 'cytoscape';
import { actorNodeId, type GraphElements } from '../domain/graph/buildGraphElements';
import type { Rivalry } from '../domain/model';
import type { Point } from '../domain/graph/seedPositions';
import { unplacedClasses } from '../domain/graph/firstView';

/**
 * Turns domain elements into Cytoscape definitions. Without `classes` every one starts as no date shows it
 * (hubs and edges hidden, states faded); with `classes` (an element id's classes at the opening view,
 * domain/graph/firstView.ts) each starts as the opening date shows it.
 */
export function toCytoscapeElements(
  elements: GraphElements,
  positions: ReadonlyMap<string, Point>,
  classes?: ReadonlyMap<string, ReadonlySet<string>>,
): ElementDefinition[] {
  const classesOf = (id: string, role: 'actor' | 'pact' | 'edge') =>
    [...(classes?.get(id) ?? unplacedClasses(role))].join(' ');
  const nodes: ElementDefinition[] = elements.nodes.map((node) => {
    const position = positions.get(node.id);
    return {
      group: 'nodes',
      data: { ...node },
      ...(position ? { position: { ...position } } : {}),
      classes: classesOf(node.id, node.role),
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
    classes: classesOf(edge.id, 'edge'),
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

/**
 * Gives every edge its place in the drawing order (data `z`, from −edges to −1; the stylesheet makes it the
 * z-index): later edges are drawn over earlier ones whatever order they were added to the graph in, so adding
 * the opening view's edges first (AtlasGraph) draws the same picture. Negative, so a focused edge (z-index 10)
 * is still drawn over all the others.
 */
export function inDrawingOrder(definitions: ElementDefinition[]): ElementDefinition[] {
  const edges = definitions.filter((d) => d.group === 'edges').length;
  let index = 0;
  for (const d of definitions) if (d.group === 'edges') d.data.z = index++ - edges;
  return definitions;
}
