import type { Point } from '../../domain/graph/seedPositions';

/** Cytoscape's view: a model point is drawn at `model × zoom + pan` (CSS px in the container). */
export interface Viewport {
  zoom: number;
  pan: Point;
}

export interface Bounds {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The SVG transform that draws model coordinates exactly where Cytoscape draws them. */
export function underlayTransform({ zoom, pan }: Viewport): string {
  return `matrix(${zoom} 0 0 ${zoom} ${pan.x} ${pan.y})`;
}
