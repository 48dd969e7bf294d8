import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../dates';
import { seededRandom } from '../seededRandom';
import { communitiesAt } from './communities';
import { worldContext, type WorldSpec } from './testWorld';
import { BLOCS_WORLD } from './worlds';

// Two four-state alliances bridged by one bilateral treaty: one bloc, two obvious communities.
const BARBELL: WorldSpec = {
  states: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'x', 'y'],
  pacts: [
    { id: 'west', members: ['a', 'b', 'c', 'd'], signed: '1950' },
    { id: 'east', members: ['e', 'f', 'g', 'h'], signed: '1951' },
    { id: 'bridge', members: ['d', 'e'], signed: '1952' },
    { id: 'far', members: ['x', 'y'], signed: '1953' },
  ],
};
const day = toDayNumber('1960');

describe('communitiesAt', () => {
  const ctx = worldContext(BARBELL);

  it('splits a bloc at its bridge, keeps each community inside its bloc, sorts by size then id', () => {
    const { communities } = communitiesAt(ctx, day);
    expect(communities.map((c) => [c.id, c.members.join(''), c.blocId])).toEqual([
      ['community:east', 'efgh', 'bloc:west'],
      ['community:west', 'abcd', 'bloc:west'],
      ['community:far', 'xy', 'bloc:far'],
    ]);
  });

  it('reports the modularity worked out by hand', () => {
    // m = 6 + 6 + 1 + 1 = 14 edges; west and east hold 6 inner edges and degree 13 each, far 1 and 2:
    // Q = 2·(6/14 − (13/28)²) + (1/14 − (2/28)²).
    const expected = 2 * (6 / 14 - (13 / 28) ** 2) + (1 / 14 - (2 / 28) ** 2);
    expect(communitiesAt(ctx, day).modularity).toBeCloseTo(expected, 10);
  });

  it('gives the same answer for the same seed', () => {
    const world = worldContext(BLOCS_WORLD);
    const at = toDayNumber('1965');
    for (const seed of [1, 2, 3, 42]) {
      expect(communitiesAt(world, at, { seed })).toEqual(communitiesAt(world, at, { seed }));
    }
  });

  it('is empty before any tie', () => {
    expect(communitiesAt(ctx, toDayNumber('1940'))).toEqual({
      day: toDayNumber('1940'),
      communities: [],
      modularity: 0,
    });
  });
});

describe('seededRandom', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = Array.from({ length: 100 }, seededRandom(7));
    const b = Array.from({ length: 100 }, seededRandom(7));
    expect(a).toEqual(b);
    expect(a.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(Array.from({ length: 100 }, seededRandom(8))).not.toEqual(a);
  });
});
