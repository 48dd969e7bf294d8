import type { Atlas } from '../domain/atlas/buildAtlas';
import { upperBound } from '../domain/timeline/search';
import { DOCUMENTS_SOURCE, type DatasetSource } from '../domain/model/datasetSource';
import type { AppState } from './types';

// Module-level selectors keep references stable between renders.
export const selectAtlas = (state: AppState): Atlas | null =>
  state.data.kind === 'ready' ? state.data.atlas : null;
export const selectDay = (state: AppState) => state.timeline.day;
export const selectBasis = (state: AppState) => state.timeline.basis;
export const selectPlaying = (state: AppState) => state.timeline.playing;
export const selectSpeed = (state: AppState) => state.timeline.speed;
export const selectZoom = (state: AppState) => state.timeline.zoom;
export const selectScaleMode = (state: AppState) => state.timeline.scaleMode;
export const selectSelectedPactId = (state: AppState) => state.selection.pactId;
export const selectSelectedActorId = (state: AppState) => state.selection.actorId;
export const selectReaderPassageId = (state: AppState) => state.view.readerPassageId;
export const selectNotice = (state: AppState) => state.view.notice;
export const selectDataStatus = (state: AppState) => state.data;
/** Where the dataset shown comes from (the documents' dataset until one is ready). */
export const selectDatasetSource = (state: AppState): DatasetSource =>
  state.data.kind === 'ready' ? state.data.source : DOCUMENTS_SOURCE;
export const selectFixedLayout = (state: AppState) => state.analysis.fixedLayout;

// Tuples for `store.subscribe(selector, listener, { equalityFn: shallow })`: called when either part changes.
/** The date shown and its basis: what decides which pacts are drawn. */
export const selectShownDate = (state: AppState) => [state.timeline.day, state.timeline.basis] as const;
/** The selected pact and state. */
export const selectSelection = (state: AppState) => [state.selection.pactId, state.selection.actorId] as const;

/** The span the slider covers: the zoom, or the dataset's whole span. */
export const selectSliderSpan = (state: AppState): { from: number; to: number } | null =>
  state.timeline.zoom ?? selectAtlas(state)?.span ?? null;

/** Index in the chronicle of the last event on or before the date (-1 before the first): changes only when an event is passed. */
export const selectChronicleIndex = (state: AppState): number => {
  const atlas = selectAtlas(state);
  if (!atlas) return -1;
  return upperBound(atlas.chronicleDays, state.timeline.day) - 1;
};

export const selectAnalysis = (state: AppState) => state.analysis;
export const selectLayoutMode = (state: AppState) => state.analysis.layout;
