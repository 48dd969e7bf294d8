import { describe, expect, it } from 'vitest';
import type { Point } from '../../domain/graph/seedPositions';
import { arcStyle } from './arcStyle';

// Where Cytoscape puts a segment point (edge-distances: node-position): source + w·(target − source) + d·(−uy, ux).
function cytoscapePoints(source: Point, target: Point, weights: number[], distances: number[]): Point[] {
  const [vx, vy] = [target.x - source.x, target.y - source.y];
  const length = Math.hypot(vx, vy);
  return weights.map((w, i) => ({
    x: source.x + w * vx + distances[i]! * (-vy / length),
    y: source.y + w * vy + distances[i]! * (vx / length),
  }));
}

describe('arcStyle', () => {
  it('draws a one-piece arc through its points', () => {
    const arc = [
      [
        { x: 0, y: 0 },
        { x: 30, y: -20 },
        { x: 70, y: -25 },
        { x: 100, y: 10 },
      ],
    ];
    const style = arcStyle(arc, 6)!;
    expect(style['curve-style']).toBe('segments');
    expect(style['line-dash-pattern']).toBeUndefined();
    const points = cytoscapePoints(
      { x: 0, y: 0 },
      { x: 100, y: 10 },
      style['segment-weights'],
      style['segment-distances'],
    );
    points.forEach((p, i) => {
      expect(p.x).toBeCloseTo(arc[0]![i + 1]!.x, 9);
      expect(p.y).toBeCloseTo(arc[0]![i + 1]!.y, 9);
    });
  });

  it('hides the jump of a cut arc in a dash gap counted from the edge of the source node', () => {
    const first = [
      { x: 300, y: 100 },
      { x: 100, y: 80 },
      { x: 0, y: 60 },
    ];
    const second = [
      { x: 1600, y: 60 },
      { x: 1500, y: 120 },
    ];
    const style = arcStyle([first, second], 6)!;
    const firstLength = Math.hypot(200, 20) + Math.hypot(100, 20);
    expect(style['line-style']).toBe('dashed');
    const [dash, gap, rest, last] = style['line-dash-pattern']!;
    expect(dash).toBeCloseTo(firstLength - 6, 9);
    expect(gap).toBeCloseTo(1600, 9);
    expect(rest).toBeGreaterThan(1e5);
    expect(last).toBe(0);
    // The line runs through both pieces in order: the exit on the left edge, then the entry on the right.
    const points = cytoscapePoints(
      first[0]!,
      second[1]!,
      style['segment-weights'],
      style['segment-distances'],
    );
    expect(points.map((p) => Math.round(p.x))).toEqual([100, 0, 1600]);
  });

  it('leaves straight what cannot bend: no inner point, or both ends on one spot', () => {
    expect(
      arcStyle(
        [
          [
            { x: 0, y: 0 },
            { x: 10, y: 0 },
          ],
        ],
        6,
      ),
    ).toBeUndefined();
    expect(
      arcStyle(
        [
          [
            { x: 0, y: 0 },
            { x: 5, y: 5 },
            { x: 0, y: 0 },
          ],
        ],
        6,
      ),
    ).toBeUndefined();
  });
});
