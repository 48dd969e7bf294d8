import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { nothingShown, type ShownSummary } from '../legend/figureLegend';

/** What the figure will draw, read off the live graph: pacts and actors shown, and the encodings they use. */
export interface ShownOnGraph {
  summary: ShownSummary;
  pactIds: Set<string>;
  actorIds: Set<string>;
}

export interface ViewMarks {
  blocs: boolean;
  sizeBy: ShownSummary['sizeBy'];
  comparedWith: string | null;
}

type Box = { x1: number; y1: number; x2: number; y2: number };
const overlaps = (a: Box, b: Box) => a.x1 <= b.x2 && b.x1 <= a.x2 && a.y1 <= b.y2 && b.y1 <= a.y2;

/** Reads the elements drawn (not hidden; in the viewport unless `full`) and sums up what the legend must explain. */
export function shownOnGraph(cy: Core, full: boolean, marks: ViewMarks): ShownOnGraph {
  const extent = cy.extent();
  const inFigure = (ele: EdgeSingular | NodeSingular) =>
    ele.visible() && (full || overlaps(ele.boundingBox({ includeLabels: false }), extent));
  const pactKinds = new Set<string>();
  const regions = new Set<string>();
  const pactIds = new Set<string>();
  const actorIds = new Set<string>();
  const summary = nothingShown({ ...marks, pactKinds, regions });
  cy.edges().forEach((edge) => {
    if (!inFigure(edge)) return;
    if (edge.data('role') === 'rivalry') summary.rivalries = true;
    else {
      pactKinds.add(edge.data('kind') as string);
      pactIds.add(edge.data('pactId') as string);
      if (edge.data('proposed')) summary.proposed = true;
    }
    if (edge.selected() || edge.hasClass('focus')) summary.selected = true;
  });
  cy.nodes().forEach((node) => {
    if (!inFigure(node)) return;
    if (node.selected() || node.hasClass('focus')) summary.selected = true;
    if (node.data('role') === 'pact') {
      summary.hubs = true;
      pactKinds.add(node.data('kind') as string);
      pactIds.add(node.data('pactId') as string);
      return;
    }
    actorIds.add(node.data('actorId') as string);
    if (node.data('kind') === 'organization') summary.organisations = true;
    else summary.states = true;
    if (node.data('nuclear')) summary.nuclear = true;
    if (node.hasClass('idle')) summary.faded = true;
    regions.add(node.data('region') as string);
  });
  return { summary, pactIds, actorIds };
}
