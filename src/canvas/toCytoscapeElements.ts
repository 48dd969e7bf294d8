import type { ElementDefinition } from 'cytoscape';
import type { GraphElements } from '../domain/graph/buildGraphElements';
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
