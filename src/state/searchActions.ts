import { dayToShowActor, dayToShowPact } from '../domain/search/dayToShow';
import { selectActor, selectPact, setDay } from './actions';
import type { AppState } from './types';

/**
 * Shows what a search found: selects it and, when it is not in force (a pact) or in no pact (a state) at the
 * shown date, moves the date to the nearest day it is; playing stops.
 */
export const showFound =
  (kind: 'actor' | 'pact', id: string) =>
  (state: AppState): AppState => {
    if (state.data.kind !== 'ready') return state;
    const { atlas } = state.data;
    const index = atlas.timelines[state.timeline.basis];
    const day =
      kind === 'pact'
        ? dayToShowPact(index, id, state.timeline.day)
        : dayToShowActor(index, atlas.dataset.pacts, id, state.timeline.day);
    const stopped = { ...state, timeline: { ...state.timeline, playing: false } };
    const moved = setDay(day)(stopped);
    return kind === 'pact' ? selectPact(id)(moved) : selectActor(id)(moved);
  };
