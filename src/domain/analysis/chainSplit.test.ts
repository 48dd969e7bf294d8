import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../dates';
import { blocsAt, blocSeries } from './blocs';
import { MIN_SPLIT_STATES } from './chainSplit';
import { worldContext, worldInput, type WorldSpec } from './testWorld';
import { buildTimelineIndex } from '../timeline';
import { createAnalysisContext } from './context';

const day = toDayNumber('1960');
const letters = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

// Three six-state alliances chained by two bilateral treaties (west–mid, mid–east): 18 states, three systems
// (modularity 0.48 worked out by hand: 2·(9/33 − (21/66)²) + 9/33 − (24/66)²).
const CHAIN: WorldSpec = {
  states: [...letters('w', 6), ...letters('m', 6), ...letters('e', 6)],
  pacts: [
    { id: 'west', members: letters('w', 6), signed: '1950' },
    { id: 'mid', members: letters('m', 6), signed: '1950' },
    { id: 'east', members: letters('e', 6), signed: '1951' },
    { id: 'bridge-wm', members: ['w5', 'm0'], signed: '1952' },
    { id: 'bridge-me', members: ['m5', 'e0'], signed: '1952' },
  ],
};

describe('split blocs', () => {
  it('a chain of three alliance systems is one component, three split blocs named by their pacts', () => {
    const ctx = worldContext(CHAIN);
    expect(blocsAt(ctx, day).blocs.map((b) => b.members.length)).toEqual([18]);
    const split = blocsAt(ctx, day, { split: true }).blocs;
    expect(split.map((b) => [b.id, b.members.join(' ')])).toEqual([
      ['bloc:east', letters('e', 6).join(' ')],
      ['bloc:mid', letters('m', 6).join(' ')],
      ['bloc:west', letters('w', 6).join(' ')],
    ]);
    // The bridging treaties belong to neither side.
    expect(split.map((b) => b.pactIds)).toEqual([['east'], ['mid'], ['west']]);
    expect(blocSeries(ctx, day, day, 1, { split: true })).toEqual([{ day, count: 3, sizes: [6, 6, 6] }]);
  });

  it('one alliance with members of its members is not split (no community structure)', () => {
    const ONE: WorldSpec = {
      states: letters('s', 14),
      pacts: [
        { id: 'big', members: letters('s', 13), signed: '1950' },
        { id: 'side', members: ['s0', 's13'], signed: '1951' },
      ],
    };
    expect(blocsAt(worldContext(ONE), day, { split: true }).blocs.map((b) => b.members.length)).toEqual([14]);
  });

  it(`a chain smaller than ${MIN_SPLIT_STATES} states stays one bloc`, () => {
    const SMALL: WorldSpec = {
      states: [...letters('w', 4), ...letters('e', 4)],
      pacts: [
        { id: 'west', members: letters('w', 4), signed: '1950' },
        { id: 'east', members: letters('e', 4), signed: '1951' },
        { id: 'bridge', members: ['w3', 'e0'], signed: '1952' },
      ],
    };
    expect(blocsAt(worldContext(SMALL), day, { split: true }).blocs).toHaveLength(1);
  });

  it('names a bloc by a pact people know over a larger made-up name holding at least half as many', () => {
    const input = worldInput({
      ...CHAIN,
      pacts: [...CHAIN.pacts, { id: 'made-up', members: [...letters('w', 6), 'm1', 'm2'], signed: '1949' }],
    });
    const named = {
      ...input,
      pacts: input.pacts.map((p) =>
        p.id === 'made-up'
          ? { ...p, name: 'Defence pact: W0, W1, W2 and 5 others (1949)' }
          : { ...p, name: p.id.toUpperCase() },
      ),
    };
    const ctx = createAnalysisContext(named, buildTimelineIndex(named, 'signed'));
    const west = blocsAt(ctx, day, { split: true }).blocs.find((b) => b.members.includes('w0'));
    expect(west?.anchorPactId).toBe('west');
  });
});
