import { useLayoutEffect, useRef } from 'react';
import type { AppStore } from './createAppStore';
import type { AppState } from './types';

/**
 * Follows one value of the store outside React renders: `apply` gets it at once (before the browser paints)
 * and again whenever it changes, and writes the DOM itself. For what moves with every step of the date
 * (the slider handle, the readout, the chronicle), where a React render per step would cost more than the
 * step's whole budget. Re-subscribes when `deps` change (a new scale, a new dataset).
 */
export function useStoreFollower<T>(
  store: AppStore,
  select: (state: AppState) => T,
  apply: (value: T) => void,
  deps: readonly unknown[],
): void {
  // The latest callbacks, so a render that only recreates them does not re-subscribe.
  const latest = useRef({ select, apply });
  useLayoutEffect(() => {
    latest.current = { select, apply };
  });
  useLayoutEffect(() => {
    let value = latest.current.select(store.getState());
    latest.current.apply(value);
    return store.subscribe((state) => {
      const next = latest.current.select(state);
      if (Object.is(next, value)) return;
      value = next;
      latest.current.apply(next);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what re-subscribes
  }, [store, ...deps]);
}
