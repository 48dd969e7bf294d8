import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import type { Atlas } from '../domain/atlas/buildAtlas';
import { GraphVisibility, type VisibilityPatch } from '../domain/graph/visibility';
import { shallow } from 'zustand/shallow';
import type { AppStore } from '../state/createAppStore';
import { selectShownDate } from '../state/selectors';

function applyPatch(cy: Core, patch: VisibilityPatch): void {
  cy.batch(() => {
    for (const id of patch.show) cy.getElementById(id).removeClass('hidden');
    for (const id of patch.hide) cy.getElementById(id).addClass('hidden');
    for (const id of patch.wake) cy.getElementById(id).removeClass('idle');
    for (const id of patch.sleep) cy.getElementById(id).addClass('idle');
  });
}

/**
 * Keeps what the graph shows in step with the date and basis without re-rendering React: it subscribes to
 * the store, coalesces moves to one per animation frame, and patches only the elements whose state changed.
 */
export function useTimeVisibility(cy: Core | null, atlas: Atlas | null, store: AppStore): void {
  useEffect(() => {
    if (!cy || !atlas) return;
    const visibility = new GraphVisibility(atlas.elements);
    let { day, basis } = store.getState().timeline;
    // Existence does not depend on the basis: either index answers it.
    const existence = atlas.timelines.signed;
    applyPatch(cy, visibility.resetExistence(existence.existenceTracked, existence.existingAt(day)));
    applyPatch(cy, visibility.reset(atlas.timelines[basis].activeAt(day)));
    cy.container()?.setAttribute('data-shown-day', String(day));

    let frame = 0;
    const flush = () => {
      frame = 0;
      const next = store.getState().timeline;
      if (next.basis !== basis) {
        applyPatch(cy, visibility.reset(atlas.timelines[next.basis].activeAt(next.day)));
      } else if (next.day !== day) {
        applyPatch(cy, visibility.apply(atlas.timelines[basis].changesBetween(day, next.day)));
      }
      if (next.day !== day)
        applyPatch(cy, visibility.applyExistence(existence.existenceChangesBetween(day, next.day)));
      ({ day, basis } = next);
      cy.container()?.setAttribute('data-shown-day', String(day));
    };
    const unsubscribe = store.subscribe(
      selectShownDate,
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
