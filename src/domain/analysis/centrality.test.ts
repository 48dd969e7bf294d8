import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../dates';
import { centralityAt, centralityOfTies, topConnected } from './centrality';
import type { Tie } from './ties';
import { worldContext } from './testWorld';
import { BLOCS_WORLD } from './worlds';

const tiesOf = (pairs: string): Tie[] =>
  pairs.split(' ').map((p) => ({ a: p[0] as string, b: p[1] as string, pactIds: ['p'] }));

const summary = (pairs: string) =>
  Object.fromEntries([...centralityOfTies(tiesOf(pairs))].map(([id, c]) => [id, [c.degree, c.betweenness]]));

describe('degree and betweenness on small graphs', () => {
  it.each<[string, string, Record<string, [number, number]>]>([
    ['a path a–b–c: b lies on the one path a..c', 'ab bc', { a: [1, 0], b: [2, 1], c: [1, 0] }],
    // The centre of a star with 4 leaves is on all C(4,2) = 6 leaf-to-leaf paths.
    ['a star', 'ab ac ad ae', { a: [4, 6], b: [1, 0], c: [1, 0], d: [1, 0], e: [1, 0] }],
    ['a triangle: no one is between', 'ab bc ac', { a: [2, 0], b: [2, 0], c: [2, 0] }],
    // a–d has two shortest paths (via b and via c): each gets half.
    ['a square splits credit', 'ab bd ac cd', { a: [2, 0.5], b: [2, 0.5], c: [2, 0.5], d: [2, 0.5] }],
    // Path a-b-c-d: b is between a–c and a–d, c between a–d and b–d.
    ['a path of four', 'ab bc cd', { a: [1, 0], b: [2, 2], c: [2, 2], d: [1, 0] }],
  ])('%s', (_, pairs, expected) => {
    expect(summary(pairs)).toEqual(expected);
  });

  it('normalizes by the number of other states and of pairs of other states', () => {
    const star = centralityOfTies(tiesOf('ab ac ad ae'));
    expect(star.get('a')).toMatchObject({ degreeNormalized: 1, betweennessNormalized: 1 });
    expect(star.get('b')).toMatchObject({ degreeNormalized: 0.25, betweennessNormalized: 0 });
    const pair = centralityOfTies(tiesOf('ab'));
    expect(pair.get('a')).toMatchObject({ degreeNormalized: 1, betweennessNormalized: 0 });
  });

  it('skips betweenness on request, keeping degree', () => {
    const star = centralityOfTies(tiesOf('ab ac ad ae'), false);
    expect(star.get('a')).toMatchObject({ degree: 4, betweenness: 0, betweennessNormalized: 0 });
  });

  it('is empty without ties', () => {
    expect(centralityOfTies([]).size).toBe(0);
  });
});

describe('centrality on the blocs world in 1965', () => {
  const ctx = worldContext(BLOCS_WORLD);
  const centrality = centralityAt(ctx, toDayNumber('1965'));

  // Ties: ab ac ad ae af bc bd cd ce ef, and gh apart (8 tied states). Shortest paths of length 2:
  // b–e via a or c, b–f via a, c–f via a or e, d–e via a or c, d–f via a.
  it.each<[string, number, number]>([
    ['a', 5, 3.5],
    ['b', 3, 0],
    ['c', 4, 1],
    ['d', 3, 0],
    ['e', 3, 0.5],
    ['f', 2, 0],
    ['g', 1, 0],
    ['h', 1, 0],
  ])('%s: degree %d, betweenness %d', (id, degree, betweenness) => {
    const c = centrality.get(id);
    expect(c?.degree).toBe(degree);
    expect(c?.betweenness).toBeCloseTo(betweenness, 12);
    expect(c?.degreeNormalized).toBeCloseTo(degree / 7, 12);
    expect(c?.betweennessNormalized).toBeCloseTo(betweenness / 21, 12);
  });

  it('leaves states without a tie out', () => {
    expect([...centrality.keys()].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
  });

  it('ranks by degree, then betweenness, then id', () => {
    expect(topConnected(centrality, 5).map((c) => c.actorId)).toEqual(['a', 'c', 'e', 'b', 'd']);
    expect(topConnected(centrality, 0)).toEqual([]);
    expect(topConnected(centrality, 100)).toHaveLength(8);
  });
});
