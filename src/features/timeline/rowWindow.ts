/** What a scrolled list shows: its scroll offset and height, in pixels. */
export interface ListView {
  offset: number;
  height: number;
}

/** The rows to draw, first and last inclusive; null when there is nothing to draw (no rows, or no height yet). */
export interface RowRange {
  first: number;
  last: number;
}

/**
 * The rows of a list of equal-height rows that are in view, plus `overscan` rows on either side: as
 * @tanstack/virtual-core computed them for fixed sizes (the offset clamped to the list's end; the first row
 * the one the offset falls in; the last the one the view's bottom falls in).
 */
export function rowRange(
  view: ListView,
  count: number,
  rowHeight: number,
  overscan: number,
): RowRange | null {
  if (count === 0 || view.height <= 0) return null;
  const last = count - 1;
  const offset = Math.max(0, Math.min(view.offset, Math.max(count * rowHeight - view.height, 0)));
  const start = Math.min(last, Math.floor(offset / rowHeight));
  const end = Math.min(last, Math.max(start, Math.ceil((offset + view.height) / rowHeight) - 1));
  return { first: Math.max(0, start - overscan), last: Math.min(last, end + overscan) };
}

export const sameRange = (a: RowRange | null, b: RowRange | null): boolean =>
  a === b || (a !== null && b !== null && a.first === b.first && a.last === b.last);
