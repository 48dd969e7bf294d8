import type { Core } from 'cytoscape';

/**
 * The element on which the canvas says what it shows (`data-shown-day`, `data-labels`, `data-filtered`,
 * `data-layout-mode`, `data-map-centre`), for tests, the bench and CSS: the graph's host element, never
 * Cytoscape's own container. Cytoscape watches every attribute of its container (a MutationObserver) and
 * answers any change with a resize and a full redraw 100 ms later: written there, each date step was drawn twice.
 */
export function graphStatusElement(cy: Core): HTMLElement | null {
  return cy.container()?.parentElement ?? null;
}

export function setGraphStatus(cy: Core, name: `data-${string}`, value: string): void {
  graphStatusElement(cy)?.setAttribute(name, value);
}

export function graphStatus(cy: Core, name: `data-${string}`): string | null {
  return graphStatusElement(cy)?.getAttribute(name) ?? null;
}
