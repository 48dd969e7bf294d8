import { useEffect, useRef, useState } from 'react';
import type { AppStore } from './createAppStore';
import { selectDay } from './selectors';
import { restTimer } from './restTimer';
import { REST_MS } from './urlSync';

/**
 * The date once it has rested for `ms` (a quarter second by default, as the address bar): for views that
 * summarise the date (counts in the filters and the legend) and need not follow every step. It follows the
 * store outside React, so a step re-renders nothing; only a date at rest sets state, and not even then when
 * `unchangedAt(day)` says the view would show the same at that date (most month steps change no count).
 */
export function useRestingDay(store: AppStore, ms = REST_MS, unchangedAt?: (day: number) => boolean): number {
  const [day, setDay] = useState(() => store.getState().timeline.day);
  const latest = useRef(unchangedAt);
  useEffect(() => {
    latest.current = unchangedAt;
  });
  useEffect(() => {
    const resting = restTimer(ms, () => {
      const next = store.getState().timeline.day;
      if (!latest.current?.(next)) setDay(next);
    });
    // The date may have moved between the render and this effect: it rests like any other move.
    resting.move();
    const unsubscribe = store.subscribe(selectDay, resting.move);
    return () => {
      unsubscribe();
      resting.cancel();
    };
  }, [store, ms]);
  return day;
}
