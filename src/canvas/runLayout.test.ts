import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { tinyDataset } from '../../tests/unit/support/tinyDataset';
import { buildGraphElements } from '../domain/graph/buildGraphElements';
import { buildLayoutInput } from '../domain/graph/layoutInput';
import { seedPositions } from '../domain/graph/seedPositions';
import { computeLayoutPositions, FORCE_LAYOUT_MAX_EDGES, runAtlasLayout } from './runLayout';
import { toCytoscapeElements } from './toCytoscapeElements';

const positions = (cy: cytoscape.Core) => cy.nodes().map((n) => ({ ...n.position() }));

function graph(edgeCount: number) {
  const nodes = ['a', 'b', 'c'].map((id, i) => ({ data: { id }, position: { x: i * 10, y: 0 } }));
  const edges = Array.from({ length: edgeCount }, (_, i) => ({
    data: { id: `e${i}`, source: 'a', target: i % 2 ? 'b' : 'c' },
  }));
  return cytoscape({ headless: true, styleEnabled: true, elements: [...nodes, ...edges] });
}

describe('runAtlasLayout', () => {
  it('runs the force layout on a graph of ordinary size', async () => {
    const cy = graph(4);
    const before = positions(cy);
    await runAtlasLayout(cy);
    expect(positions(cy)).not.toEqual(before);
  });

  it('keeps the seed positions of a graph too large for the force layout', async () => {
    const cy = graph(FORCE_LAYOUT_MAX_EDGES + 1);
    const before = positions(cy);
    await runAtlasLayout(cy);
    expect(positions(cy)).toEqual(before);
  });
});

describe('computeLayoutPositions: one picture per dataset', () => {
  const { dataset } = tinyDataset();
  const elements = buildGraphElements(dataset);
  const input = buildLayoutInput(elements, seedPositions(elements, dataset.actors));
  const reversed = buildLayoutInput(
    { nodes: [...elements.nodes].reverse(), edges: [...elements.edges].reverse() },
    seedPositions(elements, dataset.actors),
  );

  it('gives the same positions on every run, whatever Math.random does in between', () => {
    const first = computeLayoutPositions(input);
    Math.random();
    const second = computeLayoutPositions(input);
    expect([...second]).toEqual([...first]);
    expect(first.size).toBe(elements.nodes.length);
  });

  it('does not depend on the order the elements were loaded in', () => {
    expect(reversed).toEqual(input);
    expect([...computeLayoutPositions(reversed)]).toEqual([...computeLayoutPositions(input)]);
  });

  it('leaves Math.random as it found it', () => {
    const original = Math.random;
    computeLayoutPositions(input);
    expect(Math.random).toBe(original);
  });

  it('places the nodes of an instance the same whatever its classes (selection, time)', async () => {
    const make = () =>
      cytoscape({
        headless: true,
        styleEnabled: true,
        elements: toCytoscapeElements(elements, seedPositions(elements, dataset.actors)),
        style: [{ selector: '.focus', style: { 'border-width': 9 } }],
      });
    const plain = make();
    const focused = make();
    focused.nodes().first().addClass('focus');
    await runAtlasLayout(plain, input);
    await runAtlasLayout(focused, input);
    expect(positions(focused)).toEqual(positions(plain));
  });
});
