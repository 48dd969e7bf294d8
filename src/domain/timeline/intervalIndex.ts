import { IntervalTree } from './intervalTree';
import { upperBound } from './search';

/**
 * One family of half-open intervals [start, end) (pacts, or memberships) indexed for the two questions
 * the timeline asks: what is active on a day (interval tree), and what changes between two days (binary
 * search over starts and ends sorted once). Intervals with an undefined (NaN) or empty span never appear.
 */
export class IntervalIndex {
  private readonly tree: IntervalTree;
  private readonly idsByStart: Int32Array;
  private readonly sortedStarts: Float64Array;
  private readonly idsByEnd: Int32Array;
  private readonly sortedEnds: Float64Array;

  /** Indexes interval i = [starts[i], ends[i]); use NaN for a start that is not known. */
  constructor(
    private readonly starts: Float64Array,
    private readonly ends: Float64Array,
  ) {
    const live: number[] = [];
    for (let i = 0; i < starts.length; i++) {
      if ((starts[i] as number) < (ends[i] as number)) live.push(i); // false for NaN as well
    }
    const byStart = live.slice().sort((a, b) => (starts[a] as number) - (starts[b] as number));
    const byEnd = live.sort((a, b) => compareAsc(ends[a] as number, ends[b] as number));
    this.tree = new IntervalTree(starts, ends, byStart);
    this.idsByStart = Int32Array.from(byStart);
    this.sortedStarts = Float64Array.from(byStart, (id) => starts[id] as number);
    this.idsByEnd = Int32Array.from(byEnd);
    this.sortedEnds = Float64Array.from(byEnd, (id) => ends[id] as number);
  }

  /** Appends the ids of the intervals containing `day`: O(log n + answer). */
  activeAt(day: number, out: number[]): void {
    this.tree.stab(day, out);
  }

  /** How many intervals contain `day`: O(log n). Every interval ended by `day` also started by it, so the count is
   * the starts up to `day` less the ends up to `day`. */
  countAt(day: number): number {
    return upperBound(this.sortedStarts, day) - upperBound(this.sortedEnds, day);
  }

  /** Appends the ids active on `hi` but not on `lo` (lo < hi): they start in (lo, hi] and end after hi. */
  startedBetween(lo: number, hi: number, out: number[]): void {
    const { ends, idsByStart, sortedStarts } = this;
    const last = upperBound(sortedStarts, hi);
    for (let i = upperBound(sortedStarts, lo); i < last; i++) {
      const id = idsByStart[i] as number;
      if ((ends[id] as number) > hi) out.push(id);
    }
  }

  /** Appends the ids active on `lo` but not on `hi` (lo < hi): they end in (lo, hi] and start by lo. */
  endedBetween(lo: number, hi: number, out: number[]): void {
    const { starts, idsByEnd, sortedEnds } = this;
    const last = upperBound(sortedEnds, hi);
    for (let i = upperBound(sortedEnds, lo); i < last; i++) {
      const id = idsByEnd[i] as number;
      if ((starts[id] as number) <= lo) out.push(id);
    }
  }
}

function compareAsc(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
