import { Virtualizer } from '@tanstack/virtual-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowRange } from './rowWindow';

// The chronicle drew its rows with @tanstack/react-virtual; rowRange replaced it (it was ~10 kB gzip of the
// start-up script). For equal-height rows it must draw exactly the rows the virtualizer drew.
function virtualizerRows(count: number, rowHeight: number, overscan: number, offset: number, height: number) {
  const virtualizer = new Virtualizer<HTMLElement, HTMLElement>({
    count,
    estimateSize: () => rowHeight,
    overscan,
    initialRect: { width: 0, height },
    initialOffset: offset,
    getScrollElement: () => null,
    scrollToFn: () => {},
    observeElementRect: () => {},
    observeElementOffset: () => {},
  });
  return virtualizer.getVirtualItems().map((item) => [item.index, item.start]);
}

function ourRows(count: number, rowHeight: number, overscan: number, offset: number, height: number) {
  const range = rowRange({ offset, height }, count, rowHeight, overscan);
  const rows: number[][] = [];
  if (range)
    for (let index = range.first; index <= range.last; index++) rows.push([index, index * rowHeight]);
  return rows;
}

describe('rowRange draws the rows @tanstack/virtual-core drew for equal-height rows', () => {
  it('for any list length, scroll offset (past the end too) and height', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12_000 }),
        fc.double({ min: 0, max: 600_000, noNaN: true }),
        fc.integer({ min: 0, max: 2_000 }),
        fc.constantFrom(0, 1, 8),
        (count, offset, height, overscan) => {
          expect(ourRows(count, 46, overscan, offset, height)).toEqual(
            virtualizerRows(count, 46, overscan, offset, height),
          );
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it.each([
    // [count, offset, height]: empty, unmeasured, one row, a screenful at the top, exact row edges, the end
    [0, 0, 552],
    [104, 0, 0],
    [1, 0, 552],
    [104, 0, 552],
    [104, 46 * 10, 46 * 5],
    [104, 46 * 10 + 1, 46 * 5],
    [104, 46 * 104, 600],
    [10_000, 123_456.5, 431.5],
  ])('%i rows at offset %d, %d px high', (count, offset, height) => {
    expect(ourRows(count, 46, 8, offset, height)).toEqual(virtualizerRows(count, 46, 8, offset, height));
  });
});
