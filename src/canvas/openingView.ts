import type { Core } from 'cytoscape';
import { isDrawn } from '../domain/graph/firstView';
import type { Point } from '../domain/graph/seedPositions';
import { fitBoxView } from '../shared/zoom/fitArea';

/** The places of the nodes the opening view draws (all places when it draws none). */
export function drawnPlaces(
  nodes: readonly { id: string }[],
  places: ReadonlyMap<string, Point>,
  classes: ReadonlyMap<string, ReadonlySet<string>>,
): Point[] {
  const all = nodes.map((n) => places.get(n.id)).filter((p): p is Point => p !== undefined);
  const drawn = nodes
    .filter((n) => isDrawn(classes.get(n.id)))
    .map((n) => places.get(n.id))
    .filter((p): p is Point => p !== undefined);
  return drawn.length ? drawn : all;
}

const REACH = 20;
const FIT_PADDING = 32;

/**
 * Fits the view to node centres plus a node's reach, clear of the controls over the graph: from places only, so
 * nothing has to be styled or measured (the opening view before its first frame, and the layout once it arrives).
 */
export function fitOpeningView(cy: Core, places: readonly Point[]): void {
  if (!places.length) return;
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of places)
    [x1, y1, x2, y2] = [Math.min(x1, x), Math.min(y1, y), Math.max(x2, x), Math.max(y2, y)];
  cy.viewport(
    fitBoxView(cy, { x1: x1 - REACH, y1: y1 - REACH, x2: x2 + REACH, y2: y2 + REACH }, FIT_PADDING),
  );
}
