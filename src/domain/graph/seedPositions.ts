import type { Actor } from '../model';
import type { GraphElements } from './buildGraphElements';

export interface Point {
  x: number;
  y: number;
}

const SCALE = 6; // px per degree: spreads a world-wide dataset over ~2000 px before the force layout refines it.

/**
 * Starting positions for the force layout: actors at their capitals (equirectangular), pact hubs at the
 * centroid of their members. Seeding from geography keeps regions together, so the layout reads like a
 * loose map and is the same on every load.
 */
export function seedPositions(elements: GraphElements, actors: readonly Actor[]): Map<string, Point> {
  const positions = new Map<string, Point>();
  const byId = new Map(actors.map((a) => [a.id, a]));
  for (const node of elements.nodes) {
    const actor = node.actorId ? byId.get(node.actorId) : undefined;
    if (actor) positions.set(node.id, { x: actor.lon * SCALE, y: -actor.lat * SCALE });
  }
  for (const [hubId, centre] of hubCentroids(elements, positions)) {
    // A small deterministic offset keeps hubs with the same members from landing on one point.
    const jitter = (hashString(hubId) % 41) - 20;
    positions.set(hubId, { x: centre.x + jitter, y: centre.y - jitter });
  }
  return positions;
}

/** Each pact hub at the centroid of its members placed in `actors` (hubs with no placed member are left out). */
export function hubCentroids(elements: GraphElements, actors: ReadonlyMap<string, Point>): Map<string, Point> {
  const sums = new Map<string, { x: number; y: number; n: number }>();
  for (const edge of elements.edges) {
    if (edge.role !== 'membership') continue;
    const member = actors.get(edge.target);
    if (!member) continue;
    const sum = sums.get(edge.source) ?? { x: 0, y: 0, n: 0 };
    sums.set(edge.source, { x: sum.x + member.x, y: sum.y + member.y, n: sum.n + 1 });
  }
  return new Map([...sums].map(([id, sum]) => [id, { x: sum.x / sum.n, y: sum.y / sum.n }]));
}

function hashString(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) >>> 0;
  return hash;
}
