import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { loadRealAtlas } from '../../tests/unit/support/atlasFixtures';
import { toDayNumber } from '../domain/dates';
import { isDrawn, openingClasses } from '../domain/graph/firstView';
import { seedPositions } from '../domain/graph/seedPositions';
import { addInChunks, type ChunkPacing } from './addInChunks';
import { splitOpening } from './openingStages';
import { ATLAS_STYLESHEET } from './stylesheet';
import { inDrawingOrder, toCytoscapeElements } from './toCytoscapeElements';

const atlas = loadRealAtlas();
const classes = openingClasses(atlas, {
  day: toDayNumber('1960-01-01'),
  basis: 'signed',
  filter: { obligations: null, kinds: null, regions: null },
});
const definitions = inDrawingOrder(
  toCytoscapeElements(atlas.elements, seedPositions(atlas.elements, atlas.dataset.actors), classes),
);
const idOf = (d: ElementDefinition) => String(d.data.id);
const drawn = (d: ElementDefinition) => isDrawn(classes.get(idOf(d)));
const pair = (d: ElementDefinition) => [String(d.data.source), String(d.data.target)].sort().join(' ');

// Pacing for tests: a clock that advances `msPerCall` per look, frames run when the test says so.
function manualPacing(budgetMs: number, step: number) {
  let clock = 0;
  const frames: (() => void)[] = [];
  const pacing: ChunkPacing = {
    budgetMs,
    step,
    now: () => (clock += 10),
    afterNextFrame: (task) => {
      frames.push(task);
      return () => frames.splice(frames.indexOf(task), 1);
    },
  };
  return { pacing, runFrame: () => frames.shift()?.(), pending: () => frames.length };
}

describe('the opening view first, the rest after', () => {
  const { first, rest } = splitOpening(definitions, drawn);

  it('puts every node and every drawn edge first, with the edges that share their two ends', () => {
    expect(first.filter((d) => d.group === 'nodes')).toHaveLength(atlas.elements.nodes.length);
    expect(rest.every((d) => d.group === 'edges')).toBe(true);
    expect(definitions.filter(drawn).every((d) => first.includes(d))).toBe(true);
    const openingPairs = new Set(first.filter((d) => d.group === 'edges').map(pair));
    expect(rest.some((d) => openingPairs.has(pair(d)))).toBe(false);
    // Something is left for later at this date, and nothing is lost or doubled.
    expect(rest.length).toBeGreaterThan(0);
    expect([...first, ...rest].map(idOf).sort()).toEqual(definitions.map(idOf).sort());
  });

  it('keeps the drawing order within each part', () => {
    const position = new Map(definitions.map((d, i) => [d, i]));
    for (const part of [first, rest]) {
      const at = part.map((d) => position.get(d)!);
      expect(at).toEqual([...at].sort((a, b) => a - b));
    }
  });

  it('adds the rest in order, a chunk per frame, and calls back once all are in', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: ATLAS_STYLESHEET, elements: first });
    const { pacing, runFrame, pending } = manualPacing(25, 10);
    const counts: number[] = [];
    let done = 0;
    addInChunks(cy, rest, () => done++, { pacing, onChunk: (n) => counts.push(n) });
    expect(cy.elements()).toHaveLength(first.length); // nothing before the first frame
    while (pending()) runFrame();
    expect(done).toBe(1);
    expect(counts.length).toBeGreaterThan(1);
    expect(counts.at(-1)).toBe(rest.length);
    // A chunk stops once its budget is spent: 3 looks at the clock (10 ms each) fit in 25 ms.
    expect(counts[0]).toBe(30);
    expect(cy.elements().map((e) => e.id())).toEqual([...first, ...rest].map(idOf));
    cy.destroy();
  });

  it('stops when cancelled (the graph went away)', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: ATLAS_STYLESHEET, elements: first });
    const { pacing, runFrame, pending } = manualPacing(25, 10);
    let done = 0;
    const stop = addInChunks(cy, rest, () => done++, { pacing });
    runFrame();
    stop();
    while (pending()) runFrame();
    expect(done).toBe(0);
    expect(cy.elements().length).toBeLessThan(first.length + rest.length);
    cy.destroy();
  });

  it('gives each definition its classes as it goes in: a view moved between two chunks reaches the later ones', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: ATLAS_STYLESHEET, elements: first });
    const { pacing, runFrame, pending } = manualPacing(25, 10);
    let mark = 'first-chunk';
    addInChunks(cy, rest, () => {}, { pacing, prepare: (d) => ({ ...d, classes: `hidden ${mark}` }) });
    runFrame();
    const early = cy.elements('.first-chunk').length;
    mark = 'later';
    while (pending()) runFrame();
    expect(early).toBe(30);
    expect(cy.elements('.first-chunk')).toHaveLength(early);
    expect(cy.elements('.later')).toHaveLength(rest.length - early);
    // The definitions themselves are left as they were.
    expect(rest.every((d) => !String(d.classes).includes('first-chunk'))).toBe(true);
    cy.destroy();
  });

  it('draws edges in the drawing order whatever order they were added in', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: ATLAS_STYLESHEET,
      elements: [...first, ...rest],
    });
    const edges = cy.edges().toArray();
    const drawnOrder = [...edges].sort((a, b) => Number(a.style('z-index')) - Number(b.style('z-index')));
    expect(drawnOrder.map((e) => e.id())).toEqual(definitions.filter((d) => d.group === 'edges').map(idOf));
    // Added out of order: the opening view's edges are not all first in the drawing order.
    expect(edges.map((e) => e.id())).not.toEqual(drawnOrder.map((e) => e.id()));
    cy.destroy();
  });
});
