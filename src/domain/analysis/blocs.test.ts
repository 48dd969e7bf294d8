import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../dates';
import { BLOC_PALETTE, blocColour, blocColourIndex } from './blocColours';
import { blocOf, blocSeries, blocsAt, sampleDays } from './blocs';
import { alliedPairsAt, compare, type Tie, type TieOptions } from './ties';
import { UnionFind } from './unionFind';
import { worldContext, type WorldSpec } from './testWorld';
import { BLOCS_WORLD } from './worlds';

const ctx = worldContext(BLOCS_WORLD);
const day = toDayNumber;

/** The reference the blocs are checked against: components of a list of pairs, each sorted, largest first. */
function connectedComponents(ties: readonly Pick<Tie, 'a' | 'b'>[]): string[][] {
  const sets = new UnionFind();
  for (const { a, b } of ties) sets.union(a, b);
  return sets
    .groups()
    .map((group) => group.sort(compare))
    .sort((x, y) => y.length - x.length || compare(x[0] as string, y[0] as string));
}

describe('connectedComponents', () => {
  it.each<[string, string, string[][]]>([
    ['no ties', '', []],
    ['one pair', 'ab', [['a', 'b']]],
    [
      'two groups, largest first',
      'xy ab bc',
      [
        ['a', 'b', 'c'],
        ['x', 'y'],
      ],
    ],
    [
      'equal sizes by first id',
      'yz ab',
      [
        ['a', 'b'],
        ['y', 'z'],
      ],
    ],
    [
      'a cycle is one component',
      'ab bc ca de',
      [
        ['a', 'b', 'c'],
        ['d', 'e'],
      ],
    ],
  ])('%s', (_, pairs, expected) => {
    const ties = pairs ? pairs.split(' ').map((p) => ({ a: p[0] as string, b: p[1] as string })) : [];
    expect(connectedComponents(ties)).toEqual(expected);
  });
});

describe('blocsAt on the blocs world', () => {
  const summary = (iso: string, options: TieOptions = {}) => {
    const partition = blocsAt(ctx, day(iso), options);
    return {
      blocs: partition.blocs.map((b) => `${b.id}=${b.members.join('')}/${b.pactIds.join('+')}`),
      unaligned: partition.unaligned,
    };
  };

  it.each<[string, string, TieOptions, string[], string[]]>([
    ['nothing yet', '1940', {}, [], []],
    // i (gamma: no defence), j (with an organisation only) and k (a proposal) are shown but in no bloc.
    [
      '1965: a..f through alpha, anz and beta; g–h apart',
      '1965',
      {},
      ['bloc:alpha=abcdef/alpha+anz+beta', 'bloc:omega=gh/omega'],
      ['i', 'j', 'k'],
    ],
    [
      '1965, every kind: gamma brings i in',
      '1965',
      { scope: 'all' },
      ['bloc:alpha=abcdefi/alpha+anz+beta+gamma', 'bloc:omega=gh/omega'],
      ['j', 'k'],
    ],
    [
      '1965, with proposals: dream brings k in',
      '1965',
      { scope: 'all', includeProposed: true },
      ['bloc:alpha=abcdefik/alpha+anz+beta+dream+gamma', 'bloc:omega=gh/omega'],
      ['j'],
    ],
    // c has left alpha and beta has ended: c has no membership left, so it is not listed as unaligned.
    // alpha (a, b, d) and anz (a, e, f) tie on 3 members: the earlier pact names the bloc.
    [
      '1990: c gone, alpha and anz tie on size',
      '1990',
      {},
      ['bloc:alpha=abdef/alpha+anz', 'bloc:omega=gh/omega'],
      ['i', 'j', 'k'],
    ],
  ])('%s', (_, iso, options, blocs, unaligned) => {
    expect(summary(iso, options)).toEqual({ blocs, unaligned });
  });

  it('finds the bloc of a state, or none', () => {
    const partition = blocsAt(ctx, day('1965'));
    expect(blocOf(partition, 'e')?.id).toBe('bloc:alpha');
    expect(blocOf(partition, 'h')?.id).toBe('bloc:omega');
    expect(blocOf(partition, 'i')).toBeUndefined();
  });
});

describe('sampleDays', () => {
  it.each<[number, number, number, number[]]>([
    [0, 10, 3, [0, 5, 10]],
    [0, 9, 4, [0, 3, 6, 9]],
    [0, 10, 1, [0]],
    [0, 10, 0, [0]],
    [0, 1, 3, [0, 1, 1]],
  ])('(%d, %d, %d)', (from, to, steps, expected) => {
    expect(sampleDays(from, to, steps)).toEqual(expected);
  });
});

describe('blocSeries', () => {
  it('counts and sizes blocs on the sampled days', () => {
    expect(blocSeries(ctx, day('1965'), day('1990'), 2)).toEqual([
      { day: day('1965'), count: 2, sizes: [6, 2] },
      { day: day('1990'), count: 2, sizes: [5, 2] },
    ]);
  });

  // A world where a suspension cuts the only tie of a pair, one actor's suspension cuts a star, and a
  // whole-pact suspension cuts a triangle.
  const SUSPENSIONS: WorldSpec = {
    states: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'x', 'y'],
    pacts: [
      { id: 'pair', members: ['x', 'y'], signed: '1950' },
      { id: 'star', members: ['a', 'b', 'c'], signed: '1950' },
      { id: 'tri', members: ['f', 'g', 'h'], signed: '1950' },
      { id: 'other', members: ['c', 'd', 'e'], signed: '1950', defence: false },
    ],
    extraEvents: [
      { pactId: 'pair', type: 'suspended', date: '1960', actorIds: ['x', 'y'] },
      { pactId: 'star', type: 'suspended', date: '1960', actorIds: ['a'] },
      { pactId: 'tri', type: 'suspended', date: '1970' },
    ],
  };
  const sctx = worldContext(SUSPENSIONS);

  it.each<[string, string[]]>([
    ['1955', ['ab', 'ac', 'bc', 'fg', 'fh', 'gh', 'xy']],
    ['1965', ['bc', 'fg', 'fh', 'gh']],
    ['1975', ['bc']],
  ])('suspensions in %s leave ties %j', (iso, expected) => {
    expect(alliedPairsAt(sctx, day(iso)).map((t) => t.a + t.b)).toEqual(expected);
  });

  it.each<[string, WorldSpec, TieOptions]>([
    ['blocs world, defence', BLOCS_WORLD, {}],
    ['blocs world, every kind with proposals', BLOCS_WORLD, { scope: 'all', includeProposed: true }],
    ['suspensions world', SUSPENSIONS, {}],
    ['suspensions world, every kind', SUSPENSIONS, { scope: 'all' }],
  ])(
    'blocsAt and blocSeries agree with components of the expanded pairs on every sampled day: %s',
    (_, world, options) => {
      const wctx = worldContext(world);
      const series = blocSeries(wctx, day('1940'), day('2000'), 241, options);
      expect(series).toHaveLength(241);
      for (const sample of series) {
        const reference = connectedComponents(alliedPairsAt(wctx, sample.day, options));
        const blocs = blocsAt(wctx, sample.day, options).blocs;
        expect(blocs.map((b) => b.members).sort()).toEqual(reference.sort());
        const sizes = reference.map((c) => c.length).sort((x, y) => y - x);
        expect(sample).toEqual({ day: sample.day, count: sizes.length, sizes });
      }
    },
  );
});

describe('bloc colours', () => {
  it('numbers blocs by first appearance, so each keeps its colour over time', () => {
    const index = blocColourIndex(ctx);
    expect([...index]).toEqual([
      ['bloc:alpha', 0],
      ['bloc:omega', 1],
    ]);
    expect(blocColour(index, 'bloc:omega')).toBe(BLOC_PALETTE[1]);
  });

  it('scans evenly spaced event days when there are more than asked for', () => {
    // Two scanned days, the first and the last (1986): alpha and omega both exist on the last.
    expect([...blocColourIndex(ctx, {}, 2)]).toEqual([...blocColourIndex(ctx)]);
    // One day, the first event day (1950): only alpha exists.
    expect([...blocColourIndex(ctx, {}, 1)]).toEqual([['bloc:alpha', 0]]);
  });

  it('gives an unseen bloc a stable palette colour', () => {
    const index = blocColourIndex(ctx);
    const colour = blocColour(index, 'bloc:unknown');
    expect(BLOC_PALETTE).toContain(colour);
    expect(blocColour(new Map(), 'bloc:unknown')).toBe(colour);
  });
});
