import type { Atlas } from '../domain/atlas/buildAtlas';
import type { ScaleMode } from '../domain/timescale/timeScale';
import type { ImportProgress } from '../domain/model/importResult';
import { NO_FILTER_CHOICE } from '../domain/filter';
import { DOCUMENTS_SOURCE, type DatasetSource } from '../domain/model/datasetSource';
import type { AnalysisState, AppState, Basis, PendingImport } from './types';

// Pure producers: (args) => (state) => next state. Store actions apply them; tests call them directly.
type Producer = (state: AppState) => AppState;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

function spanOf(state: AppState): { from: number; to: number } | null {
  return state.data.kind === 'ready' ? state.data.atlas.span : null;
}

/** Loads a dataset from `source` and shows it at `day` (clamped into its span; default its last event). */
export const datasetReady =
  (atlas: Atlas, day?: number, source: DatasetSource = DOCUMENTS_SOURCE): Producer =>
  (state) => ({
    ...state,
    data: { kind: 'ready', atlas, source },
    timeline: {
      ...state.timeline,
      day: clamp(day ?? atlas.span.to, atlas.span.from, atlas.span.to),
      zoom: null,
      // A new dataset opens at its last event: playing on from there would leave Pause shown and the date stuck.
      playing: false,
    },
    selection: { pactId: null, actorId: null },
    view: { ...state.view, readerPassageId: null },
    // A comparison date from another dataset may lie outside this one's span; its filters may name kinds this one lacks.
    analysis: { ...state.analysis, compareDay: null, filter: NO_FILTER_CHOICE },
  });

/** Records a dataset that failed to load; a dataset already shown stays shown. */
export const datasetFailed =
  (message: string): Producer =>
  (state) =>
    state.data.kind === 'ready'
      ? { ...state, view: { ...state.view, notice: message } }
      : { ...state, data: { kind: 'error', message } };

/** Moves the date, kept inside the dataset's span. */
export const setDay =
  (day: number): Producer =>
  (state) => {
    const span = spanOf(state);
    const next = span ? clamp(Math.round(day), span.from, span.to) : Math.round(day);
    if (next === state.timeline.day) return state;
    const playing = state.timeline.playing && (!span || next < span.to);
    return { ...state, timeline: { ...state.timeline, day: next, playing } };
  };

export const setBasis =
  (basis: Basis): Producer =>
  (state) => ({ ...state, timeline: { ...state.timeline, basis } });

/** Starts or stops playing; playing from the end starts again from the beginning. */
export const setPlaying =
  (playing: boolean): Producer =>
  (state) => {
    const span = spanOf(state);
    const restart = playing && span !== null && state.timeline.day >= span.to;
    const day = restart && span ? span.from : state.timeline.day;
    return { ...state, timeline: { ...state.timeline, playing, day } };
  };

export const setSpeed =
  (speed: number): Producer =>
  (state) => ({ ...state, timeline: { ...state.timeline, speed } });

/** Zooms the slider into a span (null: the whole dataset); the date is kept inside it. */
export const setZoom =
  (zoom: { from: number; to: number } | null): Producer =>
  (state) => ({
    ...state,
    timeline: {
      ...state.timeline,
      zoom,
      day: zoom ? clamp(state.timeline.day, zoom.from, zoom.to) : state.timeline.day,
    },
  });

// Choosing a pact or a state shows its details, whichever side tab was open.
const detailsTab = (state: AppState, chosen: string | null) =>
  chosen === null ? state.analysis : { ...state.analysis, sideTab: 'details' as const };

export const selectPact =
  (pactId: string | null): Producer =>
  (state) => ({
    ...state,
    selection: { ...state.selection, pactId, actorId: null },
    analysis: detailsTab(state, pactId),
  });

export const selectActor =
  (actorId: string | null): Producer =>
  (state) => ({
    ...state,
    selection: { ...state.selection, actorId, pactId: null },
    analysis: detailsTab(state, actorId),
  });

export const openReader =
  (passageId: string | null): Producer =>
  (state) => ({ ...state, view: { ...state.view, readerPassageId: passageId } });

export const setNotice =
  (notice: string | null): Producer =>
  (state) => ({ ...state, view: { ...state.view, notice } });

export const setScaleMode =
  (scaleMode: ScaleMode): Producer =>
  (state) => ({ ...state, timeline: { ...state.timeline, scaleMode } });

/** Steps to the next (+1) or previous (-1) event day under the current basis's index. */
export const stepEvent =
  (direction: 1 | -1): Producer =>
  (state) => {
    if (state.data.kind !== 'ready') return state;
    const index = state.data.atlas.timelines[state.timeline.basis];
    const day =
      direction > 0 ? index.nextEventDay(state.timeline.day) : index.prevEventDay(state.timeline.day);
    return day === undefined
      ? state
      : setDay(day)({ ...state, timeline: { ...state.timeline, playing: false } });
  };

/** Goes to an event: its date, and its pact selected. */
export const goToEvent =
  (day: number, pactId: string): Producer =>
  (state) =>
    selectPact(pactId)(setDay(day)({ ...state, timeline: { ...state.timeline, playing: false } }));

/** Files are being read and checked. */
export const importStarted = (): Producer => (state) => ({
  ...state,
  view: { ...state.view, importing: true, importProgress: null },
});

/** How far the import being read has got. */
export const importProgressed =
  (importProgress: ImportProgress): Producer =>
  (state) =>
    state.view.importing ? { ...state, view: { ...state.view, importProgress } } : state;

/** An import is ready for the person to accept or reject; nothing shown changes until they accept. */
export const importChecked =
  (pending: PendingImport): Producer =>
  (state) => ({
    ...state,
    view: { ...state.view, importing: false, importProgress: null, pendingImport: pending },
  });

/** The import dialog closes (rejected, failed or accepted); the data shown is untouched by this. */
export const importClosed = (): Producer => (state) => ({
  ...state,
  view: { ...state.view, importing: false, importProgress: null, pendingImport: null },
});

/** Changes one or more analysis settings (layout, comparison date, bloc colours, sizes, rivalries, tab). */
export const setAnalysis =
  (patch: Partial<AnalysisState>): Producer =>
  (state) => ({ ...state, analysis: { ...state.analysis, ...patch } });
