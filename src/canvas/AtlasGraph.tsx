import type { Core, ElementDefinition } from 'cytoscape';
import { useCallback, useEffect, useMemo, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import type { Atlas } from '../domain/atlas/buildAtlas';
import { seedPositions } from '../domain/graph/seedPositions';
import { useAppStore, useAppStoreApi } from '../state/storeContext';
import { selectAtlas } from '../state/selectors';
import { ATLAS_STYLESHEET } from './stylesheet';
import { inDrawingOrder, rivalryElements, toCytoscapeElements } from './toCytoscapeElements';
import { useAnalysisOverlay } from './useAnalysisOverlay';
import { useCanvasEvents } from './useCanvasEvents';
import { useSelectionFocus } from './useSelectionFocus';
import { useTimeVisibility } from './useTimeVisibility';
import { useGraph } from '../shared/graphContext';
import { MapUnderlay } from './map/MapUnderlay';
import { useLayoutMode } from './map/useLayoutMode';
import { useZoomInput } from './zoom/useZoomInput';
import { useTimeLayout } from './layout/useTimeLayout';
import { useLabelLayout } from './labels/useLabelLayout';
import { loadLayouts } from './layout/loadLayouts';
import { isDrawn, openingClasses, type OpeningView } from '../domain/graph/firstView';
import type { AppState } from '../state/types';
import { addInChunks } from './addInChunks';
import { setGraphStatus } from './graphStatus';
import { applyClassChanges } from './applyClassChanges';
import { splitOpening } from './openingStages';
import { drawnPlaces, fitOpeningView } from './openingView';

// The elements come with their places (seeds, then the layouts): no fit here, which would measure (and so style)
// every element, hidden ones included; the opening view is fitted from the places of what is drawn.
const PRESET_LAYOUT = { name: 'preset', fit: false } as const;
const GRAPH_STYLE = { width: '100%', height: '100%' } as const;
// AtlasCanvas adds the elements itself, in stages; react-cytoscapejs keeps none (a stable empty list: no diff).
const NO_ELEMENTS: ElementDefinition[] = [];
const stocked = new WeakSet<Core>();

const viewOf = (state: AppState): OpeningView => ({
  day: state.timeline.day,
  basis: state.timeline.basis,
  filter: state.analysis.filter,
});
const sameView = (a: OpeningView, b: OpeningView) =>
  a.day === b.day && a.basis === b.basis && a.filter === b.filter;

/** The one component that owns the Cytoscape instance; time, selection and events reach it through hooks. */
export function AtlasGraph() {
  const atlas = useAppStore(selectAtlas);
  if (!atlas) return null;
  // A new dataset gets a new instance: elements are built once per dataset and never diffed.
  return <AtlasCanvas key={atlasKey(atlas)} atlas={atlas} />;
}

const keys = new WeakMap<Atlas, number>();
let nextKey = 1;
function atlasKey(atlas: Atlas): number {
  if (!keys.has(atlas)) keys.set(atlas, nextKey++);
  return keys.get(atlas) as number;
}

function AtlasCanvas({ atlas }: { atlas: Atlas }) {
  const store = useAppStoreApi();
  const graph = useGraph();
  const [cy, setCy] = useState<Core | null>(null);
  // Every element is in the graph: the hooks that follow the store start only then.
  const [complete, setComplete] = useState(false);
  const [laidOut, setLaidOut] = useState(false);
  const [host, setHost] = useState<HTMLDivElement | null>(null);
  // The layouts take seconds in their worker: ask for them now, while this thread builds the canvas.
  useMemo(() => void loadLayouts(atlas), [atlas]);
  const seeds = useMemo(() => seedPositions(atlas.elements, atlas.dataset.actors), [atlas]);
  // The view the graph opens on (the store's date, basis and filters now). Elements are created as it shows
  // them, so each is styled once; those it draws go in before the first frame, the others in chunks after it.
  const opening = useMemo(() => {
    const view = viewOf(store.getState());
    return { view, classes: openingClasses(atlas, view) };
  }, [atlas, store]);
  const stages = useMemo(() => {
    const definitions = inDrawingOrder([
      ...toCytoscapeElements(atlas.elements, seeds, opening.classes),
      ...rivalryElements(atlas.dataset.rivalries, new Map(atlas.dataset.actors.map((a) => [a.id, a.name]))),
    ]);
    return splitOpening(
      definitions,
      (d) => isDrawn(opening.classes.get(String(d.data.id))) && d.data.role !== 'rivalry',
    );
  }, [atlas, seeds, opening]);

  useEffect(() => (cy ? graph.attach(cy) : undefined), [cy, graph]);
  useEffect(() => {
    if (!cy) return;
    // The opening view is drawn: its date is shown (the canvas's own hooks take over once every element is in).
    setGraphStatus(cy, 'data-shown-day', String(opening.view.day));
    setGraphStatus(cy, 'data-elements', 'adding');
    // (An effect run again, as StrictMode does in development, goes on where the last run stopped.)
    const rest = stages.rest.filter((d) => cy.getElementById(String(d.data.id)).empty());
    return addInChunks(cy, rest, () => setComplete(true));
  }, [cy, stages, opening]);
  useEffect(() => {
    if (!cy || !complete) return;
    // The view may have moved while the rest went in: give every element its classes in the view now, as the
    // hooks below expect to find them when they start (in this same pass of effects: nothing moves between).
    const now = viewOf(store.getState());
    if (!sameView(now, opening.view)) applyClassChanges(cy, opening.classes, openingClasses(atlas, now));
    setGraphStatus(cy, 'data-elements', 'all');
  }, [cy, complete, atlas, store, opening]);

  const ready = complete ? cy : null;
  const placed = useCallback(() => setLaidOut(true), []);
  useTimeLayout(ready, atlas, store, placed);

  useTimeVisibility(ready, atlas, store);
  useSelectionFocus(ready, atlas, store);
  useAnalysisOverlay(ready, atlas, store);
  useCanvasEvents(cy, store, graph.showHover);
  const mapLayer = useLayoutMode(ready, atlas, store, laidOut);
  useZoomInput(cy, host);
  useLabelLayout(ready, store, laidOut);

  return (
    <div
      ref={setHost}
      className="graph"
      data-layout={laidOut && complete ? 'done' : 'running'}
      data-testid="graph"
      tabIndex={0}
      // A focusable widget with its own keys: "application" lets screen readers pass them through, and an
      // aria-label is only allowed on an element with a role (axe: aria-prohibited-attr).
      role="application"
      aria-label="Alliance graph. Keys: + and − zoom, 0 fits, Z zooms to the selection, arrows pan."
    >
      <MapUnderlay cy={cy} layer={mapLayer} />
      <CytoscapeComponent
        elements={NO_ELEMENTS}
        layout={PRESET_LAYOUT}
        stylesheet={ATLAS_STYLESHEET}
        style={GRAPH_STYLE}
        minZoom={0.1}
        maxZoom={4}
        boxSelectionEnabled={false}
        cy={(instance) => {
          // react-cytoscapejs calls this on every render: keep the first instance, bind once.
          if (instance === cy || stocked.has(instance)) return;
          stocked.add(instance);
          // After the stylesheet (react-cytoscapejs sets it after its elements: each would be styled twice).
          instance.add(stages.first);
          fitOpeningView(instance, drawnPlaces(atlas.elements.nodes, seeds, opening.classes));
          setCy(instance);
        }}
      />
    </div>
  );
}
