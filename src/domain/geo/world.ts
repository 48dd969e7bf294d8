import type { FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';

/** Natural Earth shapes at 1:110m: land as one feature, countries, and the borders between them. */
export interface WorldShapes {
  land: FeatureCollection<Geometry>;
  countries: FeatureCollection<Geometry, { name?: string }>;
  borders: MultiLineString;
}

type WorldTopology = Topology<{ countries: GeometryCollection<{ name?: string }>; land: GeometryCollection }>;

// The JSON is a pinned package asset, not user input: check its shape once rather than trusting a cast.
function isWorldTopology(value: unknown): value is WorldTopology {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; objects?: Record<string, { type?: unknown } | undefined> };
  return (
    v.type === 'Topology' &&
    v.objects?.countries?.type === 'GeometryCollection' &&
    v.objects.land?.type === 'GeometryCollection'
  );
}

let cached: WorldShapes | undefined;

/** The world's shapes from world-atlas countries-110m, converted from TopoJSON once. */
export function worldShapes(): WorldShapes {
  if (cached) return cached;
  const topology: unknown = countries110m;
  if (!isWorldTopology(topology))
    throw new Error('world-atlas/countries-110m.json is not the expected TopoJSON');
  const shapes: WorldShapes = {
    land: feature(topology, topology.objects.land),
    countries: feature(topology, topology.objects.countries),
    borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
  };
  cached = shapes;
  return shapes;
}
