import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { rowRange, sameRange } from './rowWindow';

interface RowWindowOptions {
  rowHeight: number;
  overscan: number;
  /** The height assumed before the list is measured (and where nothing is measured, as in jsdom). */
  initialHeight: number;
}

/**
 * Windowing for a list of equal-height rows: the rows in view (plus overscan) and the list's full height. It
 * follows the list's scroll and size, and re-renders only when the rows to draw change; a scroll renders in
 * React's next task, never inside the scroll event. (It replaces @tanstack/react-virtual, ~10 kB gzip of the
 * start-up script, whose measuring of varying rows the chronicle's fixed-height rows never needed.)
 */
export function useRowWindow(
  listRef: RefObject<HTMLElement | null>,
  count: number,
  { rowHeight, overscan, initialHeight }: RowWindowOptions,
) {
  const [range, setRange] = useState(() =>
    rowRange({ offset: 0, height: initialHeight }, count, rowHeight, overscan),
  );
  // The range drawn, to compare a scroll with outside React: a scroll that keeps the same rows renders nothing.
  const drawn = useRef(range);
  // The list's height, read once and then when it resizes: reading it on every scroll or date step would make
  // the browser lay the page out there and then, in the middle of the step's script.
  const height = useRef(initialHeight);
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    height.current = list.clientHeight;
    const measure = () => {
      const next = rowRange({ offset: list.scrollTop, height: height.current }, count, rowHeight, overscan);
      if (sameRange(next, drawn.current)) return;
      drawn.current = next;
      setRange(next);
    };
    measure();
    list.addEventListener('scroll', measure, { passive: true });
    const resize =
      typeof ResizeObserver === 'function'
        ? new ResizeObserver(() => {
            height.current = list.clientHeight;
            measure();
          })
        : null;
    resize?.observe(list);
    return () => {
      list.removeEventListener('scroll', measure);
      resize?.disconnect();
    };
  }, [listRef, count, rowHeight, overscan]);
  // Until the effect has measured a list whose length changed, the range drawn may run past its end.
  const rows: { index: number; start: number }[] = [];
  if (range)
    for (let index = range.first; index <= Math.min(range.last, count - 1); index++)
      rows.push({ index, start: index * rowHeight });
  return { rows, totalHeight: count * rowHeight, viewportHeight: () => height.current };
}
