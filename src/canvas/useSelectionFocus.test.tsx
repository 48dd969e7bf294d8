import { act, renderHook, waitFor } from '@testing-library/react';
import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { loadRealAtlas } from '../../tests/unit/support/atlasFixtures';
import type { Atlas } from '../domain/atlas/buildAtlas';
import { toDayNumber } from '../domain/dates';
import { pactHubId } from '../domain/graph/buildGraphElements';
import { memberIdsAt, pactMembersAt } from '../domain/membership';
import { datasetReady, selectPact, setDay } from '../state/actions';
import { createAppStore, type AppStore } from '../state/createAppStore';
import { dispatch } from '../state/dispatch';
import { toCytoscapeElements } from './toCytoscapeElements';
import { useSelectionFocus } from './useSelectionFocus';
import { useTimeVisibility } from './useTimeVisibility';

const atlas = loadRealAtlas();

function mount(date: string) {
  const cy = cytoscape({ headless: true, elements: toCytoscapeElements(atlas.elements, new Map()) });
  const store = createAppStore();
  dispatch(store, datasetReady(atlas, toDayNumber(date)));
  renderHook(() => {
    useTimeVisibility(cy, atlas, store);
    useSelectionFocus(cy, atlas, store);
  });
  return { cy, store };
}

// The marks a whole-graph scan gives (the rule before the pact → elements map): the oracle.
function scanned(cy: Core, a: Atlas, store: AppStore, pactId: string): string[] {
  const { day, basis } = store.getState().timeline;
  const pact = a.pactById.get(pactId)!;
  const members = new Set(
    memberIdsAt(pactMembersAt(pact, a.timelines[basis].pactSpan(pactId), a.actorById, day)),
  );
  const edges = cy
    .edges()
    .filter(
      (e) => e.data('pactId') === pactId && (e.data('actorIds') as string[]).every((id) => members.has(id)),
    );
  const hub = cy.getElementById(pactHubId(pactId)).filter((n) => !n.hasClass('hidden'));
  const nodes = cy.nodes('[role = "actor"]').filter((n) => members.has(n.data('actorId') as string));
  return edges
    .union(hub)
    .union(nodes)
    .map((e) => e.id())
    .sort();
}

const ids = (cy: Core, selector: string) =>
  cy
    .elements(selector)
    .map((e) => e.id())
    .sort();

describe('selecting a pact marks it through the pact → elements map', () => {
  it('marks what a scan of the whole graph marks, and fades only what is drawn', () => {
    const { cy, store } = mount('1960-01-01');
    act(() => dispatch(store, selectPact('nato')));
    const focus = ids(cy, '.focus');
    expect(focus).toEqual(scanned(cy, atlas, store, 'nato'));
    expect(focus).toContain('p:nato');
    expect(focus.length).toBeGreaterThan(10);
    const drawn = cy.elements().filter((e) => !e.hasClass('hidden'));
    const fadedExpected = drawn
      .filter((e) => !e.hasClass('focus'))
      .map((e) => e.id())
      .sort();
    expect(ids(cy, '.muted')).toEqual(fadedExpected);
    expect(cy.elements('.hidden.muted')).toHaveLength(0);
  });

  it('another pact leaves no mark of the first; no selection leaves no marks at all', () => {
    const { cy, store } = mount('1960-01-01');
    act(() => dispatch(store, selectPact('nato')));
    act(() => dispatch(store, selectPact('warsaw-pact')));
    expect(ids(cy, '.focus')).toEqual(scanned(cy, atlas, store, 'warsaw-pact'));
    expect(cy.getElementById('p:nato').hasClass('focus')).toBe(false);
    expect(cy.getElementById('p:nato').hasClass('muted')).toBe(true);
    act(() => dispatch(store, selectPact(null)));
    expect(cy.elements('.focus, .muted')).toHaveLength(0);
  });

  it('follows the date: members who join later are marked once the date reaches them, and drawn elements fade', async () => {
    const { cy, store } = mount('1960-01-01');
    act(() => dispatch(store, selectPact('nato')));
    expect(cy.getElementById('a:pol').hasClass('focus')).toBe(false);
    act(() => dispatch(store, setDay(toDayNumber('2024-12-31'))));
    await waitFor(() => expect(cy.getElementById('a:pol').hasClass('focus')).toBe(true));
    expect(ids(cy, '.focus')).toEqual(scanned(cy, atlas, store, 'nato'));
    expect(cy.elements('.hidden.muted')).toHaveLength(0);
    const drawnUnfaded = cy
      .elements()
      .filter((e) => !e.hasClass('hidden') && !e.hasClass('focus') && !e.hasClass('muted'));
    expect(drawnUnfaded).toHaveLength(0);
  });

  it('a click on a pact does not scan every edge of the graph', () => {
    const { cy, store } = mount('1960-01-01');
    const edges = vi.spyOn(cy, 'edges');
    act(() => dispatch(store, selectPact('nato')));
    expect(edges).not.toHaveBeenCalled();
  });
});
