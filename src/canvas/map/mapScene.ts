// Loaded with import() only (loadMapScene.ts): d3-geo and the world-atlas shapes (~108 kB) stay out of the
// initial script, and so does everything here that only the map needs.
import type { Atlas } from '../../domain/atlas/buildAtlas';
import type { Point } from '../../domain/graph/seedPositions';
import { fitProjection, projectActors, worldMapPaths } from '../../domain/geo/project';
import { worldShapes } from '../../domain/geo/world';
import type { UnderlayView } from '../../shared/exportUnderlay';
import { mapPositions } from './mapPositions';
import { MAP_FRAME, MAP_STYLE, type WorldLayer } from './mapStyle';
import { boundsOf, fitViewport, type FitArea } from './fitViewport';
import type { Viewport } from './viewport';

const projection = fitProjection(MAP_FRAME);
let layers: readonly WorldLayer[] | undefined;
const positionsByAtlas = new WeakMap<Atlas, ReadonlyMap<string, Point>>();

/** The world map's layers, back to front, in the map frame; built once. */
export function worldLayers(): readonly WorldLayer[] {
  if (!layers) {
    const paths = worldMapPaths(projection, worldShapes());
    layers = (['sphere', 'graticule', 'land', 'borders'] as const).map((name) => ({
      name,
      d: paths[name],
      ...MAP_STYLE[name],
    }));
  }
  return layers;
}

/** Every node's map position for a dataset, built once per dataset. */
export function atlasMapPositions(atlas: Atlas): ReadonlyMap<string, Point> {
  let positions = positionsByAtlas.get(atlas);
  if (!positions) {
    positions = mapPositions(atlas.elements, projectActors(atlas.dataset.actors, projection));
    positionsByAtlas.set(atlas, positions);
  }
  return positions;
}

/** The view that shows every node's map position (not only those shown at the date, so it never depends on it). */
export function mapViewport(positions: ReadonlyMap<string, Point>, area: FitArea): Viewport {
  return fitViewport(boundsOf(positions.values()) ?? { x1: 0, y1: 0, x2: 0, y2: 0 }, area);
}

/** Paints the world map on a canvas already set to model coordinates (the PNG export's underlay), as on screen. */
export function drawWorldMap(ctx: CanvasRenderingContext2D, view: UnderlayView): void {
  // Strokes are CSS px on screen: in model units that is pixelRatio / zoom per px.
  const px = view.pixelRatio / view.zoom;
  ctx.lineJoin = 'round';
  for (const layer of worldLayers()) {
    const path = new Path2D(layer.d);
    if (layer.fill !== 'none') {
      ctx.fillStyle = layer.fill;
      ctx.fill(path);
    }
    if (layer.stroke !== 'none' && layer.strokeWidth > 0) {
      ctx.strokeStyle = layer.stroke;
      ctx.lineWidth = layer.strokeWidth * px;
      ctx.stroke(path);
    }
  }
}
