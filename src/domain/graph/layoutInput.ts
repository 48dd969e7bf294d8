import type { GraphElements } from './buildGraphElements';
import type { Point } from './seedPositions';

/** A node as the force layout sees it: a box (the node and the room its label needs) at its seed position. */
export interface LayoutNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
}

/** Everything the layout reads, in a canonical order: positions depend on this and nothing else. */
export interface LayoutInput {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
}

// Label room from the character count, not from measured text: fonts differ between machines, and positions
// must not. 6.2 px per character is the average advance of the 11 px system sans-serif the stylesheet uses.
const CHAR_WIDTH = 6.2;
const ACTOR_SIZE = 22;
const HUB_SIZE = 16;
const LABEL_HEIGHT = 16;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The layout's input from the dataset's elements and seed positions alone: nodes and edges sorted by id (so the
 * order in which a dataset was loaded or merged cannot change the result), sizes from labels and roles (never
 * from the live canvas, whose selection and hover styles change node borders).
 */
export function buildLayoutInput(elements: GraphElements, seeds: ReadonlyMap<string, Point>): LayoutInput {
  const nodes = elements.nodes
    .map((node) => {
      const size = node.role === 'pact' ? HUB_SIZE : ACTOR_SIZE;
      const seed = seeds.get(node.id) ?? { x: 0, y: 0 };
      return {
        id: node.id,
        x: seed.x,
        y: seed.y,
        width: Math.max(size, Math.round(node.label.length * CHAR_WIDTH)),
        height: size + LABEL_HEIGHT,
      };
    })
    .sort(byId);
  const edges = elements.edges
    .map((edge) => ({ id: edge.id, source: edge.source, target: edge.target }))
    .sort(byId);
  return { nodes, edges };
}
