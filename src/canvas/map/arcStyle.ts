import type { Point } from '../../domain/graph/seedPositions';

/** How Cytoscape draws an arc: a `segments` edge through these points, and for a cut arc a dash that hides the cut. */
export interface ArcStyle {
  'curve-style': 'segments';
  'edge-distances': 'node-position';
  'segment-weights': number[];
  'segment-distances': number[];
  'line-style'?: 'dashed';
  'line-dash-pattern'?: number[];
  'line-dash-offset'?: number;
}

/** Far longer than any line: the last dash of a cut arc runs to its end. */
const REST = 1e6;

/**
 * The segments style that draws the pieces of an arc (projectArc, ended on the nodes) between its two nodes.
 * Cytoscape places a segment point at `source + w·(target − source) + d·n`, n the unit normal (−uy, ux) of the
 * source → target direction. A cut arc is drawn as one line whose jump across the map is a dash gap; `sourceRadius`
 * is where Cytoscape starts drawing (the node's edge), from which the dash pattern counts.
 */
export function arcStyle(pieces: readonly Point[][], sourceRadius: number): ArcStyle | undefined {
  const points = pieces.flat();
  const source = points[0];
  const target = points.at(-1);
  if (!source || !target || points.length < 3) return undefined;
  const [vx, vy] = [target.x - source.x, target.y - source.y];
  const length = Math.hypot(vx, vy);
  if (length < 1e-6) return undefined;
  const [ux, uy] = [vx / length, vy / length];
  const inner = points.slice(1, -1);
  const style: ArcStyle = {
    'curve-style': 'segments',
    'edge-distances': 'node-position',
    'segment-weights': inner.map((p) => ((p.x - source.x) * ux + (p.y - source.y) * uy) / length),
    'segment-distances': inner.map((p) => (p.x - source.x) * -uy + (p.y - source.y) * ux),
  };
  if (pieces.length < 2) return style;
  const dashes = pieces.map(polylineLength);
  const gaps = pieces.slice(1).map((piece, i) => distance(pieces[i]?.at(-1) as Point, piece[0] as Point));
  const pattern = dashes.flatMap((dash, i) => (i < gaps.length ? [dash, gaps[i] as number] : [dash + REST]));
  pattern[0] = Math.max(0.01, (pattern[0] as number) - sourceRadius);
  return { ...style, 'line-style': 'dashed', 'line-dash-pattern': [...pattern, 0], 'line-dash-offset': 0 };
}

const distance = (a: Point, b: Point) => Math.hypot(b.x - a.x, b.y - a.y);

function polylineLength(points: readonly Point[]): number {
  return points.reduce((sum, p, i) => (i === 0 ? 0 : sum + distance(points[i - 1] as Point, p)), 0);
}

/** The style properties an arc sets, to take off again when the graph leaves the map. */
export const ARC_PROPERTIES =
  'curve-style edge-distances segment-weights segment-distances line-style line-dash-pattern line-dash-offset';
