import { describe, expect, it } from 'vitest';
import { DEFAULT_CANVAS_LIMITS, fitCanvasScale } from './canvasLimits';

const SMALL = { maxSide: 1000, maxPixels: 500_000 };

describe('fitCanvasScale', () => {
  it.each([
    // [case, width, height, scale, limits, expected scale, width, height, reduced]
    ['keeps the scale when it fits', 800, 600, 2, DEFAULT_CANVAS_LIMITS, 2, 1600, 1200, false],
    ['keeps a scale below 1', 800, 600, 0.5, DEFAULT_CANVAS_LIMITS, 0.5, 400, 300, false],
    ['lands exactly on the side limit', 500, 250, 2, SMALL, 2, 1000, 500, false],
    ['lowers the scale for a side too wide', 2000, 100, 2, SMALL, 0.5, 1000, 50, true],
    ['lowers the scale for a side too tall', 100, 4000, 1, SMALL, 0.25, 25, 1000, true],
    ['lowers the scale for an area too large', 1000, 1000, 1, SMALL, Math.sqrt(0.5), 707, 707, true],
  ] as const)('%s', (_case, width, height, scale, limits, expectedScale, w, h, reduced) => {
    const fit = fitCanvasScale(width, height, scale, limits);
    expect(fit.scale).toBeCloseTo(expectedScale, 6);
    expect(fit).toMatchObject({ width: w, height: h, reduced });
  });

  it.each([
    ['a 5,000-edge graph at scale 2 (~2000×1450 CSS px)', 2000, 1450, 2],
    ['a huge full graph at scale 4', 30_000, 20_000, 4],
    ['a very long and thin graph', 100_000, 40, 3],
    ['a fractional size', 1234.56, 987.65, 2.5],
  ])('never exceeds the default limits: %s', (_case, width, height, scale) => {
    const fit = fitCanvasScale(width, height, scale);
    expect(fit.scale).toBeLessThanOrEqual(scale);
    expect(fit.width).toBeLessThanOrEqual(DEFAULT_CANVAS_LIMITS.maxSide);
    expect(fit.height).toBeLessThanOrEqual(DEFAULT_CANVAS_LIMITS.maxSide);
    expect(fit.width * fit.height).toBeLessThanOrEqual(DEFAULT_CANVAS_LIMITS.maxPixels);
    expect(fit.width).toBeGreaterThanOrEqual(1);
    expect(fit.height).toBeGreaterThanOrEqual(1);
  });

  it('gives the largest scale that fits, not merely a safe one', () => {
    // Area-bound: one more pixel a side would not fit.
    const wide = fitCanvasScale(30_000, 20_000, 4);
    expect(wide.width * wide.height).toBeGreaterThan(DEFAULT_CANVAS_LIMITS.maxPixels * 0.999);
    // Side-bound: the long side lands on the limit.
    const thin = fitCanvasScale(100_000, 40, 3);
    expect(thin.width).toBe(DEFAULT_CANVAS_LIMITS.maxSide);
  });

  it.each([
    ['an empty graph', 0, 0, 2, /Nothing to export: the image would be 0×0 px/],
    ['a hidden container', 800, 0, 2, /Nothing to export/],
    ['a NaN size', Number.NaN, 600, 2, /Nothing to export/],
    ['a zero scale', 800, 600, 0, /scale must be a positive finite number, got 0/],
    ['an infinite scale', 800, 600, Number.POSITIVE_INFINITY, /scale must be a positive finite number/],
  ])('refuses %s', (_case, width, height, scale, message) => {
    expect(() => fitCanvasScale(width, height, scale)).toThrow(message);
  });

  it('refuses a graph that would shrink below one pixel rather than return a blank image', () => {
    expect(() => fitCanvasScale(1_000_000, 10, 1, SMALL)).toThrow(/would shrink to 1000×0 px/);
  });
});
