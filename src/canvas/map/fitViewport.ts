import type { Point } from '../../domain/graph/seedPositions';
import type { Bounds, Viewport } from './viewport';

/** The smallest box holding every finite point, or null when there is none. */
export function boundsOf(points: Iterable<Point>): Bounds | null {
  let box: Bounds | null = null;
  for (const { x, y } of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    box = box
      ? { x1: Math.min(box.x1, x), y1: Math.min(box.y1, y), x2: Math.max(box.x2, x), y2: Math.max(box.y2, y) }
      : { x1: x, y1: y, x2: x, y2: y };
  }
  return box;
}

export interface FitArea {
  width: number;
  height: number;
  /** Kept free on every side, in CSS px. */
  padding: number;
  minZoom: number;
  maxZoom: number;
}

/** The view that shows the box as large as fits in the area less its padding, centred (as `cy.fit` would). */
export function fitViewport(box: Bounds, area: FitArea): Viewport {
  const w = box.x2 - box.x1;
  const h = box.y2 - box.y1;
  const roomW = Math.max(1, area.width - 2 * area.padding);
  const roomH = Math.max(1, area.height - 2 * area.padding);
  const raw = Math.min(w > 0 ? roomW / w : Infinity, h > 0 ? roomH / h : Infinity);
  const zoom = Math.min(area.maxZoom, Math.max(area.minZoom, Number.isFinite(raw) ? raw : 1));
  return {
    zoom,
    pan: { x: area.width / 2 - zoom * (box.x1 + w / 2), y: area.height / 2 - zoom * (box.y1 + h / 2) },
  };
}
