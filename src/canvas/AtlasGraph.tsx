import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import type { Atlas } from '../domain/atlas/buildAtlas';
import { seedPositions } from '../domain/graph/seedPositions';
import { useAppStore, useAppStoreApi } from '../state/storeContext';
import { selectAtlas } from '../state/selectors';
import { ATLAS_STYLESHEET } from './stylesheet';
import { rivalryElements, toCytoscapeElements } from './toCytoscapeElements';
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

const PRESET_LAYOUT = { name: 'preset' } as const;
const GRAPH_STYLE = { width: '100%', height: '100%' } as const;

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
  const [laidOut, setLaidOut] = useState(false);
  const [host, setHost] = useState<HTMLDivElement | null>(null);
  const seeds = useMemo(() => seedPositions(atlas.elements, atlas.dataset.actors), [atlas]);
  const elements = useMemo(
    () => [
      ...toCytoscapeElements(atlas.elements, seeds),
      ...rivalryElements(atlas.dataset.rivalries, new Map(atlas.dataset.actors.map((a) => [a.id, a.name]))),
    ],
    [atlas, seeds],
  );

  useEffect(() => (cy ? graph.attach(cy) : undefined), [cy, graph]);
  const placed = useCallback(() => setLaidOut(true), []);
  useTimeLayout(cy, atlas, store, placed);

  useTimeVisibility(cy, atlas, store);
  useSelectionFocus(cy, atlas, store);
  useAnalysisOverlay(cy, atlas, store);
  useCanvasEvents(cy, store, graph.showHover);
  const mapLayer = useLayoutMode(cy, atlas, store, laidOut);
  useZoomInput(cy, host);
  useLabelLayout(cy, store, laidOut);

  return (
    <div
      ref={setHost}
      className="graph"
      data-layout={laidOut ? 'done' : 'running'}
      data-testid="graph"
      tabIndex={0}
      // A focusable widget with its own keys: "application" lets screen readers pass them through, and an
      // aria-label is only allowed on an element with a role (axe: aria-prohibited-attr).
      role="application"
      aria-label="Alliance graph. Keys: + and − zoom, 0 fits, Z zooms to the selection, arrows pan."
    >
      <MapUnderlay cy={cy} layer={mapLayer} />
      <CytoscapeComponent
        elements={elements}
        layout={PRESET_LAYOUT}
        stylesheet={ATLAS_STYLESHEET}
        style={GRAPH_STYLE}
        minZoom={0.1}
        maxZoom={4}
        boxSelectionEnabled={false}
        cy={(instance) => {
          // react-cytoscapejs calls this on every render: keep the first instance, bind once.
          if (instance !== cy) setCy(instance);
        }}
      />
    </div>
  );
}
