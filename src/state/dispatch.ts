import type { AppStore } from './createAppStore';
import type { AppState } from './types';

/** Applies a pure producer to the store. */
export function dispatch(store: AppStore, producer: (state: AppState) => AppState): void {
  const current = store.getState();
  const next = producer(current);
  if (next !== current) store.setState(next, true);
}
