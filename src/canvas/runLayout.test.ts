import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { FORCE_LAYOUT_MAX_EDGES, runAtlasLayout } from './runLayout';

function graph(edgeCount: number) {
  const nodes = ['a', 'b', 'c'].map((id, i) => ({ data: { id }, position: { x: i * 10, y: 0 } }));
  const edges = Array.from({ length: edgeCount }, (_, i) => ({
    data: { id: `e${i}`, source: 'a', target: i % 2 ? 'b' : 'c' },
  }));
  return cytoscape({ headless: true, styleEnabled: true, elements: [...nodes, ...edges] });
}

describe('runAtlasLayout', () => {
  const positions = (cy: cytoscape.Core) => cy.nodes().map((n) => ({ ...n.position() }));

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
