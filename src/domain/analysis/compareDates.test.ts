import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../dates';
import { buildTimelineIndex } from '../timeline';
import { compareDates } from './compareDates';
import { worldInput } from './testWorld';
import { BLOCS_WORLD } from './worlds';

const input = worldInput(BLOCS_WORLD);
const index = buildTimelineIndex(input, 'signed');
const pactIds = input.pacts.map((p) => p.id);

const summary = (isoA: string, isoB: string) => {
  const c = compareDates(index, toDayNumber(isoA), toDayNumber(isoB), pactIds);
  return {
    formed: c.formed,
    ended: c.ended,
    continuing: c.continuing,
    transient: c.transient,
    joined: c.joined.map((m) => m.key),
    left: c.left.map((m) => m.key),
  };
};

// Spans: alpha 1950– (c leaves 1970, d joins 1960), anz 1951–, gamma 1952–, delta 1953–, beta 1955–1980,
// dream proposed 1956–, omega 1960–, blip 1972–1975.
describe('compareDates on the blocs world', () => {
  it.each<[string, string, ReturnType<typeof summary>]>([
    [
      '1958',
      '1990',
      {
        formed: ['omega'],
        ended: ['beta'],
        continuing: ['alpha', 'anz', 'delta', 'dream', 'gamma'],
        transient: ['blip'],
        joined: ['alpha/d'],
        left: ['alpha/c'],
      },
    ],
    [
      '1940',
      '1951-06',
      { formed: ['alpha', 'anz'], ended: [], continuing: [], transient: [], joined: [], left: [] },
    ],
    [
      '1973',
      '1976',
      {
        formed: [],
        ended: ['blip'],
        continuing: ['alpha', 'anz', 'beta', 'delta', 'dream', 'gamma', 'omega'],
        transient: [],
        joined: [],
        left: [],
      },
    ],
    // A pact ending on the later day is no longer active on it (spans are half-open).
    [
      '1979',
      '1980',
      {
        formed: [],
        ended: ['beta'],
        continuing: ['alpha', 'anz', 'delta', 'dream', 'gamma', 'omega'],
        transient: [],
        joined: [],
        left: [],
      },
    ],
  ])('from %s to %s', (a, b, expected) => {
    expect(summary(a, b)).toEqual(expected);
  });

  it.each([
    ['1958', '1990'],
    ['1940', '2000'],
    ['1971', '1974'],
  ])('reads %s and %s the same in either order (earlier to later)', (a, b) => {
    const forward = compareDates(index, toDayNumber(a), toDayNumber(b), pactIds);
    const backward = compareDates(index, toDayNumber(b), toDayNumber(a), pactIds);
    expect(backward).toEqual(forward);
    expect(forward.earlier).toBe(toDayNumber(a));
    expect(forward.later).toBe(toDayNumber(b));
  });

  it('finds only continuing pacts when both days are the same', () => {
    const c = summary('1965', '1965');
    expect(c).toEqual({
      formed: [],
      ended: [],
      continuing: ['alpha', 'anz', 'beta', 'delta', 'dream', 'gamma', 'omega'],
      transient: [],
      joined: [],
      left: [],
    });
  });
});
