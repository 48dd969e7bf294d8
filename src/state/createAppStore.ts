import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { NO_FILTER_CHOICE } from '../domain/filter';
import type { AppState } from './types';

export const DEFAULT_DAY = 0;
export const DEFAULT_SPEED = 365;

/** The state a new store starts with; tests and stories pass overrides. */
export function initialAppState(): AppState {
  return {
    data: { kind: 'loading' },
    timeline: {
      day: DEFAULT_DAY,
      basis: 'signed',
      playing: false,
      speed: DEFAULT_SPEED,
      zoom: null,
      scaleMode: 'events',
    },
    selection: { pactId: null, actorId: null },
    view: {
      readerPassageId: null,
      notice: null,
      importing: false,
      importProgress: null,
      pendingImport: null,
    },
    analysis: {
      layout: 'network',
      fixedLayout: false,
      compareDay: null,
      colourByBloc: false,
      sizeBy: 'none',
      showRivalries: false,
      tieScope: 'defence',
      sideTab: 'details',
      filter: NO_FILTER_CHOICE,
    },
  };
}

/**
 * One store per app (and per test): a factory, never a module singleton. `subscribeWithSelector` lets a
 * subscriber name the part it follows (`store.subscribe(selectDay, listener)`) and be called only when that
 * part changes, instead of comparing whole states by hand.
 */
export function createAppStore(overrides: Partial<AppState> = {}) {
  return createStore<AppState>()(subscribeWithSelector(() => ({ ...initialAppState(), ...overrides })));
}

export type AppStore = ReturnType<typeof createAppStore>;
