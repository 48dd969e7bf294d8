import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { UnderlayView } from '../../shared/exportUnderlay';
import { resolvePngExportOptions, type PngExportInput } from './exportOptions';
import { underlayView } from './toPngBlob';

// The underlay must land under the graph image pixel for pixel: these check the transform against Cytoscape's
// own png() mapping (viewport: (model × zoom + pan) × scale; whole graph: (model − box corner) × scale).
function headless() {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset' },
    style: [{ selector: 'node', style: { width: 20, height: 20, 'border-width': 0 } }],
    elements: [
      { data: { id: 'a' }, position: { x: -100, y: 40 } },
      { data: { id: 'b' }, position: { x: 300, y: 240 } },
    ],
  });
}

const at = (view: UnderlayView, x: number, y: number) => ({
  x: x * view.zoom + view.x,
  y: y * view.zoom + view.y,
});

describe('underlayView', () => {
  it.each([
    { zoom: 1, pan: { x: 0, y: 0 }, scale: 2, offset: { left: 0, top: 0 } },
    { zoom: 0.5, pan: { x: 120, y: -30 }, scale: 2, offset: { left: 0, top: 0 } },
    { zoom: 2.5, pan: { x: -400, y: 75.5 }, scale: 1.25, offset: { left: 37, top: 0 } },
  ])('viewport export: zoom $zoom, pan $pan, scale $scale', ({ zoom, pan, scale, offset }) => {
    const cy = headless();
    cy.viewport({ zoom, pan });
    const view = underlayView(cy, false, scale, offset);
    for (const node of cy.nodes()) {
      const { x, y } = node.position();
      const drawn = at(view, x, y);
      expect(drawn.x).toBeCloseTo((x * zoom + pan.x) * scale + offset.left, 9);
      expect(drawn.y).toBeCloseTo((y * zoom + pan.y) * scale + offset.top, 9);
    }
    expect(view.pixelRatio).toBe(scale);
  });

  it('whole-graph export: the bounding box corner goes to the image offset, whatever the view', () => {
    const cy = headless();
    cy.viewport({ zoom: 3, pan: { x: 999, y: -999 } });
    const scale = 2;
    const view = underlayView(cy, true, scale, { left: 10, top: 32 });
    const box = cy.elements().boundingBox();
    expect(at(view, box.x1, box.y1).x).toBeCloseTo(10, 9);
    expect(at(view, box.x1, box.y1).y).toBeCloseTo(32, 9);
    // Model distances are multiplied by the scale only: the view's zoom and pan play no part.
    const a = at(view, -100, 40);
    const b = at(view, 300, 240);
    expect(b.x - a.x).toBeCloseTo(400 * scale, 9);
    expect(b.y - a.y).toBeCloseTo(200 * scale, 9);
    expect(view).toMatchObject({ zoom: scale, pixelRatio: scale });
  });
});

describe('resolvePngExportOptions with an underlay', () => {
  it('keeps the underlay function', () => {
    const underlay = () => undefined;
    expect(resolvePngExportOptions({ underlay }).underlay).toBe(underlay);
  });

  it('refuses an underlay that is not a function, naming it', () => {
    const bad = { underlay: 'map' } as unknown as PngExportInput;
    expect(() => resolvePngExportOptions(bad)).toThrow(
      'PNG export: underlay must be a function (ctx, view) => void, got string',
    );
  });

  it('adds no underlay when none is given', () => {
    expect('underlay' in resolvePngExportOptions({ scale: 3 })).toBe(false);
  });
});
