import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayToIso, toDayNumber } from '../dates';
import { EventDays } from './eventDays';

const at = (...isos: string[]) => new EventDays(isos.map((date) => ({ pactId: 'p', type: 'signed', date })));

describe('EventDays.histogram', () => {
  const days = at('2000-01-01', '2000-01-01', '2000-01-02', '2000-01-05', '2000-01-10', '2000-01-11');
  const d = toDayNumber;
  it.each<[number, string, string, number[]]>([
    [1, '2000-01-01', '2000-01-11', [6]],
    [2, '2000-01-01', '2000-01-10', [4, 1]], // days 1–5 and 6–10; the 11th is outside
    [5, '2000-01-01', '2000-01-10', [3, 0, 1, 0, 1]],
    [3, '2000-01-02', '2000-01-04', [1, 0, 0]],
    [4, '2000-01-01', '2000-01-02', [0, 2, 0, 1]], // more bins than days: some bins cover no day
    [2, '2000-01-11', '2000-01-01', [0, 0]], // reversed range counts nothing
  ])('%i bins over %s..%s count %j', (bins, from, to, counts) => {
    expect(days.histogram(bins, d(from), d(to))).toEqual(counts);
  });

  it.each([0, -1, 1.5, NaN])('rejects %d bins', (bins) => {
    expect(() => days.histogram(bins, 0, 10)).toThrow(RangeError);
  });

  it('agrees with counting each event into its bin', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 200 })),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: -10, max: 210 }),
        fc.integer({ min: 0, max: 220 }),
        (eventDays, bins, from, length) => {
          const to = from + length;
          const expected = new Array<number>(bins).fill(0);
          for (const day of eventDays) {
            if (day < from || day > to) continue;
            // Bin i holds days from + ⌊i·N/bins⌋ up to the next bin's first day.
            const n = to - from + 1;
            let bin = 0;
            while (bin + 1 < bins && from + Math.floor(((bin + 1) * n) / bins) <= day) bin++;
            expected[bin]! += 1;
          }
          const index = new EventDays(
            eventDays.map((day) => ({ pactId: 'p', type: 'signed', date: dayToIso(day) })),
          );
          expect(index.histogram(bins, from, to)).toEqual(expected);
        },
      ),
    );
  });
});

describe('EventDays stepping', () => {
  it('steps to the nearest event day strictly after or before', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -100, max: 100 })),
        fc.integer({ min: -110, max: 110 }),
        (raw, day) => {
          const index = new EventDays(raw.map((d) => ({ pactId: 'p', type: 'signed', date: dayToIso(d) })));
          const after = raw.filter((d) => d > day);
          const before = raw.filter((d) => d < day);
          expect(index.next(day)).toBe(after.length ? Math.min(...after) : undefined);
          expect(index.prev(day)).toBe(before.length ? Math.max(...before) : undefined);
          expect([...index.days]).toEqual([...new Set(raw)].sort((a, b) => a - b));
          expect(index.span).toEqual(
            raw.length ? { first: Math.min(...raw), last: Math.max(...raw) } : undefined,
          );
        },
      ),
    );
  });

  it('counts a month or a year from its first day', () => {
    expect([...at('1955', '1955-05', '1955-05-14').days]).toEqual(
      ['1955-01-01', '1955-05-01', '1955-05-14'].map(toDayNumber),
    );
  });
});
