import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutInput } from '../domain/graph/layoutInput';
import type { Point } from '../domain/graph/seedPositions';
import { withSeededRandom } from './seededRandom';

cytoscape.use(fcose);

/** fcose tuned for alliance graphs: seeded positions (randomize off) keep the geographic arrangement. */
export const ATLAS_LAYOUT_OPTIONS = {
  name: 'fcose',
  quality: 'default',
  randomize: false,
  animate: false,
  fit: false,
  padding: 40,
  // Label room is part of each node's box (see buildLayoutInput): measured labels would depend on fonts.
  nodeDimensionsIncludeLabels: false,
  nodeRepulsion: () => 9000,
  idealEdgeLength: () => 70,
  edgeElasticity: () => 0.3,
  gravity: 0.2,
  numIter: 2500,
} as const;

/**
 * Above this many edges the force layout costs seconds on a 2-core machine (fcose: 4–8 s at 7,000 edges,
 * ~30 s at 25,000), so large datasets keep their seed positions (capitals, hubs at their members' centroid):
 * a geographic network that is drawn at once. Measured in bench/ (BENCHMARKS.md).
 */
export const FORCE_LAYOUT_MAX_EDGES = 2500;

// fcose and cose-base call Math.random (tree reduction, shuffles) even with randomize off: a fixed seed makes
// the result the same on every load and every machine.
const LAYOUT_SEED = 0x5eed;

const BOX_STYLE = [
  { selector: 'node', style: { width: 'data(width)', height: 'data(height)', shape: 'rectangle' } },
] as cytoscape.StylesheetJson;

/**
 * Positions of every node: a pure function of the input. The layout runs on a headless instance of its own,
 * never on the one on screen, whose classes (selection, hover, time) change node sizes and what is displayed.
 */
export function computeLayoutPositions(input: LayoutInput): Map<string, Point> {
  if (input.edges.length > FORCE_LAYOUT_MAX_EDGES)
    return new Map(input.nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: BOX_STYLE,
    elements: [
      ...input.nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id, width: n.width, height: n.height },
        position: { x: n.x, y: n.y },
      })),
      ...input.edges.map((e) => ({ group: 'edges' as const, data: { ...e } })),
    ],
  });
  try {
    // With animate off, fcose runs to the end inside run(): the seeded Math.random is restored right after.
    withSeededRandom(LAYOUT_SEED, () =>
      cy.layout({ ...ATLAS_LAYOUT_OPTIONS } as cytoscape.LayoutOptions).run(),
    );
    return new Map(cy.nodes().map((node) => [node.id(), { ...node.position() }] as const));
  } finally {
    cy.destroy();
  }
}

/** The layout input read from an instance's own elements and current positions (for instances built by hand). */
export function layoutInputOf(cy: Core): LayoutInput {
  const nodes = cy.nodes().map((n) => {
    const label = String(n.data('label') ?? '');
    return { id: n.id(), ...n.position(), width: Math.max(22, label.length * 6), height: 38 };
  });
  const edges = cy
    .edges()
    .filter((e) => e.data('role') !== 'rivalry')
    .map((e) => ({ id: e.id(), source: String(e.data('source')), target: String(e.data('target')) }));
  return { nodes, edges };
}

// Room around the nodes' centres for their labels and for the toolbar over the graph.
const FIT_PADDING = 50;

/** Fits the view to positions alone (not to rendered boxes, which selection styles change). */
export function fitToPositions(cy: Core, positions: ReadonlyMap<string, Point>): void {
  const xs = [...positions.values()].map((p) => p.x);
  const ys = [...positions.values()].map((p) => p.y);
  if (!xs.length) return;
  const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const w = Math.max(1, x2 - x1);
  const h = Math.max(1, y2 - y1);
  const fit = Math.min((cy.width() - 2 * FIT_PADDING) / w, (cy.height() - 2 * FIT_PADDING) / h);
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), fit));
  cy.viewport({
    zoom,
    pan: { x: cy.width() / 2 - zoom * (x1 + w / 2), y: cy.height() / 2 - zoom * (y1 + h / 2) },
  });
}

/** Lays out every element the dataset holds (shown or not, so nothing moves with time) and fits the view. */
export function runAtlasLayout(cy: Core, input: LayoutInput = layoutInputOf(cy)): Promise<void> {
  const positions = computeLayoutPositions(input);
  cy.batch(() => {
    for (const [id, position] of positions) cy.getElementById(id).position(position);
  });
  fitToPositions(cy, positions);
  return Promise.resolve();
}
