// Loaded with import() only (loadMapScene.ts): d3-geo and the world-atlas shapes (~108 kB) stay out of the
// initial script, and so does everything here that only the map needs.
import type { Atlas } from '../../domain/atlas/buildAtlas';
import type { Point } from '../../domain/graph/seedPositions';
import { fitProjection, worldMapPaths } from '../../domain/geo/project';
import { worldShapes } from '../../domain/geo/world';
import type { UnderlayView } from '../../shared/exportUnderlay';
import { buildMapGeometry, nodeSpans, type MapGeometry } from './mapGeometry';
import { MAP_FRAME, MAP_STYLE, type WorldLayer } from './mapStyle';
import { boundsOf, fitViewport, type FitArea } from './fitViewport';
import type { Viewport } from './viewport';

const layersByCentre = new Map<number, readonly WorldLayer[]>();
const geometryByAtlas = new WeakMap<Atlas, MapGeometry>();
// The centre of the map last shown: the PNG export paints the map the screen shows.
let shownCentre = 0;

/** The world map's layers, back to front, in the map frame, for a map centred on `centre`; built once each. */
export function worldLayers(centre = shownCentre): readonly WorldLayer[] {
  let layers = layersByCentre.get(centre);
  if (!layers) {
    const paths = worldMapPaths(fitProjection({ ...MAP_FRAME, centre }), worldShapes());
    layers = (['sphere', 'graticule', 'land', 'borders'] as const).map((name) => ({
      name,
      d: paths[name],
      ...MAP_STYLE[name],
    }));
    layersByCentre.set(centre, layers);
  }
  return layers;
}

/** A dataset's map (centre, node positions, arcs), built once per dataset. */
export function atlasMapGeometry(atlas: Atlas): MapGeometry {
  let geometry = geometryByAtlas.get(atlas);
  if (!geometry) {
    geometry = buildMapGeometry(atlas.elements, atlas.dataset.actors, nodeSpans(atlas));
    geometryByAtlas.set(atlas, geometry);
  }
  return geometry;
}

/** The map as it is about to be shown for a dataset: its geometry and the world's layers under it. */
export function showMap(atlas: Atlas): { geometry: MapGeometry; layers: readonly WorldLayer[] } {
  const geometry = atlasMapGeometry(atlas);
  shownCentre = geometry.centre;
  return { geometry, layers: worldLayers(geometry.centre) };
}

/** Every node's map position for a dataset, built once per dataset. */
export function atlasMapPositions(atlas: Atlas): ReadonlyMap<string, Point> {
  return atlasMapGeometry(atlas).positions;
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
