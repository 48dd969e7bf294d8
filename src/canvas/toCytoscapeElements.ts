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
  const edges: ElementDefinition[] = elements.edges.map((edge) => ({
    group: 'edges',
    data: { ...edge, actorIds: [...edge.actorIds] },
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
