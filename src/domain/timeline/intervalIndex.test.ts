import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntervalIndex } from './intervalIndex';

// Naive reference: filter every interval for every question.
const ids = (starts: Float64Array, keep: (i: number) => boolean) => Array.from(starts.keys()).filter(keep);

// Many intervals over a narrow range, with open ends (Infinity), unknown starts (NaN) and empty spans.
const intervals = fc
  .array(
    fc.tuple(
      fc.oneof(fc.integer({ min: -50, max: 50 }), fc.constant(NaN)),
      fc.oneof(fc.integer({ min: -50, max: 50 }), fc.constant(Infinity)),
    ),
    { maxLength: 300 },
  )
  .map((pairs) => ({
    starts: Float64Array.from(pairs, ([s]) => s),
    ends: Float64Array.from(pairs, ([, e]) => e),
  }));
const day = fc.integer({ min: -55, max: 55 });

function run(index: IntervalIndex, method: 'activeAt', d: number): number[];
function run(
  index: IntervalIndex,
  method: 'startedBetween' | 'endedBetween',
  lo: number,
  hi: number,
): number[];
function run(index: IntervalIndex, method: keyof IntervalIndex, a: number, b?: number): number[] {
  const out: number[] = [];
  if (method === 'activeAt') index.activeAt(a, out);
  else index[method](a, b as number, out);
  return out.sort((x, y) => x - y);
}

describe('IntervalIndex against the naive reference', () => {
  it('activeAt returns exactly the intervals with start ≤ day < end', () => {
    fc.assert(
      fc.property(intervals, fc.array(day, { minLength: 1, maxLength: 30 }), ({ starts, ends }, days) => {
        const index = new IntervalIndex(starts, ends);
        for (const d of days) {
          expect(run(index, 'activeAt', d)).toEqual(ids(starts, (i) => starts[i]! <= d && d < ends[i]!));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('countAt is the number of intervals with start ≤ day < end', () => {
    fc.assert(
      fc.property(intervals, fc.array(day, { minLength: 1, maxLength: 30 }), ({ starts, ends }, days) => {
        const index = new IntervalIndex(starts, ends);
        for (const d of days)
          expect(index.countAt(d)).toBe(ids(starts, (i) => starts[i]! <= d && d < ends[i]!).length);
      }),
      { numRuns: 300 },
    );
  });

  it('startedBetween and endedBetween are the differences of the active sets', () => {
    fc.assert(
      fc.property(intervals, day, day, ({ starts, ends }, x, y) => {
        const [lo, hi] = x < y ? [x, y] : [y, x];
        fc.pre(lo < hi);
        const index = new IntervalIndex(starts, ends);
        const on = (d: number) => (i: number) => starts[i]! <= d && d < ends[i]!;
        expect(run(index, 'startedBetween', lo, hi)).toEqual(ids(starts, (i) => on(hi)(i) && !on(lo)(i)));
        expect(run(index, 'endedBetween', lo, hi)).toEqual(ids(starts, (i) => on(lo)(i) && !on(hi)(i)));
      }),
      { numRuns: 300 },
    );
  });

  it('answers on a large set too (deep tree, many ties)', () => {
    const n = 20_000;
    const starts = Float64Array.from({ length: n }, (_, i) => (i * 7919) % 5000);
    const ends = Float64Array.from(starts, (s, i) =>
      i % 10 === 0 ? Infinity : s + ((i * 104729) % 400) + 1,
    );
    const index = new IntervalIndex(starts, ends);
    for (const d of [-1, 0, 1, 2500, 4999, 5000, 5400, 9999]) {
      expect(run(index, 'activeAt', d)).toEqual(ids(starts, (i) => starts[i]! <= d && d < ends[i]!));
    }
  });
});
