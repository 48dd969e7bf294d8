import type { KeyframeLayout } from './keyframes';

// Nodes whose place differs by less than this between two keyframes are not touched while the date moves.
const STILL_PX = 0.25;

/** The keyframe at or before `day` and how far `day` is towards the next one (0 ≤ t < 1). */
export function frameAt(days: Int32Array, day: number): { i: number; t: number } {
  let lo = 0;
  let hi = days.length - 1;
  if (hi < 0 || day <= days[0]!) return { i: 0, t: 0 };
  if (day >= days[hi]!) return { i: hi, t: 0 };
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! <= day) lo = mid;
    else hi = mid;
  }
  return { i: lo, t: (day - days[lo]!) / (days[lo + 1]! - days[lo]!) };
}

/**
 * Plays a keyframe layout as the date moves: each step reports only the nodes that move between the two
 * keyframes around the date (interpolated linearly), so a step costs O(moving nodes), not O(nodes).
 */
export class LayoutPlayer {
  private interval = -1;
  private readonly moving = new Map<number, Int32Array>();

  constructor(readonly layout: KeyframeLayout) {}

  /** Nodes that move between keyframe i and i + 1 (computed once per interval, on first use). */
  movingIn(i: number): Int32Array {
    let found = this.moving.get(i);
    if (!found) {
      const a = this.layout.frames[i];
      const b = this.layout.frames[i + 1];
      const list: number[] = [];
      if (a && b && a !== b)
        for (let n = 0; n < this.layout.ids.length; n++)
          if (
            Math.abs(a[2 * n]! - b[2 * n]!) > STILL_PX ||
            Math.abs(a[2 * n + 1]! - b[2 * n + 1]!) > STILL_PX
          )
            list.push(n);
      found = Int32Array.from(list);
      this.moving.set(i, found);
    }
    return found;
  }

  /** Every node's place at `day` (after a jump, a reset or at the start). */
  all(day: number, set: (node: number, x: number, y: number) => void): void {
    const { i, t } = frameAt(this.layout.days, day);
    this.interval = i;
    for (let n = 0; n < this.layout.ids.length; n++) this.place(n, i, t, set);
  }

  /** The places that change moving to `day`: the moving nodes of the interval (and of the last one on a step over a keyframe). */
  step(day: number, set: (node: number, x: number, y: number) => void): void {
    const { i, t } = frameAt(this.layout.days, day);
    if (this.interval < 0 || Math.abs(i - this.interval) > 1) {
      this.all(day, set);
      return;
    }
    if (i !== this.interval)
      for (const n of this.movingIn(Math.min(i, this.interval))) this.place(n, i, t, set);
    for (const n of this.movingIn(i)) this.place(n, i, t, set);
    this.interval = i;
  }

  /** One node's place at `day` (a node left behind while hidden, shown again). */
  one(n: number, day: number, set: (node: number, x: number, y: number) => void): void {
    const { i, t } = frameAt(this.layout.days, day);
    this.place(n, i, t, set);
  }

  private place(n: number, i: number, t: number, set: (node: number, x: number, y: number) => void): void {
    const a = this.layout.frames[i]!;
    const b = this.layout.frames[i + 1] ?? a;
    set(n, a[2 * n]! + (b[2 * n]! - a[2 * n]!) * t, a[2 * n + 1]! + (b[2 * n + 1]! - a[2 * n + 1]!) * t);
  }
}
