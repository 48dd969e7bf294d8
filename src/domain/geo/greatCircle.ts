import { geoDistance, geoInterpolate, type GeoProjection } from 'd3-geo';
import type { Point } from '../graph/seedPositions';

/** A place as [longitude, latitude] in degrees. */
export type LonLat = readonly [number, number];

const RAD = Math.PI / 180;
/** Samples along an arc at most this far apart (degrees): 3° keeps a world-spanning arc smooth at any zoom. */
const MAX_STEP_DEGREES = 3;

/** The point on the globe nearest the mean of the places (their 3D centroid, projected back onto the sphere). */
export function sphericalCentroid(places: readonly LonLat[]): LonLat | undefined {
  let x = 0;
  let y = 0;
  let z = 0;
  for (const [lon, lat] of places) {
    x += Math.cos(lat * RAD) * Math.cos(lon * RAD);
    y += Math.cos(lat * RAD) * Math.sin(lon * RAD);
    z += Math.sin(lat * RAD);
  }
  // Antipodal places (or none) have no meaningful middle.
  if (Math.hypot(x, y, z) < 1e-9) return places[0];
  return [Math.atan2(y, x) / RAD, Math.atan2(z, Math.hypot(x, y)) / RAD];
}

/** Points along the shorter great circle from a to b, both ends included, at most MAX_STEP_DEGREES apart. */
export function greatCircleSamples(a: LonLat, b: LonLat, maxStep = MAX_STEP_DEGREES): LonLat[] {
  const degrees = geoDistance([a[0], a[1]], [b[0], b[1]]) / RAD;
  const steps = Math.max(1, Math.ceil(degrees / maxStep));
  const at = geoInterpolate([a[0], a[1]], [b[0], b[1]]);
  return Array.from({ length: steps + 1 }, (_, i) => at(i / steps));
}

/** Longitude relative to the map's centre, in (-180, 180]. */
function relativeLongitude(lon: number, centre: number): number {
  const r = ((((lon - centre) % 360) + 540) % 360) - 180;
  return r === -180 ? 180 : r;
}

/** The longitude at the centre of a projection made by fitProjection (its rotation undone). */
export function projectionCentre(projection: GeoProjection): number {
  return -projection.rotate()[0];
}

/**
 * A great-circle arc from a to b drawn under the projection: one polyline, or two when the arc crosses the map's
 * edge (the antimeridian of its centre), each piece ending on the edge where the arc leaves or re-enters the map.
 */
export function projectArc(projection: GeoProjection, a: LonLat, b: LonLat): Point[][] {
  const centre = projectionCentre(projection);
  const samples = greatCircleSamples(a, b);
  const at = geoInterpolate([a[0], a[1]], [b[0], b[1]]);
  const project = ([lon, lat]: LonLat): Point => {
    const [x, y] = projection([lon, lat]) ?? [NaN, NaN];
    return { x, y };
  };
  const pieces: Point[][] = [[project(samples[0] as LonLat)]];
  for (let i = 1; i < samples.length; i++) {
    const prev = relativeLongitude((samples[i - 1] as LonLat)[0], centre);
    const next = relativeLongitude((samples[i] as LonLat)[0], centre);
    if (Math.abs(next - prev) > 180) {
      const lat = crossingLatitude(at, (i - 1) / (samples.length - 1), i / (samples.length - 1), centre);
      const edge = 180 - 1e-9;
      (pieces.at(-1) as Point[]).push(project([centre + Math.sign(prev) * edge, lat]));
      pieces.push([project([centre + Math.sign(next) * edge, lat])]);
    }
    (pieces.at(-1) as Point[]).push(project(samples[i] as LonLat));
  }
  return pieces;
}

// Bisection between two samples on either side of the antimeridian: where the arc meets it.
function crossingLatitude(
  at: (t: number) => [number, number],
  t0: number,
  t1: number,
  centre: number,
): number {
  let [lo, hi] = [t0, t1];
  const side = Math.sign(relativeLongitude(at(lo)[0], centre));
  for (let k = 0; k < 30; k++) {
    const mid = (lo + hi) / 2;
    if (Math.sign(relativeLongitude(at(mid)[0], centre)) === side) lo = mid;
    else hi = mid;
  }
  return at((lo + hi) / 2)[1];
}

/** Whether the great-circle arc from a to b crosses the antimeridian of `centre` (is cut by the map's edge). */
export function crossesEdge(a: LonLat, b: LonLat, centre: number): boolean {
  const lons = greatCircleSamples(a, b).map(([lon]) => relativeLongitude(lon, centre));
  return lons.some((lon, i) => i > 0 && Math.abs(lon - (lons[i - 1] as number)) > 180);
}

/**
 * Of the candidate centres, the one whose map cuts the fewest arcs (ties: the first): a dataset of Atlantic pacts
 * is centred on the Atlantic, one with Pacific pacts on the Pacific, so that most lines run across the map.
 */
export function chooseCentre(
  arcs: readonly (readonly [LonLat, LonLat])[],
  candidates: readonly number[],
): number {
  let best = candidates[0] ?? 0;
  let fewest = Infinity;
  for (const centre of candidates) {
    const cut = arcs.reduce((n, [a, b]) => n + (crossesEdge(a, b, centre) ? 1 : 0), 0);
    if (cut < fewest) [best, fewest] = [centre, cut];
  }
  return best;
}
