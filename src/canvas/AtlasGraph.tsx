import type { Core, ElementDefinition } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
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

  // The view the canvas shows while the rest goes in, and its elements' classes: the opening view's at first,
  // then the store's view as it moves (the hooks that patch the graph step by step start once every element is
  // in; until then a move redraws from whole class maps, and the elements still to come are added as it shows).
  const shown = useRef({ view: opening.view, classes: opening.classes });

  useEffect(() => (cy ? graph.attach(cy) : undefined), [cy, graph]);
  useEffect(() => {
    if (!cy) return;
    // The opening view is drawn: its date is shown.
    setGraphStatus(cy, 'data-shown-day', String(shown.current.view.day));
    setGraphStatus(cy, 'data-elements', 'adding');
    // (An effect run again, as StrictMode does in development, goes on where the last run stopped.)
    const rest = stages.rest.filter((d) => cy.getElementById(String(d.data.id)).empty());
    const prepare = (definition: ElementDefinition) => {
      const classes = shown.current.classes.get(String(definition.data.id));
      return classes ? { ...definition, classes: [...classes].join(' ') } : definition;
    };
    return addInChunks(cy, rest, () => setComplete(true), { prepare });
  }, [cy, stages]);
  useEffect(() => {
    if (!cy || complete) return;
    // A date (or basis, or filter) moved while elements are still going in is drawn in the next frame: the
    // slider and the readout never say one date while the graph shows another for the seconds a large dataset
    // takes to go in.
    let frame = 0;
    const follow = () => {
      frame = 0;
      const now = viewOf(store.getState());
      if (sameView(now, shown.current.view)) return;
      const classes = openingClasses(atlas, now);
      applyClassChanges(cy, shown.current.classes, classes);
      shown.current = { view: now, classes };
      setGraphStatus(cy, 'data-shown-day', String(now.day));
    };
    const unsubscribe = store.subscribe(viewOf, () => void (frame ||= requestAnimationFrame(follow)), {
      equalityFn: sameView,
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [cy, complete, atlas, store]);
  useEffect(() => {
    if (!cy || !complete) return;
    // The view may have moved since it was last drawn: give every element its classes in the view now, as the
    // hooks below expect to find them when they start (in this same pass of effects: nothing moves between).
    const now = viewOf(store.getState());
    if (!sameView(now, shown.current.view))
      applyClassChanges(cy, shown.current.classes, openingClasses(atlas, now));
    setGraphStatus(cy, 'data-elements', 'all');
  }, [cy, complete, atlas, store]);

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
