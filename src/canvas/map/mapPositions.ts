import type { GraphElements } from '../../domain/graph/buildGraphElements';
import { hubCentroids, type Point } from '../../domain/graph/seedPositions';

/** Points closer than this (model units) are treated as one place and fanned out around it. */
export const COINCIDENT_DISTANCE = 1;
/** Radius of the ring that fans out nodes sharing a place: about one node across, so both stay visible. */
export const SPREAD_RADIUS = 13;

/**
 * Map positions for every node: actors at their projected capitals, pact hubs at the centroid of their members'
 * map positions (hubCentroids, the rule the seed positions use too). Nodes that would sit on one spot (Moscow
 * for the USSR and Russia, Brussels for Belgium and the EU) are fanned out on a small ring around it.
 */
export function mapPositions(
  elements: GraphElements,
  actorPoints: ReadonlyMap<string, Point>,
  /** Hubs placed by the caller (e.g. at their members' middle on the globe), instead of the planar centroid. */
  hubPoints: ReadonlyMap<string, Point> = new Map(),
): Map<string, Point> {
  const positions = new Map<string, Point>();
  for (const node of elements.nodes) {
    const point = node.actorId === undefined ? undefined : actorPoints.get(node.actorId);
    if (point && Number.isFinite(point.x) && Number.isFinite(point.y)) positions.set(node.id, { ...point });
  }
  for (const [hubId, centroid] of hubCentroids(elements, positions))
    positions.set(hubId, hubPoints.get(hubId) ?? centroid);
  return spreadCoincident(positions);
}

/** Points within COINCIDENT_DISTANCE of a group's first point (in id order) go on a ring around that point. */
export function spreadCoincident(positions: ReadonlyMap<string, Point>): Map<string, Point> {
  const groups = groupCoincident(positions);
  const out = new Map(positions);
  for (const { centre, ids } of groups) {
    if (ids.length < 2) continue;
    ids.forEach((id, i) => {
      // Start at the top-left so a pair lies side by side on a slant and their labels do not collide.
      const angle = Math.PI + Math.PI / 4 + (2 * Math.PI * i) / ids.length;
      out.set(id, {
        x: centre.x + SPREAD_RADIUS * Math.cos(angle),
        y: centre.y + SPREAD_RADIUS * Math.sin(angle),
      });
    });
  }
  return out;
}

interface Group {
  centre: Point;
  ids: string[];
}

// A grid of COINCIDENT_DISTANCE cells: a point's group, if any, has its centre in one of the 3×3 cells around it.
function groupCoincident(positions: ReadonlyMap<string, Point>): Group[] {
  const groups: Group[] = [];
  const byCell = new Map<string, Group[]>();
  const cellOf = (p: Point) => [Math.floor(p.x / COINCIDENT_DISTANCE), Math.floor(p.y / COINCIDENT_DISTANCE)];
  for (const id of [...positions.keys()].sort()) {
    const point = positions.get(id) as Point;
    const [cx, cy] = cellOf(point) as [number, number];
    let found: Group | undefined;
    for (let dx = -1; dx <= 1 && !found; dx++)
      for (let dy = -1; dy <= 1 && !found; dy++)
        found = byCell
          .get(`${cx + dx},${cy + dy}`)
          ?.find((g) => Math.hypot(g.centre.x - point.x, g.centre.y - point.y) < COINCIDENT_DISTANCE);
    if (found) {
      found.ids.push(id);
      continue;
    }
    const group = { centre: point, ids: [id] };
    groups.push(group);
    const key = `${cx},${cy}`;
    byCell.set(key, [...(byCell.get(key) ?? []), group]);
  }
  return groups;
}
