// The contract between an image export and whatever lays out the graph's labels (canvas/labels): labels are sized
// and thinned for the zoom they are seen at, and a whole-graph export is seen at another zoom than the screen.
import type { Core } from 'cytoscape';

/** Sizes and places a graph's labels for drawing it at `zoom` (CSS px per model unit). */
export type LabelLayout = (cy: Core, zoom: number) => void;

const layouts = new WeakMap<Core, LabelLayout>();

/** Registers how a graph's labels are laid out (the canvas does, once per instance); returns the unregister. */
export function provideLabelLayout(cy: Core, layout: LabelLayout): () => void {
  layouts.set(cy, layout);
  return () => {
    if (layouts.get(cy) === layout) layouts.delete(cy);
  };
}

/**
 * Lays the labels out for drawing at `zoom` and returns how to put them back as the screen shows them. A graph
 * without a registered layout (an off-screen copy) is left as it is.
 */
export function labelsForZoom(cy: Core, zoom: number): () => void {
  const layout = layouts.get(cy);
  if (!layout || cy.destroyed()) return () => undefined;
  layout(cy, zoom);
  return () => {
    if (!cy.destroyed()) layout(cy, cy.zoom());
  };
}
