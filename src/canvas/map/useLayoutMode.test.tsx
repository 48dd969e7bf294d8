import { DOCUMENTS_SOURCE } from '../../domain/model/datasetSource';
import { act, renderHook, waitFor } from '@testing-library/react';
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadRealAtlas } from '../../../tests/unit/support/atlasFixtures';
import type { Atlas } from '../../domain/atlas/buildAtlas';
import { seedPositions, type Point } from '../../domain/graph/seedPositions';
import { setAnalysis, setDay } from '../../state/actions';
import { createAppStore } from '../../state/createAppStore';
import { dispatch } from '../../state/dispatch';
import { toCytoscapeElements } from '../toCytoscapeElements';
import { atlasMapPositions } from './mapScene';
import { useLayoutMode } from './useLayoutMode';

// The map's chunk as the app loads it, unless a test makes it fail (offline, a stale deploy).
const chunk = vi.hoisted(() => ({ fail: false }));
vi.mock('./loadMapScene', () => ({
  loadMapScene: () => (chunk.fail ? Promise.reject(new Error('offline')) : import('./mapScene')),
}));

let atlas: Atlas;
beforeAll(() => {
  atlas = loadRealAtlas();
});

function setup(reducedMotion: boolean) {
  vi.stubGlobal(
    'matchMedia',
    (query: string) =>
      ({ matches: reducedMotion && query.includes('reduce'), media: query }) as MediaQueryList,
  );
  const seed = seedPositions(atlas.elements, atlas.dataset.actors);
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toCytoscapeElements(atlas.elements, seed),
    // As the app does: the given positions, not Cytoscape's default layout.
    layout: { name: 'preset' },
    style: [{ selector: '.hidden', style: { display: 'none' } }],
  });
  expect(cy.getElementById('a:usa').position()).toEqual(seed.get('a:usa'));
  const store = createAppStore({ data: { kind: 'ready', atlas, source: DOCUMENTS_SOURCE } });
  const hook = renderHook(() => useLayoutMode(cy, atlas, store, true));
  return { cy, store, hook, seed };
}

function positionsOf(cy: Core): Map<string, Point> {
  return new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }] as const));
}

function expectAt(cy: Core, expected: ReadonlyMap<string, Point>, digits = 6) {
  const actual = positionsOf(cy);
  expect(actual.size).toBe(expected.size);
  for (const [id, p] of expected) {
    expect(actual.get(id)?.x, id).toBeCloseTo(p.x, digits);
    expect(actual.get(id)?.y, id).toBeCloseTo(p.y, digits);
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  chunk.fail = false;
});

describe('useLayoutMode on a headless instance with the real dataset', () => {
  it('moves every node to the map and back to the network, and shows the map only on the map', async () => {
    const { cy, store, hook, seed } = setup(true);
    expect(hook.result.current.visible).toBe(false);
    const map = atlasMapPositions(atlas);
    // Every node has a map place: states and organisations at capitals, hubs at their members' centroid.
    expect(map.size).toBe(cy.nodes().length);

    act(() => dispatch(store, setAnalysis({ layout: 'map' })));
    await waitFor(() => expect(hook.result.current.visible).toBe(true));
    expectAt(cy, map);
    expect(hook.result.current.layers?.map((l) => l.name)).toEqual([
      'sphere',
      'graticule',
      'land',
      'borders',
    ]);

    act(() => dispatch(store, setAnalysis({ layout: 'network' })));
    await waitFor(() => expect(hook.result.current.visible).toBe(false));
    expectAt(cy, seed);
    cy.destroy();
  });

  it('never moves a node when the date changes, on the map or off it', async () => {
    const { cy, store, hook } = setup(true);
    const before = positionsOf(cy);
    act(() => dispatch(store, setDay(atlas.span.from)));
    expectAt(cy, before);
    act(() => dispatch(store, setAnalysis({ layout: 'map' })));
    await waitFor(() => expect(hook.result.current.visible).toBe(true));
    const onMap = positionsOf(cy);
    act(() => dispatch(store, setDay(atlas.span.to)));
    act(() => dispatch(store, setDay(Math.round((atlas.span.from + atlas.span.to) / 2))));
    expectAt(cy, onMap);
    cy.destroy();
  });

  it('animates to the map and lands exactly on the map positions', async () => {
    const { cy, store } = setup(false);
    const map = atlasMapPositions(atlas);
    act(() => dispatch(store, setAnalysis({ layout: 'map' })));
    // Mid-move the nodes are on their way: not yet at the map positions.
    await waitFor(() => expect(cy.getElementById('a:usa').animated()).toBe(true));
    await waitFor(() => expectAt(cy, map), { timeout: 3000 });
    cy.destroy();
  });

  it('goes back to where the network was when switched back mid-move', async () => {
    const { cy, store, hook, seed } = setup(false);
    act(() => dispatch(store, setAnalysis({ layout: 'map' })));
    await waitFor(() => expect(hook.result.current.visible).toBe(true));
    act(() => dispatch(store, setAnalysis({ layout: 'network' })));
    await waitFor(() => expectAt(cy, seed), { timeout: 3000 });
    expect(hook.result.current.visible).toBe(false);
    cy.destroy();
  });

  it('stays on the network with a notice when the map cannot be loaded', async () => {
    chunk.fail = true;
    const { cy, store, hook, seed } = setup(true);
    act(() => dispatch(store, setAnalysis({ layout: 'map' })));
    await waitFor(() => expect(store.getState().analysis.layout).toBe('network'));
    expect(store.getState().view.notice).toBe('The world map could not be loaded; showing the network.');
    expect(hook.result.current).toEqual({ layers: null, visible: false });
    expectAt(cy, seed);
    cy.destroy();
  });
});
