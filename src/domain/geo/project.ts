import {
  geoGraticule10,
  geoNaturalEarth1,
  geoPath,
  type GeoPermissibleObjects,
  type GeoProjection,
} from 'd3-geo';
import type { Actor } from '../model';
import type { WorldShapes } from './world';

/** The rectangle a map is fitted into, in pixels (or any unit the caller draws in). */
export interface MapFrame {
  width: number;
  height: number;
  /** Margin kept on every side (default 0). */
  padding?: number;
  /** The longitude at the map's centre, in degrees east (default 0); its antimeridian is the map's left/right edge. */
  centre?: number;
}

const SPHERE = { type: 'Sphere' } as const;

/**
 * The Natural Earth projection of the whole globe (little distortion of area, a familiar shape), fitted (centred,
 * as large as fits) into the frame less its padding.
 */
export function fitProjection(frame: MapFrame): GeoProjection {
  const pad = Math.max(0, frame.padding ?? 0);
  const projection = geoNaturalEarth1().rotate([-(frame.centre ?? 0), 0]);
  const right = Math.max(pad + 1, frame.width - pad);
  const bottom = Math.max(pad + 1, frame.height - pad);
  return projection.fitExtent(
    [
      [pad, pad],
      [right, bottom],
    ],
    SPHERE,
  );
}

/** A point in the frame for a longitude and latitude (x to the east, y to the south). */
export function projectPoint(projection: GeoProjection, lon: number, lat: number): { x: number; y: number } {
  const [x, y] = projection([lon, lat]) ?? [NaN, NaN];
  return { x, y };
}

/** Each actor's position in the frame, at its capital. */
export function projectActors(
  actors: readonly Pick<Actor, 'id' | 'lon' | 'lat'>[],
  projection: GeoProjection,
): Map<string, { x: number; y: number }> {
  return new Map(actors.map((a) => [a.id, projectPoint(projection, a.lon, a.lat)]));
}

/** SVG path data of a GeoJSON object under a projection ('' when nothing is visible); works in Path2D too. */
export function pathData(projection: GeoProjection, object: GeoPermissibleObjects, digits = 1): string {
  return geoPath(projection).digits(digits)(object) ?? '';
}

/** The map's layers as SVG path data, back to front. */
export interface WorldMapPaths {
  /** The outline of the globe (fill it as the sea). */
  sphere: string;
  /** Meridians and parallels every 10°. */
  graticule: string;
  /** All land. */
  land: string;
  /** Borders between countries (coasts excluded). */
  borders: string;
}

/** The world map's path data under a projection, from the shapes of world.ts (or any of the same form). */
export function worldMapPaths(projection: GeoProjection, shapes: WorldShapes): WorldMapPaths {
  return {
    sphere: pathData(projection, SPHERE),
    graticule: pathData(projection, geoGraticule10()),
    land: pathData(projection, shapes.land),
    borders: pathData(projection, shapes.borders),
  };
}
