import { renderHook } from '@testing-library/react';
import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { loadRealAtlas } from '../../tests/unit/support/atlasFixtures';
import { toDayNumber } from '../domain/dates';
import type { FilterChoice } from '../domain/filter';
import { openingClasses, type OpeningView } from '../domain/graph/firstView';
import { datasetReady, setAnalysis, setBasis } from '../state/actions';
import { createAppStore } from '../state/createAppStore';
import { dispatch } from '../state/dispatch';
import { applyClassChanges } from './applyClassChanges';
import { toCytoscapeElements } from './toCytoscapeElements';
import { useTimeVisibility } from './useTimeVisibility';

const atlas = loadRealAtlas();
const NONE: FilterChoice = { obligations: null, kinds: null, regions: null };

// The classes each element has in `cy`, as sorted lists (the picture's inputs the date decides).
function classesIn(cy: Core): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  cy.elements().forEach((e) => {
    out[e.id()] = e.classes().slice().sort();
  });
  return out;
}

// A canvas as useTimeVisibility leaves it at `view`, starting from `classes` (none: as no date shows them).
function followed(
  view: OpeningView,
  classes?: ReadonlyMap<string, ReadonlySet<string>>,
  moved?: OpeningView,
) {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toCytoscapeElements(atlas.elements, new Map(), classes),
  });
  if (moved && classes) applyClassChanges(cy, classes, openingClasses(atlas, moved));
  const at = moved ?? view;
  const store = createAppStore();
  dispatch(store, datasetReady(atlas, at.day));
  dispatch(store, setBasis(at.basis));
  dispatch(store, setAnalysis({ filter: at.filter }));
  const { unmount } = renderHook(() => useTimeVisibility(cy, atlas, store));
  const result = classesIn(cy);
  unmount();
  cy.destroy();
  return result;
}

const VIEWS: [string, OpeningView][] = [
  ['1960, signed', { day: toDayNumber('1960-01-01'), basis: 'signed', filter: NONE }],
  ['1946, in force (occupied Japan)', { day: toDayNumber('1946-06-01'), basis: 'in-force', filter: NONE }],
  [
    '2024, defence pacts in Europe',
    {
      day: toDayNumber('2024-12-31'),
      basis: 'signed',
      filter: { obligations: ['defence'], kinds: null, regions: ['europe'] },
    },
  ],
];

describe('the opening view', () => {
  it.each(VIEWS)(
    '%s: elements created with its classes are what the date patches make of them',
    (_, view) => {
      const created = followed(view, openingClasses(atlas, view));
      expect(created).toEqual(followed(view));
      // Something is drawn and something is not: the view decides.
      const hidden = Object.values(created).filter((c) => c.includes('hidden')).length;
      expect(hidden).toBeGreaterThan(0);
      expect(hidden).toBeLessThan(Object.keys(created).length);
    },
  );

  it('covers occupation and filters: a state marked occupied in 1946, elements filtered out in 2024', () => {
    const occupied = openingClasses(atlas, VIEWS[1]![1]);
    expect([...occupied.values()].some((c) => c.has('occupied'))).toBe(true);
    const filtered = openingClasses(atlas, VIEWS[2]![1]);
    expect([...filtered.values()].some((c) => c.has('filtered'))).toBe(true);
  });

  it('a view that moved while the rest was being added: moving the classes gives the picture opened there', () => {
    const [, from] = VIEWS[0]!;
    for (const [, to] of VIEWS.slice(1))
      expect(followed(from, openingClasses(atlas, from), to)).toEqual(followed(to));
  });
});
