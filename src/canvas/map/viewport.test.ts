import { describe, expect, it } from 'vitest';
import { boundsOf, fitViewport } from './fitViewport';
import { underlayTransform, type Viewport } from './viewport';

// Where a model point lands under an SVG matrix(a b c d e f) transform.
function applyMatrix(transform: string, x: number, y: number): { x: number; y: number } {
  const match = /^matrix\(([^)]*)\)$/.exec(transform);
  if (!match) throw new Error(`not a matrix transform: ${transform}`);
  const [a, b, c, d, e, f] = (match[1] as string).split(/[\s,]+/).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return { x: a * x + c * y + e, y: b * x + d * y + f };
}

describe('underlayTransform', () => {
  it.each<[Viewport, { x: number; y: number }]>([
    [
      { zoom: 1, pan: { x: 0, y: 0 } },
      { x: 120, y: -40 },
    ],
    [
      { zoom: 0.35, pan: { x: 512.5, y: -80.25 } },
      { x: 800, y: 400 },
    ],
    [
      { zoom: 4, pan: { x: -1234, y: 56 } },
      { x: -3.5, y: 0.125 },
    ],
  ])('draws model points where Cytoscape does (model × zoom + pan) at %o', (view, point) => {
    const drawn = applyMatrix(underlayTransform(view), point.x, point.y);
    expect(drawn.x).toBeCloseTo(point.x * view.zoom + view.pan.x, 9);
    expect(drawn.y).toBeCloseTo(point.y * view.zoom + view.pan.y, 9);
  });
});

describe('boundsOf', () => {
  it('spans every finite point and skips the others', () => {
    const box = boundsOf([
      { x: 3, y: -1 },
      { x: NaN, y: 100 },
      { x: -2, y: 7 },
      { x: 5, y: Infinity },
    ]);
    expect(box).toEqual({ x1: -2, y1: -1, x2: 3, y2: 7 });
  });

  it('is null without points', () => {
    expect(boundsOf([])).toBeNull();
  });
});

describe('fitViewport', () => {
  const AREA = { width: 1000, height: 600, padding: 50, minZoom: 0.1, maxZoom: 4 };
  const toScreen = (v: Viewport, x: number, y: number) => ({
    x: x * v.zoom + v.pan.x,
    y: y * v.zoom + v.pan.y,
  });

  it('shows a wide box edge to edge across the width less padding, centred vertically', () => {
    const view = fitViewport({ x1: 0, y1: 0, x2: 1600, y2: 400 }, AREA);
    expect(view.zoom).toBeCloseTo(900 / 1600, 9);
    expect(toScreen(view, 0, 0).x).toBeCloseTo(50, 9);
    expect(toScreen(view, 1600, 0).x).toBeCloseTo(950, 9);
    expect(toScreen(view, 800, 200).y).toBeCloseTo(300, 9);
  });

  it('shows a tall box edge to edge across the height less padding, centred horizontally', () => {
    const view = fitViewport({ x1: -100, y1: -300, x2: 100, y2: 700 }, AREA);
    expect(view.zoom).toBeCloseTo(500 / 1000, 9);
    expect(toScreen(view, 0, -300).y).toBeCloseTo(50, 9);
    expect(toScreen(view, 0, 700).y).toBeCloseTo(550, 9);
    expect(toScreen(view, 0, 200).x).toBeCloseTo(500, 9);
  });

  it('keeps the zoom within the limits and centres a single point', () => {
    const point = fitViewport({ x1: 20, y1: 30, x2: 20, y2: 30 }, AREA);
    expect(point.zoom).toBe(1);
    expect(toScreen(point, 20, 30)).toEqual({ x: 500, y: 300 });
    const tiny = fitViewport({ x1: 0, y1: 0, x2: 1, y2: 1 }, AREA);
    expect(tiny.zoom).toBe(4);
    const huge = fitViewport({ x1: 0, y1: 0, x2: 1e6, y2: 1e6 }, AREA);
    expect(huge.zoom).toBe(0.1);
  });
});
