import { geoContains, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import {
  fitProjection,
  pathData,
  projectActors,
  projectPoint,
  worldMapPaths,
} from './project';
import { worldShapes } from './world';

const FRAMES = [
  { width: 800, height: 400, padding: 10 },
  { width: 300, height: 600, padding: 0 },
];

// Every number in SVG path data, as [x, y] pairs (our paths only use absolute M, L and Z commands).
function points(d: string): [number, number][] {
  const numbers = (d.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) out.push([numbers[i] as number, numbers[i + 1] as number]);
  return out;
}

describe('fitProjection', () => {
  it.each(FRAMES)('fits the globe inside $width×$height less $padding', (frame) => {
    const projection = fitProjection(frame);
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds({ type: 'Sphere' });
    const pad = frame.padding;
    const eps = 1e-6;
    expect(x0).toBeGreaterThanOrEqual(pad - eps);
    expect(y0).toBeGreaterThanOrEqual(pad - eps);
    expect(x1).toBeLessThanOrEqual(frame.width - pad + eps);
    expect(y1).toBeLessThanOrEqual(frame.height - pad + eps);
    // As large as fits: it touches the frame on one axis.
    const touchesX = Math.abs(x0 - pad) < 1e-3 && Math.abs(x1 - (frame.width - pad)) < 1e-3;
    const touchesY = Math.abs(y0 - pad) < 1e-3 && Math.abs(y1 - (frame.height - pad)) < 1e-3;
    expect(touchesX || touchesY).toBe(true);
    // Centred: (0°, 0°) lands in the middle of the frame.
    const centre = projectPoint(projection, 0, 0);
    expect(centre.x).toBeCloseTo(frame.width / 2, 6);
    expect(centre.y).toBeCloseTo(frame.height / 2, 6);
  });

  it.each(FRAMES)('puts east to the right, north up, and is symmetric ($width×$height)', (frame) => {
    const projection = fitProjection(frame);
    const c = projectPoint(projection, 0, 0);
    const ne = projectPoint(projection, 60, 40);
    const sw = projectPoint(projection, -60, -40);
    expect(ne.x).toBeGreaterThan(c.x);
    expect(ne.y).toBeLessThan(c.y);
    expect(ne.x - c.x).toBeCloseTo(c.x - sw.x, 6);
    expect(c.y - ne.y).toBeCloseTo(sw.y - c.y, 6);
  });

  it('keeps a usable projection for a degenerate frame', () => {
    const p = projectPoint(fitProjection({ width: 0, height: 0 }), 10, 10);
    expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });
});

describe('projectActors', () => {
  const projection = fitProjection({ width: 1000, height: 500 });
  const capitals = [
    { id: 'usa', lat: 38.9, lon: -77.04 },
    { id: 'gbr', lat: 51.51, lon: -0.13 },
    { id: 'rus', lat: 55.76, lon: 37.62 },
    { id: 'chn', lat: 39.9, lon: 116.41 },
    { id: 'aus', lat: -35.28, lon: 149.13 },
  ];
  const at = projectActors(capitals, projection);

  it('places every actor and orders capitals west to east and north to south', () => {
    expect([...at.keys()]).toEqual(['usa', 'gbr', 'rus', 'chn', 'aus']);
    const x = (id: string) => at.get(id)?.x ?? NaN;
    const y = (id: string) => at.get(id)?.y ?? NaN;
    expect(x('usa')).toBeLessThan(x('gbr'));
    expect(x('gbr')).toBeLessThan(x('rus'));
    expect(x('rus')).toBeLessThan(x('chn'));
    expect(x('chn')).toBeLessThan(x('aus'));
    expect(y('rus')).toBeLessThan(y('chn'));
    expect(y('chn')).toBeLessThan(y('aus'));
    expect(y('aus')).toBeGreaterThan(250); // southern hemisphere: below the equator
  });
});

describe('world map paths', () => {
  const shapes = worldShapes();

  it('has the Natural Earth 1:110m countries, land and borders', () => {
    expect(shapes.countries.features.length).toBe(177);
    expect(shapes.borders.coordinates.length).toBeGreaterThan(100);
    // Inland capitals are on land, the middle of the oceans is not.
    expect(geoContains(shapes.land, [13.4, 52.52])).toBe(true); // Berlin
    expect(geoContains(shapes.land, [116.41, 39.9])).toBe(true); // Beijing
    expect(geoContains(shapes.land, [-30, 30])).toBe(false); // North Atlantic
    expect(geoContains(shapes.land, [-150, 0])).toBe(false); // Pacific
  });

  it.each(FRAMES)('draws every layer inside the frame ($width×$height)', (frame) => {
    const paths = worldMapPaths(fitProjection(frame), shapes);
    for (const d of Object.values(paths)) {
      expect(d.startsWith('M')).toBe(true);
      const xs = points(d).map(([x]) => x);
      const ys = points(d).map(([, y]) => y);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(-0.5);
      expect(Math.max(...xs)).toBeLessThanOrEqual(frame.width + 0.5);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(-0.5);
      expect(Math.max(...ys)).toBeLessThanOrEqual(frame.height + 0.5);
    }
  });

  it('rounds path coordinates to the digits asked for', () => {
    const projection = fitProjection({ width: 800, height: 400 });
    const d = pathData(
      projection,
      {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [10, 10],
        ],
      },
      0,
    );
    expect(d).toMatch(/^M\d+,\d+L\d+,\d+$/);
  });
});
