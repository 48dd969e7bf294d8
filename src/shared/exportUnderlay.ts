// The contract between an image export and whatever draws under the graph (the map): shared by canvas and export.

/**
 * Where the graph's model coordinates land on the export canvas: device px = model × zoom + (x, y). The same
 * transform as the graph image, so whatever is drawn in model coordinates lines up with the nodes.
 */
export interface UnderlayView {
  zoom: number;
  x: number;
  y: number;
  /** Device px per CSS px of the graph as seen at zoom 1: a line `w` CSS px wide is `w × pixelRatio / zoom` model units. */
  pixelRatio: number;
}

/**
 * Draws under the graph (e.g. a map), in model coordinates: the context's transform is already set from `view`
 * and clipped to the graph area. May be async (e.g. to load its data).
 */
export type PngUnderlay = (ctx: CanvasRenderingContext2D, view: UnderlayView) => void | Promise<void>;
