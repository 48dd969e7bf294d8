import type { Atlas } from '../../domain/atlas/buildAtlas';
import { toDayNumber } from '../../domain/dates';
import { existenceDays } from '../../domain/membership/existence';
import { TIMELINE_BASES } from '../../domain/timeline';
import type { GraphElements } from '../../domain/graph/buildGraphElements';
import type { Point } from '../../domain/graph/seedPositions';
import { chooseCentre, projectArc, sphericalCentroid, type LonLat } from '../../domain/geo/greatCircle';
import { fitProjection, projectPoint } from '../../domain/geo/project';
import type { DaySpan } from '../../domain/membership/existence';
import type { Actor } from '../../domain/model';
import { mapPositions } from './mapPositions';
import { placeAround, separateNodes } from './separateNodes';
import { MAP_FRAME } from './mapStyle';

/**
 * The centres a map may have, in order of preference on a tie: the Pacific (US–Japan, ANZUS and SEATO run across
 * the middle; the edge is in the mid-Atlantic) and the Atlantic (NATO and the Rio Pact in the middle; the edge in
 * the mid-Pacific). Each dataset gets the one that cuts fewest of its lines.
 */
export const MAP_CENTRES = [150, 10] as const;
/** Nodes on the map are at least this far apart (model units): a node (12) with its widest ring (4 a side) and a gap. */
export const MAP_NODE_SEPARATION = 20;

/**
 * No node moves further than this from its place to make room (model units, about 10° of longitude): where
 * nineteenth-century Germany's dozen capitals crowd, a few may overlap rather than land in the wrong country.
 */
export const MAP_MAX_SHIFT = 2 * MAP_NODE_SEPARATION;

/** A pact's hub stands for the pact, not a place: it may move further to find room beside its members. */
export const MAP_HUB_MAX_SHIFT = 5 * MAP_NODE_SEPARATION;

/** Where everything goes on the map of one dataset. */
export interface MapGeometry {
  /** The longitude at the map's centre. */
  centre: number;
  /** Each node's map position: actors near their capitals, hubs near their members' middle on the globe. */
  positions: Map<string, Point>;
  /** The great-circle arc between two nodes, as drawn: pieces of polyline from the first node to the second. */
  arc(sourceId: string, targetId: string): Point[][] | undefined;
}

/** Each node's place on the globe: actors at their capitals, pact hubs at their members' spherical centroid. */
export function nodePlaces(
  elements: GraphElements,
  actors: readonly Pick<Actor, 'id' | 'lon' | 'lat'>[],
): Map<string, LonLat> {
  const byActor = new Map(actors.map((a) => [a.id, [a.lon, a.lat] as const]));
  const places = new Map<string, LonLat>();
  for (const node of elements.nodes) {
    const place = node.actorId === undefined ? undefined : byActor.get(node.actorId);
    if (place) places.set(node.id, place);
  }
  const members = new Map<string, LonLat[]>();
  for (const edge of elements.edges) {
    const place = edge.role === 'membership' ? places.get(edge.target) : undefined;
    if (place) members.set(edge.source, [...(members.get(edge.source) ?? []), place]);
  }
  for (const [hub, list] of members) {
    const centre = sphericalCentroid(list);
    if (centre) places.set(hub, centre);
  }
  return places;
}

/** The map of a dataset: its centre, node positions (crowded places spread out) and arcs that end on the nodes. */
export function buildMapGeometry(
  elements: GraphElements,
  actors: readonly Pick<Actor, 'id' | 'lon' | 'lat'>[],
  /** When each node can be drawn (day numbers, end exclusive); nodes never drawn together may overlap. */
  spans: ReadonlyMap<string, DaySpan> = new Map(),
): MapGeometry {
  const places = nodePlaces(elements, actors);
  const pairs = elements.edges.flatMap((e) => {
    const [a, b] = [places.get(e.source), places.get(e.target)];
    return a && b ? [[a, b] as const] : [];
  });
  const centre = chooseCentre(pairs, MAP_CENTRES);
  const projection = fitProjection({ ...MAP_FRAME, centre });
  const projected = new Map([...places].map(([id, [lon, lat]]) => [id, projectPoint(projection, lon, lat)]));
  const actorPoints = new Map(
    elements.nodes.flatMap((n) => {
      const p = n.actorId === undefined ? undefined : projected.get(n.id);
      return n.actorId !== undefined && p ? [[n.actorId, p] as const] : [];
    }),
  );
  const hubPoints = new Map(
    elements.nodes.flatMap((n) =>
      n.role === 'pact' && projected.has(n.id) ? [[n.id, projected.get(n.id) as Point] as const] : [],
    ),
  );
  const together = (a: string, b: string) => {
    const [sa, sb] = [spans.get(a), spans.get(b)];
    return !sa || !sb || (sa.start < sb.end && sb.start < sa.end);
  };
  // States first, among themselves, so they stay near their capitals; then hubs find room around them.
  const placed = mapPositions(elements, actorPoints, hubPoints);
  const actorIds = new Set(elements.nodes.filter((n) => n.role === 'actor').map((n) => n.id));
  const room = { minDistance: MAP_NODE_SEPARATION, together, maxShift: MAP_MAX_SHIFT };
  const states = separateNodes(new Map([...placed].filter(([id]) => actorIds.has(id))), room);
  const hubs = new Map([...placed].filter(([id]) => !actorIds.has(id)));
  const positions = placeAround(states, hubs, { ...room, maxShift: MAP_HUB_MAX_SHIFT });
  return {
    centre,
    positions,
    arc(sourceId, targetId) {
      const [a, b] = [places.get(sourceId), places.get(targetId)];
      const [from, to] = [positions.get(sourceId), positions.get(targetId)];
      if (!a || !b || !from || !to) return undefined;
      const pieces = projectArc(projection, a, b);
      return endOnNodes(pieces, from, to);
    },
  };
}

/**
 * Bends the arc so it starts and ends exactly on the nodes (which may sit a little off their capitals): each point
 * moves by the blend of the two ends' offsets, by how far along the arc it is.
 */
function endOnNodes(pieces: Point[][], from: Point, to: Point): Point[][] {
  const first = pieces[0]?.[0];
  const last = pieces.at(-1)?.at(-1);
  if (!first || !last) return pieces;
  const d0 = { x: from.x - first.x, y: from.y - first.y };
  const d1 = { x: to.x - last.x, y: to.y - last.y };
  const total = pieces.reduce((n, piece) => n + piece.length, 0) - 1;
  let k = 0;
  return pieces.map((piece) =>
    piece.map((p) => {
      const t = total > 0 ? k++ / total : 0;
      return { x: p.x + (1 - t) * d0.x + t * d1.x, y: p.y + (1 - t) * d0.y + t * d1.y };
    }),
  );
}

/** When each node of a dataset can be drawn: actors while they exist, pact hubs while their pact is in force. */
export function nodeSpans(atlas: Atlas): Map<string, DaySpan> {
  const spans = new Map<string, DaySpan>();
  for (const node of atlas.elements.nodes) {
    if (node.actorId !== undefined) {
      const days = existenceDays(atlas.actorById.get(node.actorId), toDayNumber);
      spans.set(node.id, { start: days[0]?.start ?? -Infinity, end: days.at(-1)?.end ?? Infinity });
    } else if (node.pactId !== undefined) {
      const found = TIMELINE_BASES.flatMap(
        (basis) => atlas.timelines[basis].pactSpan(node.pactId as string) ?? [],
      );
      const starts = found.flatMap((span) => (span.start === undefined ? [] : [span.start]));
      const start = starts.length ? Math.min(...starts) : -Infinity;
      spans.set(node.id, {
        start,
        end: found.length ? Math.max(...found.map((span) => span.end)) : Infinity,
      });
    }
  }
  return spans;
}
