import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import type { Atlas } from '../domain/atlas/buildAtlas';
import { filterGraph } from '../domain/filter';
import { actorNodeId } from '../domain/graph/buildGraphElements';
import { GraphVisibility, type VisibilityPatch } from '../domain/graph/visibility';
import { openingSteps } from '../domain/graph/firstView';
import { occupiedAt } from '../domain/membership';
import { shallow } from 'zustand/shallow';
import type { AppStore } from '../state/createAppStore';
import type { AppState } from '../state/types';
import { setGraphStatus } from './graphStatus';

// What the graph shows follows the date, the basis and the filters.
const selectShownView = (state: AppState) =>
  [state.timeline.day, state.timeline.basis, state.analysis.filter] as const;

function applyPatch(cy: Core, patch: VisibilityPatch): void {
  cy.batch(() => {
    for (const id of patch.show) cy.getElementById(id).removeClass('hidden');
    for (const id of patch.hide) cy.getElementById(id).addClass('hidden');
    for (const id of patch.wake) cy.getElementById(id).removeClass('idle');
    for (const id of patch.sleep) cy.getElementById(id).addClass('idle');
  });
}

/** Marks the states under occupation on the day (class `occupied`), touching only those that switch. */
function applyOccupied(cy: Core, before: ReadonlySet<string>, after: ReadonlySet<string>): void {
  if (before.size === 0 && after.size === 0) return;
  cy.batch(() => {
    for (const id of before) if (!after.has(id)) cy.getElementById(actorNodeId(id)).removeClass('occupied');
    for (const id of after) if (!before.has(id)) cy.getElementById(actorNodeId(id)).addClass('occupied');
  });
}

/** Marks the elements the filters hide whatever the date (class `filtered`), touching only those that switch. */
function applyFiltered(cy: Core, before: ReadonlySet<string>, after: ReadonlySet<string>): void {
  cy.batch(() => {
    for (const id of before) if (!after.has(id)) cy.getElementById(id).removeClass('filtered');
    for (const id of after) if (!before.has(id)) cy.getElementById(id).addClass('filtered');
  });
}

/**
 * Keeps what the graph shows in step with the date, basis and filters without re-rendering React: it subscribes
 * to the store, coalesces moves to one per animation frame, and patches only the elements whose state changed.
 * Pacts the filters refuse show nothing and wake no one (a state whose pacts are all filtered out is faded).
 */
export function useTimeVisibility(cy: Core | null, atlas: Atlas | null, store: AppStore): void {
  useEffect(() => {
    if (!cy || !atlas) return;
    const visibility = new GraphVisibility(atlas.elements);
    let { day, basis } = store.getState().timeline;
    let choice = store.getState().analysis.filter;
    // The view as the store has it now, opened on the visibility state (the elements already carry its classes
    // when the canvas starts: these patches change nothing there, and set up what the steps below patch from).
    const opening = openingSteps(atlas, { day, basis, filter: choice }, visibility);
    let filtered = opening.filtered;
    let occupied = opening.occupied;
    applyPatch(cy, opening.existence);
    applyOccupied(cy, new Set(), occupied);
    applyFiltered(cy, new Set(), filtered.hiddenElementIds);
    applyPatch(cy, opening.pacts);
    // Existence does not depend on the basis: either index answers it.
    const existence = atlas.timelines.signed;
    setGraphStatus(cy, 'data-shown-day', String(day));

    let frame = 0;
    const flush = () => {
      frame = 0;
      // One batch for the whole move (the pacts', existence's and occupation's patches nest in it): Cytoscape
      // restyles the changed elements and tells its renderer once, not three times.
      cy.batch(patchTo);
      setGraphStatus(cy, 'data-shown-day', String(day));
      // Only the filters change it: a date step writes one attribute, not two.
      if (filtered.hiddenElementIds.size !== filteredShown) writeFiltered();
    };
    const patchTo = () => {
      const state = store.getState();
      const next = state.timeline;
      if (state.analysis.filter !== choice) {
        const before = filtered.hiddenElementIds;
        choice = state.analysis.filter;
        filtered = filterGraph(atlas, choice);
        applyFiltered(cy, before, filtered.hiddenElementIds);
        applyPatch(
          cy,
          visibility.setPactFilter(filtered.passes, atlas.timelines[next.basis].activeAt(next.day)),
        );
      } else if (next.basis !== basis) {
        applyPatch(cy, visibility.reset(atlas.timelines[next.basis].activeAt(next.day)));
      } else if (next.day !== day) {
        applyPatch(cy, visibility.apply(atlas.timelines[basis].changesBetween(day, next.day)));
      }
      if (next.day !== day) {
        applyPatch(cy, visibility.applyExistence(existence.existenceChangesBetween(day, next.day)));
        const nowOccupied = occupiedAt(atlas.occupations, next.day);
        applyOccupied(cy, occupied, nowOccupied);
        occupied = nowOccupied;
      }
      ({ day, basis } = next);
    };
    let filteredShown = 0;
    const writeFiltered = () => {
      filteredShown = filtered.hiddenElementIds.size;
      setGraphStatus(cy, 'data-filtered', String(filteredShown));
    };
    writeFiltered();
    const unsubscribe = store.subscribe(
      selectShownView,
      () => {
        if (!frame) frame = requestAnimationFrame(flush);
      },
      { equalityFn: shallow },
    );
    return () => {
      unsubscribe();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [cy, atlas, store]);
}
