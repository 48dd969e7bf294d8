import type { Core } from 'cytoscape';
import { fitBoxView } from './fitArea';
import { clampZoom } from './wheelZoom';

// Room around a fit for labels at the edges (the controls over the graph are left clear besides: fitArea.ts).
export const FIT_PADDING = 48;

function reducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/** Zooms by `factor` about a rendered point (default: the centre of the graph). */
export function zoomBy(cy: Core, factor: number, at?: { x: number; y: number }): void {
  const level = clampZoom(cy.zoom() * factor, cy.minZoom(), cy.maxZoom());
  cy.stop(true, true);
  cy.zoom({ level, renderedPosition: at ?? { x: cy.width() / 2, y: cy.height() / 2 } });
}

/** Fits what is drawn (every displayed element), or the given elements, into the view. */
export function fitDrawn(cy: Core, ids?: readonly string[]): void {
  const drawn = ids?.length
    ? ids.reduce((all, id) => all.union(cy.getElementById(id)), cy.collection()).filter(':visible')
    : cy.elements(':visible');
  if (drawn.empty()) return;
  cy.stop(true, true);
  // A single node would be fitted at the maximum zoom: cap a selection's fit at a readable level (2). The fit
  // leaves the controls drawn over the graph clear.
  const view = fitBoxView(cy, drawn.boundingBox(), FIT_PADDING, 2);
  if (reducedMotion()) {
    cy.viewport(view);
    return;
  }
  cy.animate({ ...view, duration: 250, easing: 'ease-out-cubic' });
}

/** The elements of the current selection (a pact's edges, hub and members; a state and its ties), for zooming to. */
export function selectionIds(cy: Core): string[] {
  return cy.elements('.focus').map((ele) => ele.id());
}
