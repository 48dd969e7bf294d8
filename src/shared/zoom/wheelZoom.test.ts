import { describe, expect, it } from 'vitest';
import { clampZoom, wheelZoomFactor } from './wheelZoom';

describe('wheelZoomFactor', () => {
  it('five mouse notches towards the reader double the zoom; five away halve it', () => {
    const notch = wheelZoomFactor({ deltaY: -100, deltaMode: 0, ctrlKey: false });
    expect(notch ** 5).toBeCloseTo(2, 6);
    expect(wheelZoomFactor({ deltaY: 100, deltaMode: 0, ctrlKey: false }) ** 5).toBeCloseTo(0.5, 6);
  });
  it('normalises line deltas (Firefox) to the same rate as pixels', () => {
    expect(wheelZoomFactor({ deltaY: -3, deltaMode: 1, ctrlKey: false })).toBeCloseTo(
      wheelZoomFactor({ deltaY: -75, deltaMode: 0, ctrlKey: false }),
      6,
    );
  });
  it('a trackpad pinch (ctrlKey) is ten times as sensitive', () => {
    expect(wheelZoomFactor({ deltaY: -10, deltaMode: 0, ctrlKey: true })).toBeCloseTo(
      wheelZoomFactor({ deltaY: -100, deltaMode: 0, ctrlKey: false }),
      6,
    );
  });
  it('clamps to the limits', () => {
    expect(clampZoom(10, 0.1, 4)).toBe(4);
    expect(clampZoom(0.01, 0.1, 4)).toBe(0.1);
  });
});
