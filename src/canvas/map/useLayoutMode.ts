import type { Core } from 'cytoscape';
import { useEffect, useState } from 'react';
import type { Atlas } from '../../domain/atlas/buildAtlas';
import type { Point } from '../../domain/graph/seedPositions';
import { setAnalysis, setNotice } from '../../state/actions';
import type { AppStore } from '../../state/createAppStore';
import { selectLayoutMode } from '../../state/selectors';
import { dispatch } from '../../state/dispatch';
import type { LayoutMode } from '../../state/types';
import { fitBoxView } from '../../shared/zoom/fitArea';
import { ARC_PROPERTIES, arcStyle } from './arcStyle';
import { boundsOf } from './fitViewport';
import { loadMapScene } from './loadMapScene';
import type { MapGeometry } from './mapGeometry';
import type { WorldLayer } from './mapStyle';
import type { Viewport } from './viewport';
import { setGraphStatus } from '../graphStatus';

/** What the map underlay needs: the map's layers once loaded, and whether the graph is (moving) on the map. */
export interface MapLayer {
  layers: readonly WorldLayer[] | null;
  visible: boolean;
}

/** Duration of the move between the network and the map, in ms (app.css fades the map over the same time). */
export const MAP_TRANSITION_MS = 600;

/** Per instance: the force layout's result (or where nodes were dragged since) and view, and what is shown. */
interface Memory {
  network: Map<string, Point>;
  networkView: Viewport;
  shown: LayoutMode;
  settled: boolean;
}
const memories = new WeakMap<Core, Memory>();
// Room for the nodes' labels at the edges (the fit is by node centres; the controls over the graph are left clear).
const FIT_PADDING = 30;
const EASING = 'ease-in-out-cubic';

function snapshot(cy: Core): Map<string, Point> {
  return new Map(cy.nodes().map((node) => [node.id(), { ...node.position() }] as const));
}

function remember(cy: Core): Memory {
  let memory = memories.get(cy);
  if (!memory) {
    memory = { network: snapshot(cy), networkView: currentView(cy), shown: 'network', settled: true };
    memories.set(cy, memory);
  }
  return memory;
}

const currentView = (cy: Core): Viewport => ({ zoom: cy.zoom(), pan: { ...cy.pan() } });

function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/** Moves every node (shown or hidden) to its position and the view to `view`; resolves when both arrive. */
function moveTo(cy: Core, positions: ReadonlyMap<string, Point>, view: Viewport): Promise<void> {
  const animate = !prefersReducedMotion();
  const layout = cy.nodes().layout({
    name: 'preset',
    // Every node gets a place (a node without one stays where it is): preset leaves no gap to chance.
    positions: Object.fromEntries(
      cy.nodes().map((n) => [n.id(), positions.get(n.id()) ?? { ...n.position() }]),
    ),
    fit: false,
    animate,
    animationDuration: MAP_TRANSITION_MS,
    animationEasing: EASING,
  });
  const nodesDone = layout.promiseOn('layoutstop');
  layout.run();
  if (!animate) {
    cy.viewport(view);
    return nodesDone.then(() => undefined);
  }
  const viewDone = cy
    .animation({ ...view, duration: MAP_TRANSITION_MS, easing: EASING })
    .play()
    .promise();
  return Promise.all([nodesDone, viewDone]).then(() => undefined);
}

/** Class of every element while on the map: smaller nodes, so neighbouring capitals stay apart (stylesheet.ts). */
export const ON_MAP_CLASS = 'on-map';

/** Draws every edge as its great-circle arc (edges between nodes without a place stay straight). */
function drawArcs(cy: Core, geometry: MapGeometry): void {
  cy.batch(() => {
    cy.edges().forEach((edge) => {
      const pieces = geometry.arc(edge.source().id(), edge.target().id());
      const style = pieces && arcStyle(pieces, edge.source().width() / 2);
      if (style) edge.style(style);
    });
  });
}

function clearArcs(cy: Core): void {
  cy.batch(() => cy.edges().removeStyle(ARC_PROPERTIES));
}

/**
 * Switches the graph between the force layout and the world map as `analysis.layout` changes: nodes glide to
 * their capitals (hubs to their members' centroid) and back. Positions depend on the mode only, never on the
 * date, so scrubbing keeps working as before. Starts once the force layout has finished (`laidOut`).
 */
export function useLayoutMode(cy: Core | null, atlas: Atlas, store: AppStore, laidOut: boolean): MapLayer {
  const [layers, setLayers] = useState<readonly WorldLayer[] | null>(null);
  const [visible, setVisible] = useState(false);

  useEffect(() => {
    if (!cy || !laidOut) return;
    const memory = remember(cy);
    let live = true;
    let generation = 0;

    const arrive = (mode: LayoutMode, move: Promise<void>) => {
      const mine = ++generation;
      memory.settled = false;
      memory.shown = mode;
      setGraphStatus(cy, 'data-layout-mode', `${mode}-moving`);
      void move.then(() => {
        if (!live || mine !== generation) return;
        memory.settled = true;
        setGraphStatus(cy, 'data-layout-mode', mode);
      });
    };

    const stopMoving = () => {
      cy.nodes().stop(true, false);
      cy.stop(true, false);
    };

    const toMap = async () => {
      const scene = await loadMapScene();
      if (!live) return;
      const { geometry, layers: world } = scene.showMap(atlas);
      setLayers(world);
      // Which meridian the map is centred on, for whoever reads the figure (and the tests).
      setGraphStatus(cy, 'data-map-centre', String(geometry.centre));
      if (store.getState().analysis.layout !== 'map' || memory.shown === 'map') return;
      // Leaving a settled network: keep where its nodes are now (dragged ones included) and the view.
      if (memory.settled) {
        memory.network = snapshot(cy);
        memory.networkView = currentView(cy);
      }
      stopMoving();
      setVisible(true);
      const positions = geometry.positions;
      // Every node's place (not only those shown at the date), clear of the controls drawn over the graph.
      const view = fitBoxView(
        cy,
        boundsOf(positions.values()) ?? { x1: 0, y1: 0, x2: 0, y2: 0 },
        FIT_PADDING,
      );
      cy.elements().addClass(ON_MAP_CLASS);
      arrive(
        'map',
        moveTo(cy, positions, view).then(() => {
          if (live && memory.shown === 'map') drawArcs(cy, geometry);
        }),
      );
    };

    const toNetwork = () => {
      setVisible(false);
      if (memory.shown === 'network') return;
      stopMoving();
      clearArcs(cy);
      cy.elements().removeClass(ON_MAP_CLASS);
      arrive('network', moveTo(cy, memory.network, memory.networkView));
    };

    // Without its chunk (offline, a new deploy) there is no map: say so and stay on the network.
    const mapFailed = () => {
      if (!live) return;
      dispatch(store, setNotice('The world map could not be loaded; showing the network.'));
      dispatch(store, setAnalysis({ layout: 'network' }));
    };
    const follow = (mode: LayoutMode) => (mode === 'map' ? void toMap().catch(mapFailed) : toNetwork());
    setGraphStatus(cy, 'data-layout-mode', memory.shown);
    follow(store.getState().analysis.layout);
    const unsubscribe = store.subscribe(selectLayoutMode, follow);
    return () => {
      live = false;
      unsubscribe();
      // A move cut short here would leave nodes between two places: finish it at once.
      if (!cy.destroyed()) {
        cy.nodes().stop(true, true);
        cy.stop(true, true);
      }
      memory.settled = true;
      setGraphStatus(cy, 'data-layout-mode', memory.shown);
    };
  }, [cy, laidOut, atlas, store]);

  return { layers, visible };
}
