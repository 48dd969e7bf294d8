import type { Core, NodeSingular } from 'cytoscape';
import { useEffect } from 'react';
import type { Atlas } from '../../domain/atlas/buildAtlas';
import { LayoutPlayer } from '../../domain/layout/interpolate';
import type { AppStore } from '../../state/createAppStore';
import type { DatasetLayouts } from './computeLayouts';
import { loadLayouts } from './loadLayouts';

const FIT_PADDING = 48;

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

function play(cy: Core, layouts: DatasetLayouts, store: AppStore, onReady: () => void): () => void {
  const playerFor = (fixed: boolean) => new LayoutPlayer(fixed ? layouts.fixed : layouts.byDate);
  let player = playerFor(store.getState().analysis.fixedLayout);
  const nodes: NodeSingular[] = player.layout.ids.map((id) => cy.getElementById(id));
  const set = (n: number, x: number, y: number) => nodes[n]?.position({ x, y });
  const onNetwork = () => (cy.container()?.getAttribute('data-layout-mode') ?? 'network') === 'network';

  cy.batch(() => player.all(store.getState().timeline.day, set));
  cy.fit(cy.elements(':visible'), FIT_PADDING);
  onReady();

  let frame = 0;
  const flush = () => {
    frame = 0;
    if (!onNetwork()) return;
    cy.batch(() => player.step(store.getState().timeline.day, set));
  };
  const glideTo = (fixed: boolean) => {
    player = playerFor(fixed);
    const positions: Record<string, { x: number; y: number }> = {};
    player.all(store.getState().timeline.day, (n, x, y) => (positions[player.layout.ids[n]!] = { x, y }));
    cy.nodes()
      .layout({ name: 'preset', positions, fit: false, animate: !reducedMotion(), animationDuration: 400 })
      .run();
  };
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.analysis.fixedLayout !== prev.analysis.fixedLayout && onNetwork())
      glideTo(state.analysis.fixedLayout);
    else if (state.timeline.day !== prev.timeline.day && !frame) frame = requestAnimationFrame(flush);
  });
  // Back from the map, the places of the date shown (which may have moved meanwhile).
  const observer = new MutationObserver(() => {
    if (onNetwork()) cy.batch(() => player.all(store.getState().timeline.day, set));
  });
  const container = cy.container();
  if (container) observer.observe(container, { attributes: true, attributeFilter: ['data-layout-mode'] });
  return () => {
    unsubscribe();
    observer.disconnect();
    if (frame) cancelAnimationFrame(frame);
  };
}
