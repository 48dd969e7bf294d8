import { describe, expect, it } from 'vitest';
import type { Point } from '../../domain/graph/seedPositions';
import { placeAround, separateNodes } from './separateNodes';

const apart = (a: Point, b: Point, d: number) =>
  Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y)) >= d - 1e-3;

describe('separateNodes', () => {
  it('pushes crowded points apart along x or y, leaves lonely ones alone, and never changes its input', () => {
    const input = new Map([
      ['bel', { x: 100, y: 100 }],
      ['lux', { x: 104, y: 103 }],
      ['nld', { x: 102, y: 96 }],
      ['jpn', { x: 900, y: 200 }],
    ]);
    const out = separateNodes(input, { minDistance: 20 });
    expect(out.get('jpn')).toEqual({ x: 900, y: 200 });
    for (const [a, b] of [
      ['bel', 'lux'],
      ['bel', 'nld'],
      ['lux', 'nld'],
    ] as const)
      expect(apart(out.get(a)!, out.get(b)!, 20), `${a} ${b}`).toBe(true);
    expect(input.get('bel')).toEqual({ x: 100, y: 100 });
    expect(separateNodes(input, { minDistance: 20 })).toEqual(out);
  });

  it('lets points that are never drawn together share a place, and moves none further than maxShift', () => {
    const input = new Map([
      ['sax', { x: 0, y: 0 }],
      ['svn', { x: 1, y: 1 }],
    ]);
    expect(separateNodes(input, { minDistance: 20, together: () => false })).toEqual(input);
    const capped = separateNodes(input, { minDistance: 20, maxShift: 3 });
    for (const id of ['sax', 'svn']) {
      const [p, q] = [capped.get(id)!, input.get(id)!];
      expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeLessThanOrEqual(3 + 1e-9);
    }
  });
});

describe('placeAround', () => {
  it('puts each free node at the nearest spot clear of the fixed ones, or at its wish when that is clear', () => {
    const fixed = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 20, y: 0 }],
    ]);
    const out = placeAround(
      fixed,
      new Map([
        ['hub', { x: 10, y: 0 }],
        ['far', { x: 500, y: 500 }],
      ]),
      {
        minDistance: 20,
      },
    );
    expect(out.get('a')).toEqual({ x: 0, y: 0 });
    expect(out.get('far')).toEqual({ x: 500, y: 500 });
    const hub = out.get('hub')!;
    expect(apart(hub, fixed.get('a')!, 20) && apart(hub, fixed.get('b')!, 20)).toBe(true);
    // Straight up or down from its wish: the nearest clear spot.
    expect(Math.abs(hub.x - 10)).toBeLessThan(1e-9);
    expect(Math.abs(hub.y)).toBeLessThanOrEqual(20 + 5);
  });
});
