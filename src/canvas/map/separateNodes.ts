import type { Point } from '../../domain/graph/seedPositions';

/**
 * Pushes apart points closer than `minDistance` along both x and y (Brussels, Luxembourg and Amsterdam are a
 * node's width apart on a world map) until none are, or `rounds` passes have run: each pass moves both points of
 * a crowded pair half the shortfall apart. Points far from any other never move; the result is the same for the same input.
 */
export interface Separation {
  /** Boxes closer than this along both x and y are pushed apart. */
  minDistance: number;
  /** Whether two nodes can ever be drawn together (Saxony and Slovenia never are): those that cannot may share a spot. */
  together?: (a: string, b: string) => boolean;
  /** No node moves further than this from where it started: on a map, place beats room (default: no limit). */
  maxShift?: number;
  rounds?: number;
}

export function separateNodes(
  positions: ReadonlyMap<string, Point>,
  { minDistance, together = () => true, maxShift = Infinity, rounds = 400 }: Separation,
): Map<string, Point> {
  const ids = [...positions.keys()].sort();
  const at = new Map(ids.map((id) => [id, { ...(positions.get(id) as Point) }]));
  for (let round = 0; round < rounds; round++) {
    const grid = new Map<string, string[]>();
    const cell = (p: Point) => [Math.floor(p.x / minDistance), Math.floor(p.y / minDistance)] as const;
    for (const id of ids) {
      const [cx, cy] = cell(at.get(id) as Point);
      const key = `${cx},${cy}`;
      const list = grid.get(key);
      if (list) list.push(id);
      else grid.set(key, [id]);
    }
    // Clamped nodes may be pushed and pulled back forever: stop when a pass no longer moves anything.
    const before = new Map(ids.map((id) => [id, { ...(at.get(id) as Point) }]));
    for (const id of ids) {
      const p = at.get(id) as Point;
      const [cx, cy] = cell(p);
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++)
          for (const other of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
            if (other <= id || !together(id, other)) continue;
            const q = at.get(other) as Point;
            if (!pushApart(p, q, minDistance)) continue;
            clamp(p, positions.get(id) as Point, maxShift);
            clamp(q, positions.get(other) as Point, maxShift);
          }
    }
    const moved = ids.some((id) => {
      const [a, b] = [at.get(id) as Point, before.get(id) as Point];
      return Math.abs(a.x - b.x) + Math.abs(a.y - b.y) > 1e-6;
    });
    if (!moved) break;
  }
  return at;
}

// Nodes are drawn in square boxes: apart means apart along x or along y, so a pair is pushed along the axis
// on which less is missing.
function pushApart(a: Point, b: Point, minDistance: number): boolean {
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  const [shortX, shortY] = [minDistance - Math.abs(dx), minDistance - Math.abs(dy)];
  if (shortX <= 1e-9 || shortY <= 1e-9) return false;
  // One spot: a fixed direction, so the same input always gives the same result.
  const sign = (d: number) => (d !== 0 ? Math.sign(d) : 1);
  if (shortX <= shortY) {
    const shift = (sign(dx) * (shortX + 1e-6)) / 2;
    a.x -= shift;
    b.x += shift;
  } else {
    const shift = (sign(dy) * (shortY + 1e-6)) / 2;
    a.y -= shift;
    b.y += shift;
  }
  return true;
}

function clamp(p: Point, origin: Point, maxShift: number): void {
  const d = Math.hypot(p.x - origin.x, p.y - origin.y);
  if (d <= maxShift) return;
  p.x = origin.x + ((p.x - origin.x) * maxShift) / d;
  p.y = origin.y + ((p.y - origin.y) * maxShift) / d;
}

/**
 * Places each free node (in id order) at the free spot nearest its wished-for point, on rings of growing radius
 * around it, where it is `minDistance` clear (along x or y) of every node placed so far that can be drawn with
 * it; fixed nodes are placed first, as they are. A node with no free spot within `maxShift` keeps its wish.
 */
export function placeAround(
  fixed: ReadonlyMap<string, Point>,
  wishes: ReadonlyMap<string, Point>,
  { minDistance, together = () => true, maxShift = 5 * minDistance }: Separation,
): Map<string, Point> {
  const placed = new Map(fixed);
  const grid = new Map<string, string[]>();
  const cellOf = (p: Point) => [Math.floor(p.x / minDistance), Math.floor(p.y / minDistance)] as const;
  const add = (id: string, p: Point) => {
    const [cx, cy] = cellOf(p);
    const list = grid.get(`${cx},${cy}`);
    if (list) list.push(id);
    else grid.set(`${cx},${cy}`, [id]);
  };
  const free = (id: string, p: Point) => {
    const [cx, cy] = cellOf(p);
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const other of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
          const q = placed.get(other) as Point;
          const apart = Math.max(Math.abs(q.x - p.x), Math.abs(q.y - p.y)) >= minDistance;
          if (!apart && together(id, other)) return false;
        }
    return true;
  };
  for (const [id, p] of fixed) add(id, p);
  const step = minDistance / 4;
  for (const id of [...wishes.keys()].sort()) {
    const wish = wishes.get(id) as Point;
    let spot: Point = wish;
    search: for (let ring = 0; ring * step <= maxShift; ring++) {
      const count = Math.max(1, ring * 8);
      for (let k = 0; k < count; k++) {
        const angle = (2 * Math.PI * k) / count;
        const p = { x: wish.x + ring * step * Math.cos(angle), y: wish.y + ring * step * Math.sin(angle) };
        if (free(id, p)) {
          spot = p;
          break search;
        }
      }
    }
    placed.set(id, spot);
    add(id, spot);
  }
  return placed;
}
