/** A box in screen pixels. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A label that would like to be drawn: its box, its node's box, and how much it matters. */
export interface LabelCandidate {
  id: string;
  /** The label's box where it is drawn by default (under its node). */
  label: Box;
  /** Other places it may take, in order of preference, when the default one collides (above, right, left). */
  others?: readonly Box[];
  node: Box;
  /** Higher wins: selection and hover first, then degree. */
  priority: number;
}

const CELL = 64;

function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

// A cell's key as one number (cells within ±2^15 of the origin: ±2 million px), so a query allocates no strings.
const cellKey = (x: number, y: number) => (x + 32768) * 65536 + (y + 32768);

/** Grid of boxes for neighbourhood queries (runs in the frame that shows each date step: allocates little). */
class BoxGrid {
  private readonly cells = new Map<number, Box[]>();
  add(box: Box, owner?: string): void {
    const entry = owner === undefined ? box : Object.assign({ owner }, box);
    for (let x = Math.floor(box.x1 / CELL); x <= Math.floor(box.x2 / CELL); x++)
      for (let y = Math.floor(box.y1 / CELL); y <= Math.floor(box.y2 / CELL); y++) {
        const key = cellKey(x, y);
        const list = this.cells.get(key);
        if (list) list.push(entry);
        else this.cells.set(key, [entry]);
      }
  }
  hits(box: Box, except?: string): boolean {
    for (let x = Math.floor(box.x1 / CELL); x <= Math.floor(box.x2 / CELL); x++)
      for (let y = Math.floor(box.y1 / CELL); y <= Math.floor(box.y2 / CELL); y++) {
        const list = this.cells.get(cellKey(x, y));
        if (list)
          for (const other of list)
            if (
              (except === undefined || (other as { owner?: string }).owner !== except) &&
              overlaps(box, other)
            )
              return true;
      }
    return false;
  }
}

/**
 * Which labels to draw, and where, so that no two overlap and none covers another node: labels are placed greedily
 * by priority (ties by id, so the answer never depends on order); each takes the first of its places (the default,
 * then `others` in order) that collides with nothing and, for a node inside the view `within` when one is given,
 * lies inside it too (a label cut by the edge of the screen reads as another name), and gives way when none is free. Returns each drawn label's
 * place: 0 for the default, i + 1 for `others[i]`.
 */
export function chooseLabelPlaces(candidates: readonly LabelCandidate[], within?: Box): Map<string, number> {
  const nodes = new BoxGrid();
  for (const c of candidates) nodes.add(c.node, c.id);
  const labels = new BoxGrid();
  const shown = new Map<string, number>();
  const order = [...candidates].sort(
    (a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const inside = (box: Box) =>
    !within || (box.x1 >= within.x1 && box.x2 <= within.x2 && box.y1 >= within.y1 && box.y2 <= within.y2);
  // Only a node in the view keeps its label in it (one off screen is not seen either way, and keeps its label for
  // when the view pans to it).
  const fits = (c: LabelCandidate, box: Box) =>
    (!inside(c.node) || inside(box)) && !labels.hits(box) && !nodes.hits(box, c.id);
  for (const c of order) {
    let place = fits(c, c.label) ? 0 : -1;
    for (let i = 0; place < 0 && c.others && i < c.others.length; i++)
      if (fits(c, c.others[i] as Box)) place = i + 1;
    if (place < 0) continue;
    labels.add(place === 0 ? c.label : (c.others?.[place - 1] as Box));
    shown.set(c.id, place);
  }
  return shown;
}

/** Which labels to draw (at whichever of their places): see `chooseLabelPlaces`. */
export function placeLabels(candidates: readonly LabelCandidate[]): Set<string> {
  return new Set(chooseLabelPlaces(candidates).keys());
}

/** What decides how much a node's label matters (level of detail). */
export interface LabelImportance {
  selected: boolean;
  /** Faded: no pact shown at the date. */
  idle: boolean;
  /** Edges drawn at the node. */
  degree: number;
  hub: boolean;
  /** A hub whose pact people know by name (NATO), not a made-up import name. */
  known: boolean;
}

/**
 * A label's priority (higher wins a place; labels that would collide give way, and appear as one zooms in): the
 * selection first; then hubs people know by name (NATO's diamond says which pact it is) and states by their ties
 * drawn; hubs with made-up names between states with one tie and states with two, however many spokes they have (a
 * 21-member hub does not outrank its members); faded states last, where there is room left.
 */
export function labelPriority(n: LabelImportance): number {
  if (n.selected) return 1e6 + n.degree;
  if (n.idle) return -1e3 + n.degree;
  if (n.hub) return n.known ? 8 + Math.sqrt(n.degree) : 1 + Math.min(n.degree, 99) / 100;
  return n.degree;
}
