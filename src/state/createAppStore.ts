import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppState } from './types';

export const DEFAULT_DAY = 0;
export const DEFAULT_SPEED = 365;
export const DOCUMENTS_LABEL = "the documents' dataset";

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
    selection: { pactId: null, actorId: null, hover: null },
    view: {
      readerPassageId: null,
      notice: null,
      datasetLabel: DOCUMENTS_LABEL,
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
    },
  };
}

export type AppStore = StoreApi<AppState>;

/** One store per app (and per test): a factory, never a module singleton. */
export function createAppStore(overrides: Partial<AppState> = {}): AppStore {
  return createStore<AppState>()(() => ({ ...initialAppState(), ...overrides }));
}
