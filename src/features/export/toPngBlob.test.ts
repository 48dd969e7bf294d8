import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { graphSize, toPngBlob } from './toPngBlob';

// Drawing needs a real canvas (tests/e2e/toPngBlob.e2e.ts); here: sizes and the refusals that come first.
function headless(elements: cytoscape.ElementDefinition[] = []) {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements,
    layout: { name: 'preset' },
    style: [{ selector: 'node', style: { width: 20, height: 20 } }],
  });
}

const TWO_NODES = [
  { data: { id: 'a' }, position: { x: 0, y: 0 } },
  { data: { id: 'b' }, position: { x: 300, y: 100 } },
];

describe('graphSize', () => {
  it('measures the whole graph by its bounding box, rounded up', () => {
    const size = graphSize(headless(TWO_NODES), true);
    // Node centres 300 × 100 apart, plus half a 20 px node (and its border) on each side.
    expect(size.width).toBeGreaterThanOrEqual(320);
    expect(size.width).toBeLessThan(330);
    expect(size.height).toBeGreaterThanOrEqual(120);
    expect(size.height).toBeLessThan(130);
    expect(Number.isInteger(size.width) && Number.isInteger(size.height)).toBe(true);
  });

  it('gives 0×0 for an empty graph', () => {
    expect(graphSize(headless(), true)).toEqual({ width: 0, height: 0 });
  });
});

describe('toPngBlob refuses before drawing', () => {
  it('an empty whole graph', async () => {
    await expect(toPngBlob(headless(), { full: true })).rejects.toThrow(
      'Nothing to export: the graph area is 0×0 px (is it empty or hidden?)',
    );
  });

  it('a bad option, naming it', async () => {
    await expect(toPngBlob(headless(TWO_NODES), { full: true, scale: -2 })).rejects.toThrow(
      'PNG export: scale must be a positive finite number, got -2',
    );
  });
});
