import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import type { Atlas } from '../domain/atlas/buildAtlas';
import { shallow } from 'zustand/shallow';
import type { AppStore } from '../state/createAppStore';
import type { AppState } from '../state/types';
import type * as AnalysisPatch from './analysisPatch';

type Patch = typeof AnalysisPatch;

const anyOn = (s: AppState) =>
  s.analysis.colourByBloc ||
  s.analysis.sizeBy !== 'none' ||
  s.analysis.showRivalries ||
  s.analysis.compareDay !== null;
// The date, its basis and the analysis settings: what the views are drawn from.
const selectOverlayInputs = (s: AppState) => [s.timeline.day, s.timeline.basis, s.analysis] as const;
// Betweenness is O(states × ties): recompute it when the date rests, not on every frame of a drag or of play.
const SETTLE_MS = 250;

/**
 * Draws the analysis views on the graph (bloc colours, centrality sizes, rivalries, a comparison of two dates)
 * from the store, outside React renders: cheap views follow the date once per frame, betweenness when it rests.
 * Nothing is loaded or computed until a view is turned on.
 */
export function useAnalysisOverlay(cy: Core | null, atlas: Atlas | null, store: AppStore): void {
  useEffect(() => {
    if (!cy || !atlas) return;
    let patch: Patch | null = null;
    let frame = 0;
    let settle: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    let wasOn = false;

    const run = (heavy: boolean) => {
      if (!patch || !live) return;
      const state = store.getState();
      const { day, basis } = state.timeline;
      const ctx = patch.contextFor(atlas, basis);
      // Splitting chained blocs runs community detection: when the date rests, like betweenness.
      if (heavy || !state.analysis.colourByBloc) patch.applyBlocColours(cy, ctx, day, state.analysis);
      patch.applyRivalries(cy, ctx, day, state.analysis);
      patch.applyComparison(cy, atlas, basis, day, state.analysis);
      if (heavy || state.analysis.sizeBy !== 'betweenness')
        patch.applyCentralitySizes(cy, ctx, day, state.analysis);
    };
    const schedule = () => {
      const on = anyOn(store.getState());
      if (!on && !wasOn) return;
      wasOn = on;
      if (!patch) {
        void import('./analysisPatch').then((loaded) => {
          patch = loaded;
          run(true);
        });
        return;
      }
      if (!frame) frame = requestAnimationFrame(() => ((frame = 0), run(false)));
      clearTimeout(settle);
      settle = setTimeout(() => run(true), SETTLE_MS);
    };
    schedule();
    const unsubscribe = store.subscribe(selectOverlayInputs, schedule, { equalityFn: shallow });
    return () => {
      live = false;
      unsubscribe();
      cancelAnimationFrame(frame);
      clearTimeout(settle);
    };
  }, [cy, atlas, store]);
}
