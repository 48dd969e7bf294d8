import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTimeScale, positionHistogram, yearTicks } from './timeScale';

const days = [0, 10, 1000, 1001, 1002, 1003, 1004];

describe('buildTimeScale', () => {
  it('time mode is proportional to the date', () => {
    const scale = buildTimeScale(days, 0, 1000, 'time');
    expect(scale.toPosition(500)).toBe(0.5);
    expect(scale.toDay(0.25)).toBe(250);
  });

  it('events mode gives a crowded stretch more of the track than its share of time', () => {
    const scale = buildTimeScale(days, 0, 1004, 'events');
    const crowded = scale.toPosition(1004) - scale.toPosition(1000);
    expect(crowded).toBeGreaterThan(0.3);
    expect(scale.toPosition(0)).toBe(0);
    expect(scale.toPosition(1004)).toBe(1);
  });

  it.each(['time', 'events'] as const)('%s mode is monotonic and round-trips days', (mode) => {
    const scale = buildTimeScale(days, 0, 1004, mode);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1004 }), fc.integer({ min: 0, max: 1004 }), (a, b) => {
        if (a < b) expect(scale.toPosition(a)).toBeLessThanOrEqual(scale.toPosition(b));
        expect(Math.abs(scale.toDay(scale.toPosition(a)) - a)).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('positionHistogram', () => {
  it('counts events into position bins', () => {
    const scale = buildTimeScale([0, 999], 0, 1000, 'time');
    expect(positionHistogram([0, 0, 600, 999, 999, 999], scale, 2)).toEqual([2, 4]);
  });
});

describe('yearTicks', () => {
  const yearOf = (day: number) => Math.floor(day / 100);
  const dayOfYear = (year: number) => year * 100;
  it('picks a round step that gives at most the requested number of ticks', () => {
    const scale = buildTimeScale([], 1900 * 100, 2025 * 100, 'time');
    const ticks = yearTicks(scale, yearOf, dayOfYear, 12);
    expect(ticks.map((t) => t.year)).toEqual([1900, 1920, 1940, 1960, 1980, 2000, 2020]);
  });
  it('thins labels that would crowd each other', () => {
    const scale = buildTimeScale([], 1900 * 100, 2025 * 100, 'time');
    const ticks = yearTicks(scale, yearOf, dayOfYear, 200, 0.1);
    for (let i = 1; i < ticks.length; i++)
      expect(ticks[i]!.position - ticks[i - 1]!.position).toBeGreaterThanOrEqual(0.1);
  });
});
