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

/**
 * Fits the opening view to the places of what it draws, as the layout's fit does once the layout arrives
 * (node centres plus a node's reach, clear of the controls over the graph): from places only, so nothing has to
 * be styled or measured before the first frame.
 */
export function fitOpeningView(cy: Core, places: readonly Point[]): void {
  if (!places.length) return;
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of places)
    [x1, y1, x2, y2] = [Math.min(x1, x), Math.min(y1, y), Math.max(x2, x), Math.max(y2, y)];
  const reach = 20;
  cy.viewport(fitBoxView(cy, { x1: x1 - reach, y1: y1 - reach, x2: x2 + reach, y2: y2 + reach }, 32));
}
