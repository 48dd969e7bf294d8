import { describe, expect, it } from 'vitest';
import { frameAt, LayoutPlayer } from './interpolate';
import type { KeyframeLayout } from './keyframes';

const layout: KeyframeLayout = {
  ids: ['a', 'b'],
  days: Int32Array.of(0, 10, 20),
  frames: [Float32Array.of(0, 0, 5, 5), Float32Array.of(10, 0, 5, 5), Float32Array.of(10, 0, 5, 15)],
};

function record(player: LayoutPlayer, day: number, how: 'all' | 'step') {
  const out: Record<string, [number, number]> = {};
  player[how](day, (n, x, y) => (out[layout.ids[n]!] = [x, y]));
  return out;
}

describe('frameAt', () => {
  it.each([
    [-5, 0, 0],
    [0, 0, 0],
    [5, 0, 0.5],
    [10, 1, 0],
    [15, 1, 0.5],
    [25, 2, 0],
  ])('day %d: keyframe %d, t %d', (day, i, t) => {
    expect(frameAt(layout.days, day)).toEqual({ i, t });
  });
});

describe('LayoutPlayer', () => {
  it('places every node on the keyframes and halfway between them', () => {
    const player = new LayoutPlayer(layout);
    expect(record(player, 5, 'all')).toEqual({ a: [5, 0], b: [5, 5] });
    expect(record(player, 20, 'all')).toEqual({ a: [10, 0], b: [5, 15] });
  });
  it('a step inside an interval touches only the nodes that move in it', () => {
    const player = new LayoutPlayer(layout);
    player.all(2, () => {});
    expect(record(player, 6, 'step')).toEqual({ a: [6, 0] });
  });
  it('a step over a keyframe settles the last interval’s movers and moves the new ones', () => {
    const player = new LayoutPlayer(layout);
    player.all(8, () => {});
    expect(record(player, 15, 'step')).toEqual({ a: [10, 0], b: [5, 10] });
  });
  it('places one node at a day, as a full placement would (a node shown again after being left behind)', () => {
    const player = new LayoutPlayer(layout);
    for (const day of [-3, 0, 7, 10, 15, 20, 30]) {
      const all = record(player, day, 'all');
      const one: Record<string, [number, number]> = {};
      for (const n of [0, 1]) player.one(n, day, (i, x, y) => (one[layout.ids[i]!] = [x, y]));
      expect(one).toEqual(all);
    }
  });
});
