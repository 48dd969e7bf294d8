import { datasetReady, selectActor, selectPact, setAnalysis, setBasis, setDay, setNotice } from './actions';
import { initialAppState } from './createAppStore';
import type { AppStore } from './createAppStore';
import { dispatch } from './dispatch';
import { shallow } from 'zustand/shallow';
import type { DatasetSource } from '../domain/model/datasetSource';
import { restTimer } from './restTimer';
import { selectDay, selectSelection } from './selectors';
import type { AppState } from './types';
import { dateOutsideSpan, formatUrlView, parseUrlView, type UrlView } from './urlState';

const DEFAULT_ANALYSIS = initialAppState().analysis;

// A date change this soon after the last history entry replaces it instead of adding one, so scrubbing and
// playing do not flood the history while discrete moves (a click, a step) stay reachable with Back.
const COALESCE_MS = 800;
// The date rests when it has not moved for this long: then its move is written to the URL.
export const REST_MS = 250;

function viewOf(state: AppState): UrlView {
  const { day, basis } = state.timeline;
  const { pactId, actorId } = state.selection;
  return {
    day,
    basis,
    analysis: state.analysis,
    ...(pactId ? { pactId } : {}),
    ...(actorId ? { actorId } : {}),
  };
}

// What else the link carries, and the dataset (a link is only written once one is shown).
// What the URL shows besides the selection and the date (which is written when it rests); `playing` because
// pausing writes the date reached.
const selectUrlInputsButDay = (s: AppState) =>
  [s.data, s.timeline.basis, s.timeline.playing, s.analysis] as const;

/** Applies a link's view to the store; unknown ids and garbage leave the default view and a notice. */
export function applyUrlView(store: AppStore, search: string): void {
  const { view, problems } = parseUrlView(search);
  const state = store.getState();
  const atlas = state.data.kind === 'ready' ? state.data.atlas : null;
  if (view.pactId && atlas && !atlas.pactById.has(view.pactId))
    problems.push(`no pact “${view.pactId}” in this dataset`);
  if (view.actorId && atlas && !atlas.actorById.has(view.actorId))
    problems.push(`no state “${view.actorId}” in this dataset`);
  if (view.basis) dispatch(store, setBasis(view.basis));
  if (view.day !== undefined) dispatch(store, setDay(view.day));
  else if (atlas) dispatch(store, setDay(atlas.span.to));
  // setDay keeps the date inside the data: a link asking for another date is told which one it got instead.
  const outside =
    view.day !== undefined && atlas
      ? dateOutsideSpan(view.day, store.getState().timeline.day, atlas.span)
      : null;
  const pactOk = view.pactId && atlas?.pactById.has(view.pactId);
  const actorOk = view.actorId && atlas?.actorById.has(view.actorId);
  if (pactOk) dispatch(store, selectPact(view.pactId ?? null));
  else if (actorOk) dispatch(store, selectActor(view.actorId ?? null));
  else dispatch(store, selectPact(null));
  // After the selection: a link may open the analysis tab with a state selected.
  dispatch(store, setAnalysis({ ...DEFAULT_ANALYSIS, ...view.analysis }));
  const notices = [
    ...(outside ? [outside] : []),
    ...(problems.length ? [`The link was partly ignored: ${problems.join('; ')}.`] : []),
  ];
  if (notices.length) dispatch(store, setNotice(notices.join(' ')));
}

/**
 * The link to the view on screen, from the store rather than the address bar: a date move reaches the address bar
 * only once the date rests, and a figure's caption must name the date it shows.
 */
export function linkToView(
  state: AppState,
  loc: Pick<Location, 'origin' | 'pathname' | 'search' | 'hash'>,
): string {
  return `${loc.origin}${loc.pathname}${formatUrlView(viewOf(state), loc.search)}${loc.hash}`;
}

/**
 * Keeps the URL and the view in step both ways (history entries, Back and Forward); returns an unbind function.
 * A move of the date alone is written once the date rests (`REST_MS` without another move, not playing): a
 * history call costs a millisecond or two, too much for every step of a scrub. Any other change (a selection,
 * the basis, an analysis view, playing or pausing) is written at once, with the date as it is then.
 */
export function bindUrlSync(store: AppStore, win: Window = window): () => void {
  let lastPush = 0;
  let applying = false;
  const resting = restTimer(REST_MS, () => write(false));
  const write = (selectionChanged: boolean) => {
    resting.cancel();
    const state = store.getState();
    if (applying || state.data.kind !== 'ready') return;
    const next = formatUrlView(viewOf(state), win.location.search);
    if (next === win.location.search) return;
    const url = `${win.location.pathname}${next}${win.location.hash}`;
    const now = Date.now();
    if (selectionChanged || (!state.timeline.playing && now - lastPush > COALESCE_MS))
      win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
    lastPush = now;
  };
  const rest = () => {
    // While playing the date never rests: pausing (a change of `playing`) writes it.
    if (applying || store.getState().timeline.playing) resting.cancel();
    else resting.move();
  };
  // A new selection is its own history entry. Subscribed first: when the date moves with it (a chronicle
  // click), its push already carries the new date and the later calls find the URL up to date.
  const unsubscribers = [
    store.subscribe(selectSelection, () => write(true), { equalityFn: shallow }),
    store.subscribe(selectUrlInputsButDay, () => write(false), { equalityFn: shallow }),
    store.subscribe(selectDay, rest),
  ];
  // Leaving the page with a move not yet written keeps it (reload, or Back to this page, shows that date).
  const onHide = () => {
    if (resting.waiting) write(false);
  };
  const onPop = () => {
    resting.cancel();
    applying = true;
    applyUrlView(store, win.location.search);
    applying = false;
  };
  win.addEventListener('popstate', onPop);
  win.addEventListener('pagehide', onHide);
  return () => {
    unsubscribers.forEach((unsubscribe) => unsubscribe());
    resting.cancel();
    win.removeEventListener('popstate', onPop);
    win.removeEventListener('pagehide', onHide);
  };
}

/** Loads a dataset into the store and applies the link's view to it. */
export function showDataset(
  store: AppStore,
  atlas: Parameters<typeof datasetReady>[0],
  search: string,
  source?: DatasetSource,
): void {
  dispatch(store, datasetReady(atlas, undefined, source));
  applyUrlView(store, search);
}
