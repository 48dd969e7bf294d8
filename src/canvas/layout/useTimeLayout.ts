import { fitOpeningView } from '../openingView';
import type { Core, NodeSingular } from 'cytoscape';
import { useEffect } from 'react';
import type { Atlas } from '../../domain/atlas/buildAtlas';
import { LayoutPlayer } from '../../domain/layout/interpolate';
import type { AppStore } from '../../state/createAppStore';
import { selectDay, selectFixedLayout } from '../../state/selectors';
import type { DatasetLayouts } from './computeLayouts';
import { loadLayouts } from './loadLayouts';
import { graphStatus, graphStatusElement } from '../graphStatus';

const HALF_PX = 0.5;

function reducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/**
 * Places the nodes by the date: the dataset's keyframe layouts (computed once, in a worker) are played as the
 * date moves, touching only the nodes that move between the two keyframes around it, once per animation
 * frame. With "fixed layout" one layout over all of history is used instead. On the map the map owns the
 * positions; back on the network, the places of the date shown return. Calls `onReady` once placed.
 */
export function useTimeLayout(cy: Core | null, atlas: Atlas, store: AppStore, onReady: () => void): void {
  useEffect(() => {
    if (!cy) return;
    let live = true;
    let cleanup = () => {};
    void loadLayouts(atlas).then((layouts) => {
      if (live && !cy.destroyed()) cleanup = play(cy, layouts, store, onReady);
    });
    return () => {
      live = false;
      cleanup();
    };
  }, [cy, atlas, store, onReady]);
}

/**
 * Fits the displayed nodes' centres (plus a node's reach) into the view: from places only, never from drawn
 * boxes, which a selection's heavier borders or the labels shown would change (the opening view's fit).
 */
function fitPlaces(cy: Core): void {
  fitOpeningView(
    cy,
    cy.nodes(':visible').map((node) => node.position()),
  );
}

function play(cy: Core, layouts: DatasetLayouts, store: AppStore, onReady: () => void): () => void {
  const playerFor = (fixed: boolean) => new LayoutPlayer(fixed ? layouts.fixed : layouts.byDate);
  let player = playerFor(store.getState().analysis.fixedLayout);
  const nodes: NodeSingular[] = player.layout.ids.map((id) => cy.getElementById(id));
  const set = (n: number, x: number, y: number) => nodes[n]?.position({ x, y });
  const onNetwork = () => (graphStatus(cy, 'data-layout-mode') ?? 'network') === 'network';

  cy.batch(() => player.all(store.getState().timeline.day, set));
  fitPlaces(cy);
  onReady();

  // A step moves only what shows: a hidden node (about 40 % of them on the medium graph) is left behind and placed
  // when it is shown again, and a drawn node whose move is under half a screen pixel (10–25 % of the drawn ones
  // each month) stays, so its drawn place never lags the exact one by half a pixel. Every position set costs
  // Cytoscape its node's and edges' bounds and edge geometry, every step.
  const behind = new Set<number>();
  const stepSet = (n: number, x: number, y: number) => {
    const node = nodes[n];
    if (!node) return;
    if (!node.visible()) {
      behind.add(n);
      return;
    }
    behind.delete(n);
    const at = node.position();
    const still = HALF_PX / cy.zoom();
    if (Math.abs(at.x - x) < still && Math.abs(at.y - y) < still) return;
    node.position({ x, y });
  };
  let frame = 0;
  const flush = () => {
    frame = 0;
    if (!onNetwork()) return;
    const day = store.getState().timeline.day;
    cy.batch(() => {
      player.step(day, stepSet);
      // Shown by this date's patch (which ran first, in the same frame) after being left behind.
      for (const n of behind)
        if (nodes[n]?.visible()) {
          behind.delete(n);
          player.one(n, day, set);
        }
    });
  };
  const placeAll = (day: number) => {
    behind.clear();
    player.all(day, set);
  };
  const glideTo = (fixed: boolean) => {
    player = playerFor(fixed);
    behind.clear();
    const positions: Record<string, { x: number; y: number }> = {};
    player.all(store.getState().timeline.day, (n, x, y) => (positions[player.layout.ids[n]!] = { x, y }));
    cy.nodes()
      .layout({ name: 'preset', positions, fit: false, animate: !reducedMotion(), animationDuration: 400 })
      .run();
  };
  const unfollowDay = store.subscribe(selectDay, () => {
    if (!frame) frame = requestAnimationFrame(flush);
  });
  // Subscribed after the date: when both change at once, the glide replaces the step scheduled just before.
  const unfollowFixed = store.subscribe(selectFixedLayout, (fixed) => {
    // On the map the network is not shown: take the new places, the way back from the map draws them.
    if (!onNetwork()) {
      player = playerFor(fixed);
      return;
    }
    cancelAnimationFrame(frame);
    frame = 0;
    glideTo(fixed);
  });
  // Back from the map, the places of the date shown (which may have moved meanwhile).
  const observer = new MutationObserver(() => {
    if (onNetwork()) cy.batch(() => placeAll(store.getState().timeline.day));
  });
  const status = graphStatusElement(cy);
  if (status) observer.observe(status, { attributes: true, attributeFilter: ['data-layout-mode'] });
  return () => {
    unfollowDay();
    unfollowFixed();
    observer.disconnect();
    if (frame) cancelAnimationFrame(frame);
  };
}
