/**
 * A static centred interval tree over half-open intervals [start, end), answering "which intervals
 * contain day d" in O(log n + k).
 *
 * Why this structure: the intervals are fixed once the dataset is loaded, so a static tree built in
 * O(n log n) with no rebalancing is the simplest structure with an output-sensitive stabbing query.
 * Sorted starts alone would cost O(number started before d); snapshots every √n would cost O(√n + k).
 * Each node's centre is the median start of its intervals, so every node holds at least one interval
 * (the one whose start is the centre) and each child gets at most half: the depth stays ≤ log2(n) + 1.
 */
export class IntervalTree {
  // Flat per-node arrays; a node's intervals are byStart/byEndDesc[offset, offset + count).
  private readonly centre: number[] = [];
  private readonly offset: number[] = [];
  private readonly count: number[] = [];
  private readonly left: number[] = [];
  private readonly right: number[] = [];
  private readonly byStart: Int32Array;
  private readonly byEndDesc: Int32Array;
  private filled = 0;
  private readonly root: number;

  /** Indexes the intervals `ids` (sorted by start, all non-empty) whose bounds are starts[id], ends[id]. */
  constructor(
    private readonly starts: Float64Array,
    private readonly ends: Float64Array,
    idsByStart: readonly number[],
  ) {
    this.byStart = new Int32Array(idsByStart.length);
    this.byEndDesc = new Int32Array(idsByStart.length);
    this.root = this.build(idsByStart);
  }

  /** Appends to `out` the id of every interval containing `day` (start ≤ day < end). */
  stab(day: number, out: number[]): void {
    const { starts, ends, byStart, byEndDesc } = this;
    let node = this.root;
    while (node !== -1) {
      const centre = this.centre[node] as number;
      const from = this.offset[node] as number;
      const to = from + (this.count[node] as number);
      if (day < centre) {
        // Every interval here ends after the centre, hence after day: only its start decides.
        for (let i = from; i < to; i++) {
          const id = byStart[i] as number;
          if ((starts[id] as number) > day) break;
          out.push(id);
        }
        node = this.left[node] as number;
      } else {
        // Every interval here starts at or before the centre, hence at or before day: only its end decides.
        for (let i = from; i < to; i++) {
          const id = byEndDesc[i] as number;
          if ((ends[id] as number) <= day) break;
          out.push(id);
        }
        node = day > centre ? (this.right[node] as number) : -1;
      }
    }
  }

  private build(ids: readonly number[]): number {
    if (ids.length === 0) return -1;
    const { starts, ends } = this;
    const centre = starts[ids[ids.length >> 1] as number] as number;
    const before: number[] = [];
    const after: number[] = [];
    const here: number[] = [];
    // Stable partition keeps each part sorted by start, so no level re-sorts by start.
    for (const id of ids) {
      if ((ends[id] as number) <= centre) before.push(id);
      else if ((starts[id] as number) > centre) after.push(id);
      else here.push(id);
    }
    const node = this.centre.length;
    this.centre.push(centre);
    this.offset.push(this.filled);
    this.count.push(here.length);
    this.left.push(-1);
    this.right.push(-1);
    this.byStart.set(here, this.filled);
    // Compared, not subtracted: open-ended intervals end at Infinity, and Infinity - Infinity is NaN.
    this.byEndDesc.set(
      here.sort((a, b) => compareDesc(ends[a] as number, ends[b] as number)),
      this.filled,
    );
    this.filled += here.length;
    this.left[node] = this.build(before);
    this.right[node] = this.build(after);
    return node;
  }
}

function compareDesc(a: number, b: number): number {
  return a > b ? -1 : a < b ? 1 : 0;
}
