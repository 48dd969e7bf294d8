/**
 * A deterministic force layout on flat arrays (no Math.random, fixed iteration order), so the same input
 * always gives the same positions. Fruchterman–Reingold forces with a grid for repulsion, a pull towards an
 * anchor (where the node was a step before in history, or its capital), then overlap removal so no two nodes
 * touch.
 */
export interface RelaxInput {
  /** Node radii (px), one per node; positions are x,y pairs in `xy`. */
  radius: Float64Array;
  /** Edge endpoints as index pairs, and one weight per edge (1: a defence tie). */
  edges: Int32Array;
  weights: Float64Array;
  /** Where each node is pulled back to, as x,y pairs, and how strongly (per node, 0: free). */
  anchor: Float64Array;
  anchorStrength: Float64Array;
}

export interface RelaxOptions {
  iterations: number;
  /** Largest distance a node may end from where it started (px), before overlap removal; Infinity: free. */
  maxMove?: number;
  /** Ideal distance between tied nodes (px). */
  k: number;
  /** Largest step of a node in the first iteration (px), cooling linearly. */
  temperature: number;
  /** Minimum gap between node borders after overlap removal (px). */
  gap: number;
}

const GOLDEN_ANGLE = 2.399963229728653;

/** Moves the nodes in `xy` (in place) towards a layout where ties are short, non-ties far and none overlap. */
export function relax(xy: Float64Array, input: RelaxInput, options: RelaxOptions): void {
  const n = input.radius.length;
  if (n === 0) return;
  const disp = new Float64Array(2 * n);
  const from = Float64Array.from(xy);
  const { k } = options;
  const cutoff = 2.2 * k;
  for (let it = 0; it < options.iterations; it++) {
    disp.fill(0);
    repel(xy, disp, n, k, cutoff);
    attract(xy, disp, input, k);
    for (let i = 0; i < n; i++) {
      const s = input.anchorStrength[i]!;
      disp[2 * i] = disp[2 * i]! + (input.anchor[2 * i]! - xy[2 * i]!) * s;
      disp[2 * i + 1] = disp[2 * i + 1]! + (input.anchor[2 * i + 1]! - xy[2 * i + 1]!) * s;
    }
    const temp = options.temperature * (1 - it / options.iterations) + 0.5;
    for (let i = 0; i < n; i++) {
      const dx = disp[2 * i]!;
      const dy = disp[2 * i + 1]!;
      const len = Math.hypot(dx, dy);
      if (len === 0) continue;
      const step = Math.min(len, temp) / len;
      xy[2 * i] = xy[2 * i]! + dx * step;
      xy[2 * i + 1] = xy[2 * i + 1]! + dy * step;
    }
  }
  if (options.maxMove !== undefined) clampMoves(xy, from, options.maxMove);
  removeOverlaps(xy, input.radius, options.gap);
}

/** Keeps every node within `max` of where it started: a state changing sides drifts over several years. */
function clampMoves(xy: Float64Array, from: Float64Array, max: number): void {
  for (let i = 0; i < from.length; i += 2) {
    const dx = xy[i]! - from[i]!;
    const dy = xy[i + 1]! - from[i + 1]!;
    const d = Math.hypot(dx, dy);
    if (d <= max) continue;
    xy[i] = from[i]! + (dx * max) / d;
    xy[i + 1] = from[i + 1]! + (dy * max) / d;
  }
}

/** Grid cells keyed by integer coordinates; each holds node indices in ascending order. */
function buildGrid(xy: Float64Array, n: number, cell: number): Map<number, number[]> {
  const grid = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const key = cellKey(Math.floor(xy[2 * i]! / cell), Math.floor(xy[2 * i + 1]! / cell));
    const list = grid.get(key);
    if (list) list.push(i);
    else grid.set(key, [i]);
  }
  return grid;
}

const cellKey = (cx: number, cy: number) => (cx + 32768) * 65536 + (cy + 32768);

function repel(xy: Float64Array, disp: Float64Array, n: number, k: number, cutoff: number): void {
  const grid = buildGrid(xy, n, cutoff);
  const k2 = k * k;
  for (let i = 0; i < n; i++) {
    const cx = Math.floor(xy[2 * i]! / cutoff);
    const cy = Math.floor(xy[2 * i + 1]! / cutoff);
    for (let gx = cx - 1; gx <= cx + 1; gx++)
      for (let gy = cy - 1; gy <= cy + 1; gy++) {
        const cell = grid.get(cellKey(gx, gy));
        if (!cell) continue;
        for (const j of cell) {
          if (j <= i) continue;
          let dx = xy[2 * i]! - xy[2 * j]!;
          let dy = xy[2 * i + 1]! - xy[2 * j + 1]!;
          let d2 = dx * dx + dy * dy;
          if (d2 > cutoff * cutoff) continue;
          if (d2 < 1e-4) {
            // Coincident nodes part in a direction fixed by their indices, never by chance.
            dx = Math.cos((i + j) * GOLDEN_ANGLE);
            dy = Math.sin((i + j) * GOLDEN_ANGLE);
            d2 = 1;
          }
          const f = k2 / d2; // (k²/d) along the unit vector (dx/d)
          disp[2 * i] = disp[2 * i]! + dx * f;
          disp[2 * i + 1] = disp[2 * i + 1]! + dy * f;
          disp[2 * j] = disp[2 * j]! - dx * f;
          disp[2 * j + 1] = disp[2 * j + 1]! - dy * f;
        }
      }
  }
}

function attract(xy: Float64Array, disp: Float64Array, input: RelaxInput, k: number): void {
  const { edges, weights } = input;
  for (let e = 0; e < weights.length; e++) {
    const a = edges[2 * e]!;
    const b = edges[2 * e + 1]!;
    const dx = xy[2 * a]! - xy[2 * b]!;
    const dy = xy[2 * a + 1]! - xy[2 * b + 1]!;
    const d = Math.hypot(dx, dy);
    const f = (d / k) * weights[e]!; // (d²/k) along the unit vector
    disp[2 * a] = disp[2 * a]! - dx * f;
    disp[2 * a + 1] = disp[2 * a + 1]! - dy * f;
    disp[2 * b] = disp[2 * b]! + dx * f;
    disp[2 * b + 1] = disp[2 * b + 1]! + dy * f;
  }
}

/** Pushes overlapping pairs apart until every pair of circles is at least `gap` apart (or passes run out). */
export function removeOverlaps(xy: Float64Array, radius: Float64Array, gap: number, passes = 80): void {
  const n = radius.length;
  let maxR = 0;
  for (let i = 0; i < n; i++) maxR = Math.max(maxR, radius[i]!);
  const cell = 2 * maxR + gap;
  for (let pass = 0; pass < passes; pass++) {
    const grid = buildGrid(xy, n, cell);
    let moved = false;
    for (let i = 0; i < n; i++) {
      const cx = Math.floor(xy[2 * i]! / cell);
      const cy = Math.floor(xy[2 * i + 1]! / cell);
      for (let gx = cx - 1; gx <= cx + 1; gx++)
        for (let gy = cy - 1; gy <= cy + 1; gy++) {
          const list = grid.get(cellKey(gx, gy));
          if (!list) continue;
          for (const j of list) {
            if (j <= i) continue;
            let dx = xy[2 * j]! - xy[2 * i]!;
            let dy = xy[2 * j + 1]! - xy[2 * i + 1]!;
            let d = Math.hypot(dx, dy);
            const min = radius[i]! + radius[j]! + gap;
            if (d >= min) continue;
            if (d < 1e-6) {
              dx = Math.cos((i + j) * GOLDEN_ANGLE);
              dy = Math.sin((i + j) * GOLDEN_ANGLE);
              d = 1;
            }
            // Each moves half the overlap (a little more, so the pass converges), away from the other.
            const push = ((min - d) / 2 + 0.01) / d;
            xy[2 * i] = xy[2 * i]! - dx * push;
            xy[2 * i + 1] = xy[2 * i + 1]! - dy * push;
            xy[2 * j] = xy[2 * j]! + dx * push;
            xy[2 * j + 1] = xy[2 * j + 1]! + dy * push;
            moved = true;
          }
        }
    }
    if (!moved) return;
  }
}
