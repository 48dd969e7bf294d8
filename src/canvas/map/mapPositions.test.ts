import { describe, expect, it } from 'vitest';
import { fitProjection, projectActors } from '../../domain/geo/project';
import type { GraphElements } from '../../domain/graph/buildGraphElements';
import type { Point } from '../../domain/graph/seedPositions';
import { COINCIDENT_DISTANCE, SPREAD_RADIUS, mapPositions, spreadCoincident } from './mapPositions';
import { MAP_FRAME } from './mapStyle';

const actor = (id: string) => ({
  id: `a:${id}`,
  label: id,
  title: id,
  role: 'actor' as const,
  kind: 'state',
  actorId: id,
});
const hub = (id: string) => ({
  id: `p:${id}`,
  label: id,
  title: id,
  role: 'pact' as const,
  kind: 'alliance',
  pactId: id,
});
const member = (pact: string, actorId: string) => ({
  id: `m:${pact}:${actorId}`,
  source: `p:${pact}`,
  target: `a:${actorId}`,
  pactId: pact,
  kind: 'mutual-defence-treaty' as const,
  role: 'membership' as const,
  label: pact,
  title: pact,
  proposed: false,
  actorIds: [actorId],
});

// Three states at hand-picked points, a hub over all three and a hub over two; a bilateral edge adds no node.
const ELEMENTS: GraphElements = {
  nodes: [actor('x'), actor('y'), actor('z'), hub('all'), hub('xy')],
  edges: [member('all', 'x'), member('all', 'y'), member('all', 'z'), member('xy', 'x'), member('xy', 'y')],
};
const POINTS = new Map<string, Point>([
  ['x', { x: 0, y: 0 }],
  ['y', { x: 300, y: 0 }],
  ['z', { x: 0, y: 600 }],
]);

describe('mapPositions', () => {
  it('puts each actor at its point and each hub at the centroid of its members', () => {
    const positions = mapPositions(ELEMENTS, POINTS);
    expect(positions.get('a:x')).toEqual({ x: 0, y: 0 });
    expect(positions.get('a:y')).toEqual({ x: 300, y: 0 });
    expect(positions.get('a:z')).toEqual({ x: 0, y: 600 });
    expect(positions.get('p:all')).toEqual({ x: 100, y: 200 });
    expect(positions.get('p:xy')).toEqual({ x: 150, y: 0 });
    expect(positions.size).toBe(5);
  });

  it('leaves out actors without a point, and hubs without any placed member', () => {
    const positions = mapPositions(ELEMENTS, new Map([['z', { x: 10, y: 20 }]]));
    expect([...positions.keys()].sort()).toEqual(['a:z', 'p:all']);
    // The hub's only placed member is z: both would sit on (10, 20), so they share a ring around it.
    for (const id of ['a:z', 'p:all']) {
      const p = positions.get(id) as Point;
      expect(Math.hypot(p.x - 10, p.y - 20)).toBeCloseTo(SPREAD_RADIUS, 9);
    }
  });

  it('places the real projection: west to east by longitude, north to south by latitude', () => {
    const actors = [
      { id: 'usa', lon: -77.04, lat: 38.91 },
      { id: 'jpn', lon: 139.69, lat: 35.69 },
      { id: 'aus', lon: 149.13, lat: -35.28 },
      { id: 'gbr', lon: -0.13, lat: 51.51 },
    ];
    const elements: GraphElements = { nodes: actors.map((a) => actor(a.id)), edges: [] };
    const positions = mapPositions(elements, projectActors(actors, fitProjection(MAP_FRAME)));
    const at = (id: string) => positions.get(`a:${id}`) as Point;
    expect(at('usa').x).toBeLessThan(at('gbr').x);
    expect(at('gbr').x).toBeLessThan(at('jpn').x);
    expect(at('jpn').x).toBeLessThan(at('aus').x);
    expect(at('aus').y).toBeGreaterThan(at('jpn').y);
    expect(at('gbr').y).toBeLessThan(at('usa').y);
    for (const p of positions.values()) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(MAP_FRAME.width);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(MAP_FRAME.height);
    }
  });
});

describe('spreadCoincident', () => {
  const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

  it('fans nodes on one spot out on a ring around it, in id order, and leaves the others alone', () => {
    const input = new Map<string, Point>([
      ['a:sun', { x: 500, y: 100 }],
      ['a:rus', { x: 500, y: 100 }],
      ['a:usa', { x: 100, y: 200 }],
    ]);
    const out = spreadCoincident(input);
    expect(out.get('a:usa')).toEqual({ x: 100, y: 200 });
    const centre = { x: 500, y: 100 };
    const rus = out.get('a:rus') as Point;
    const sun = out.get('a:sun') as Point;
    expect(distance(rus, centre)).toBeCloseTo(SPREAD_RADIUS, 9);
    expect(distance(sun, centre)).toBeCloseTo(SPREAD_RADIUS, 9);
    // A pair ends up opposite each other: a node's width apart, both visible.
    expect(distance(rus, sun)).toBeCloseTo(2 * SPREAD_RADIUS, 9);
    // "a:rus" sorts first and takes the top-left place.
    expect(rus.x).toBeLessThan(centre.x);
    expect(rus.y).toBeLessThan(centre.y);
  });

  it('treats points closer than COINCIDENT_DISTANCE as one place, even across a grid line', () => {
    const near = COINCIDENT_DISTANCE / 4;
    const input = new Map<string, Point>([
      ['a', { x: 10 - near / 2, y: 5 }],
      ['b', { x: 10 + near / 2, y: 5 }],
      ['c', { x: 10, y: 5 + near }],
      ['d', { x: 10 + 3 * COINCIDENT_DISTANCE, y: 5 }],
    ]);
    const out = spreadCoincident(input);
    expect(out.get('d')).toEqual(input.get('d'));
    const moved = ['a', 'b', 'c'].map((id) => out.get(id) as Point);
    for (let i = 0; i < moved.length; i++)
      for (let j = i + 1; j < moved.length; j++)
        expect(distance(moved[i] as Point, moved[j] as Point)).toBeGreaterThan(SPREAD_RADIUS);
  });

  it('returns a new map and does not change its input', () => {
    const input = new Map<string, Point>([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 0, y: 0 }],
    ]);
    const out = spreadCoincident(input);
    expect(out).not.toBe(input);
    expect(input.get('a')).toEqual({ x: 0, y: 0 });
  });
});
