import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../dates';
import { alliedPairsAt, alliesAt, pactCounts, tiePactsAt, type TieOptions } from './ties';
import { worldContext } from './testWorld';
import { BLOCS_WORLD } from './worlds';

const ctx = worldContext(BLOCS_WORLD);
const pairsOn = (iso: string, options: TieOptions = {}) =>
  alliedPairsAt(ctx, toDayNumber(iso), options).map((t) => `${t.a}${t.b}:${t.pactIds.join('+')}`);

// alpha {a,b,c,d} expands to 6 pairs, anz {a,e,f} to 3, beta c–e; delta has one state, gamma no defence, dream
// is only proposed.
const DEFENCE_TIES_1965 = [
  'ab:alpha',
  'ac:alpha',
  'ad:alpha',
  'ae:anz',
  'af:anz',
  'bc:alpha',
  'bd:alpha',
  'cd:alpha',
  'ce:beta',
  'ef:anz',
  'gh:omega',
];

describe('alliedPairsAt on the blocs world', () => {
  it.each<[string, string, TieOptions, string[]]>([
    ['before any pact', '1940', {}, []],
    ['defence ties in 1965', '1965', {}, DEFENCE_TIES_1965],
    [
      'every pact kind in 1965: gamma adds a–i and f–i and doubles a–f',
      '1965',
      { scope: 'all' },
      [
        'ab:alpha',
        'ac:alpha',
        'ad:alpha',
        'ae:anz',
        'af:anz+gamma',
        'ai:gamma',
        'bc:alpha',
        'bd:alpha',
        'cd:alpha',
        'ce:beta',
        'ef:anz',
        'fi:gamma',
        'gh:omega',
      ],
    ],
    [
      'proposals on request',
      '1965',
      { includeProposed: true },
      // The proposed dream adds e–k.
      [...DEFENCE_TIES_1965, 'ek:dream'].sort(),
    ],
    [
      'b–c through two pacts in 1973 (c has left alpha)',
      '1973',
      {},
      ['ab:alpha', 'ad:alpha', 'ae:anz', 'af:anz', 'bc:blip', 'bd:alpha', 'ce:beta', 'ef:anz', 'gh:omega'],
    ],
    [
      'a–f suspended in anz from 1986',
      '1990',
      {},
      ['ab:alpha', 'ad:alpha', 'ae:anz', 'bd:alpha', 'ef:anz', 'gh:omega'],
    ],
    [
      'a–f still tied through gamma when every kind counts',
      '1990',
      { scope: 'all' },
      [
        'ab:alpha',
        'ad:alpha',
        'ae:anz',
        'af:gamma',
        'ai:gamma',
        'bd:alpha',
        'ef:anz',
        'fi:gamma',
        'gh:omega',
      ],
    ],
  ])('%s', (_, iso, options, expected) => {
    expect(pairsOn(iso, options)).toEqual(expected);
  });

  it('lists each pair once with a < b', () => {
    const ties = alliedPairsAt(ctx, toDayNumber('1965'), { scope: 'all', includeProposed: true });
    const keys = ties.map((t) => `${t.a}|${t.b}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(ties.every((t) => t.a < t.b)).toBe(true);
  });
});

describe('which pacts make ties', () => {
  it.each<[string, TieOptions, boolean]>([
    ['alpha', {}, true],
    ['gamma', {}, false],
    ['gamma', { scope: 'all' }, true],
    ['dream', { scope: 'all' }, false],
    ['dream', { includeProposed: true }, true],
    ['no-such-pact', { scope: 'all' }, false],
  ])('%s with %o: %s', (pactId, options, expected) => {
    expect(pactCounts(ctx, pactId, options)).toBe(expected);
  });

  it('keeps only state members: the organisation in delta leaves j alone', () => {
    expect(tiePactsAt(ctx, toDayNumber('1965'))).toContainEqual({ pactId: 'delta', members: ['j'] });
  });
});

describe('alliesAt', () => {
  const rows = (ids: string[], iso: string, options: TieOptions = {}) =>
    Object.fromEntries(
      [...alliesAt(ctx, ids, toDayNumber(iso), options)].map(([id, row]) => [id, Object.fromEntries(row)]),
    );

  it.each<[string[], string, TieOptions, Record<string, Record<string, string[]>>]>([
    [
      ['a', 'k'],
      '1965',
      {},
      { a: { b: ['alpha'], c: ['alpha'], d: ['alpha'], e: ['anz'], f: ['anz'] }, k: {} },
    ],
    [['f'], '1965', { scope: 'all' }, { f: { a: ['anz', 'gamma'], e: ['anz'], i: ['gamma'] } }],
    // a–f is suspended in anz from 1986 but gamma still ties them when every kind counts.
    [['f'], '1990', {}, { f: { e: ['anz'] } }],
    [['f'], '1990', { scope: 'all' }, { f: { a: ['gamma'], e: ['anz'], i: ['gamma'] } }],
    [['nobody'], '1965', {}, { nobody: {} }],
  ])('%j in %s %o', (ids, iso, options, expected) => {
    expect(rows(ids, iso, options)).toEqual(expected);
  });

  it.each(['1951', '1965', '1973', '1990'])('matches the expanded pairs in %s', (iso) => {
    const options = { scope: 'all', includeProposed: true } as const;
    const fromPairs = new Map<string, Map<string, string[]>>();
    for (const { a, b, pactIds } of alliedPairsAt(ctx, toDayNumber(iso), options)) {
      fromPairs.set(a, (fromPairs.get(a) ?? new Map<string, string[]>()).set(b, pactIds));
      fromPairs.set(b, (fromPairs.get(b) ?? new Map<string, string[]>()).set(a, pactIds));
    }
    const states = BLOCS_WORLD.states;
    const allies = alliesAt(ctx, states, toDayNumber(iso), options);
    for (const id of states) expect(allies.get(id)).toEqual(fromPairs.get(id) ?? new Map());
  });
});
