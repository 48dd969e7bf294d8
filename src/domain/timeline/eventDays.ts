import { toDayNumber } from '../dates';
import { lowerBound, upperBound } from './search';
import type { DaySpan, TimelineInput } from './types';

/** The days on which events happen, for stepping from event to event and for the density strip. */
export class EventDays {
  /** Every event's day, ascending, duplicates kept (the histogram counts events, not days). */
  private readonly all: Int32Array;
  /** Sorted unique event days. */
  readonly days: Int32Array;
  /** First and last event day; undefined when there are no events. */
  readonly span: DaySpan | undefined;

  /** Parses each event date once; nothing later touches a string. */
  constructor(events: TimelineInput['events'], dayOf: (iso: string) => number = toDayNumber) {
    this.all = Int32Array.from(events, (e) => dayOf(e.date)).sort();
    this.days = this.all.filter((day, i, all) => i === 0 || all[i - 1] !== day);
    const first = this.all[0];
    const last = this.all[this.all.length - 1];
    this.span = first === undefined || last === undefined ? undefined : { first, last };
  }

  /** The first event day strictly after `day`, or undefined at the end. */
  next(day: number): number | undefined {
    return this.days[upperBound(this.days, day)];
  }

  /** The last event day strictly before `day`, or undefined at the start. */
  prev(day: number): number | undefined {
    return this.days[lowerBound(this.days, day) - 1];
  }

  /**
   * Counts events in `binCount` bins covering the days fromDay..toDay inclusive. Bins split the range as
   * evenly as whole days allow (bin i starts at fromDay + ⌊i·N/binCount⌋ for N days); events outside are
   * ignored. O(binCount · log n).
   */
  histogram(binCount: number, fromDay: number, toDay: number): number[] {
    if (!Number.isInteger(binCount) || binCount < 1)
      throw new RangeError(`binCount must be a positive integer, got ${binCount}`);
    const counts = new Array<number>(binCount).fill(0);
    if (toDay < fromDay) return counts;
    const dayCount = toDay - fromDay + 1;
    let below = lowerBound(this.all, fromDay);
    for (let i = 0; i < binCount; i++) {
      const binEnd = fromDay + Math.floor(((i + 1) * dayCount) / binCount);
      const upTo = lowerBound(this.all, binEnd);
      counts[i] = upTo - below;
      below = upTo;
    }
    return counts;
  }
}
