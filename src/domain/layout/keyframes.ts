import { dayToIso, toDayNumber } from '../dates';
import type { GraphElements } from '../graph/buildGraphElements';
import type { Point } from '../graph/seedPositions';
import type { Pact } from '../model';
import type { TimelineIndex } from '../timeline';
import { relax, type RelaxInput } from './relax';

/**
 * Positions as a function of the dataset and the date: one layout per 1 January ("keyframes"), each
 * started from the one before so that little moves, with nodes tied by the pacts in force that day. A state
 * that changes sides drifts from one group to the other over the years it takes; positions between two
 * keyframes are interpolated (./interpolate.ts). The result depends on the dataset only: never on selection,
 * link, load order or chance.
 */
export interface KeyframeLayout {
  /** Every node of the graph, sorted by id. */
  ids: readonly string[];
  /** The keyframes' days (1 January of each year), ascending. */
  days: Int32Array;
  /** Per keyframe, x,y of every node in `ids` order (nodes not drawn that day keep a sensible place). */
  frames: Float32Array[];
}

export interface LayoutInput {
  elements: GraphElements;
  pacts: readonly Pact[];
  /** The timeline under the signing basis: the layout must not change with the basis shown. */
  timeline: TimelineIndex;
  /** Where each actor node starts (its capital), by node id. */
  seeds: ReadonlyMap<string, Point>;
  span: { from: number; to: number };
}

export const LAYOUT_K = 100;
const RADIUS = { actor: 14, organization: 17, pact: 10 } as const;
const FIRST = { iterations: 300, k: LAYOUT_K, temperature: 2 * LAYOUT_K, gap: 8 };
const NEXT = { iterations: 30, k: LAYOUT_K, temperature: 0.5 * LAYOUT_K, gap: 8, maxMove: 2.5 * LAYOUT_K };
// How strongly a node keeps last year's place (continuity) and how strongly all drift to the middle.
const ANCHOR = 0.25;
const GRAVITY = 0.015;

/** 1 January of every year from the span's first year to the year after its last. */
export function keyframeDays(span: { from: number; to: number }): Int32Array {
  const first = Number(dayToIso(span.from).slice(0, 4));
  const last = Number(dayToIso(span.to).slice(0, 4)) + 1;
  return Int32Array.from({ length: last - first + 1 }, (_, i) =>
    toDayNumber(String(first + i).padStart(4, '0')),
  );
}

interface Structure {
  ids: string[];
  index: Map<string, number>;
  radius: Float64Array;
  isHub: Uint8Array;
  /** Hub index of each multilateral pact; the two node indices of each bilateral pact. */
  hubOf: Map<string, number>;
  pairOf: Map<string, [number, number]>;
  /** Weight of each pact's ties: defence ties hold hardest, proposals barely. */
  weightOf: Map<string, number>;
  /** Member node indices of each hub (every member it ever had). */
  membersOf: Map<number, number[]>;
}

function structure(input: LayoutInput): Structure {
  const nodes = [...input.elements.nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ids = nodes.map((n) => n.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const radius = Float64Array.from(nodes, (n) =>
    n.role === 'pact' ? RADIUS.pact : n.kind === 'organization' ? RADIUS.organization : RADIUS.actor,
  );
  const isHub = Uint8Array.from(nodes, (n) => (n.role === 'pact' ? 1 : 0));
  const hubOf = new Map<string, number>();
  const pairOf = new Map<string, [number, number]>();
  const membersOf = new Map<number, number[]>();
  for (const node of nodes)
    if (node.role === 'pact' && node.pactId) hubOf.set(node.pactId, index.get(node.id)!);
  for (const edge of input.elements.edges) {
    const s = index.get(edge.source)!;
    const t = index.get(edge.target)!;
    if (edge.role === 'bilateral') pairOf.set(edge.pactId, [s, t]);
    else membersOf.set(s, [...(membersOf.get(s) ?? []), t]);
  }
  const weightOf = new Map(
    input.pacts.map((p) => [
      p.id,
      p.kind === 'proposed-pact' || p.status === 'proposed' ? 0.15 : p.obligations?.defence ? 1 : 0.45,
    ]),
  );
  return { ids, index, radius, isHub, hubOf, pairOf, weightOf, membersOf };
}

/** The nodes and ties of one day: every actor, the hubs of pacts in force, ties of active memberships. */
function dayGraph(s: Structure, input: LayoutInput, day: number) {
  const active = input.timeline.activeAt(day);
  const membersByPact = new Map<string, number[]>();
  for (const m of active.memberships) {
    const node = s.index.get(`a:${m.actorId}`);
    if (node === undefined) continue;
    membersByPact.set(m.pactId, [...(membersByPact.get(m.pactId) ?? []), node]);
  }
  const hubs: number[] = [];
  const edges: number[] = [];
  const weights: number[] = [];
  for (const [pactId, members] of membersByPact) {
    const w = s.weightOf.get(pactId) ?? 0.45;
    const hub = s.hubOf.get(pactId);
    if (hub !== undefined) {
      hubs.push(hub);
      for (const m of members) {
        edges.push(hub, m);
        weights.push(w);
      }
    } else if (s.pairOf.has(pactId) && new Set(members).size === 2) {
      const [a, b] = s.pairOf.get(pactId)!;
      edges.push(a, b);
      weights.push(w);
    }
  }
  return { hubs: new Set(hubs), edges, weights };
}

function centroid(xy: Float32Array | Float64Array, of: readonly number[]): Point | null {
  if (!of.length) return null;
  let x = 0;
  let y = 0;
  for (const i of of) {
    x += xy[2 * i]!;
    y += xy[2 * i + 1]!;
  }
  return { x: x / of.length, y: y / of.length };
}

/** Lays out one keyframe from the previous one (or from the seeds) and returns every node's position. */
function layoutDay(
  s: Structure,
  input: LayoutInput,
  day: number,
  previous: Float32Array | null,
  hubsBefore: ReadonlySet<number>,
): { frame: Float32Array; hubs: Set<number> } {
  const { hubs, edges, weights } = dayGraph(s, input, day);
  const sim: number[] = [];
  for (let i = 0; i < s.ids.length; i++) if (!s.isHub[i] || hubs.has(i)) sim.push(i);
  const local = new Map(sim.map((g, l) => [g, l]));
  const start = previous ?? seedFrame(s, input);
  const xy = new Float64Array(2 * sim.length);
  sim.forEach((g, l) => {
    // A hub appearing this year starts among its members.
    const fresh = s.isHub[g] && previous && !hubsBefore.has(g);
    const at = fresh ? centroid(start, membersActive(s, g, edges)) : null;
    xy[2 * l] = at ? at.x + ((g % 7) - 3) : start[2 * g]!;
    xy[2 * l + 1] = at ? at.y + ((g % 5) - 2) : start[2 * g + 1]!;
  });
  const relaxInput: RelaxInput = {
    radius: Float64Array.from(sim, (g) => s.radius[g]!),
    edges: Int32Array.from(edges, (g) => local.get(g)!),
    weights: Float64Array.from(weights),
    // Anchored to last year's place; the centre (0,0) pulls everyone a little so nothing drifts away.
    anchor: Float64Array.from(xy, (v) => v * (1 - GRAVITY / (ANCHOR + GRAVITY))),
    anchorStrength: new Float64Array(sim.length).fill(previous ? ANCHOR + GRAVITY : GRAVITY),
  };
  relax(xy, relaxInput, previous ? NEXT : FIRST);
  const frame = new Float32Array(start);
  sim.forEach((g, l) => ((frame[2 * g] = xy[2 * l]!), (frame[2 * g + 1] = xy[2 * l + 1]!)));
  // Hubs not in force keep a place among their members, so they glide in from there when they start.
  for (let g = 0; g < s.ids.length; g++) {
    if (!s.isHub[g] || hubs.has(g)) continue;
    const at = centroid(frame, s.membersOf.get(g) ?? []);
    if (at) placeNear(frame, g, at);
  }
  return { frame, hubs };
}

/** A hub's place among its members, offset by its index so that hubs with the same members do not coincide. */
function placeNear(frame: Float32Array, g: number, at: Point): void {
  frame[2 * g] = at.x + ((g % 7) - 3);
  frame[2 * g + 1] = at.y + ((g % 5) - 2);
}

function membersActive(s: Structure, hub: number, edges: readonly number[]): number[] {
  const out: number[] = [];
  for (let e = 0; e < edges.length; e += 2) if (edges[e] === hub) out.push(edges[e + 1]!);
  return out.length ? out : (s.membersOf.get(hub) ?? []);
}

function seedFrame(s: Structure, input: LayoutInput): Float32Array {
  const frame = new Float32Array(2 * s.ids.length);
  const seeded = s.ids.map((id) => input.seeds.get(id));
  const known = seeded.filter((p): p is Point => p !== undefined);
  const mid = known.length
    ? {
        x: known.reduce((t, p) => t + p.x, 0) / known.length,
        y: known.reduce((t, p) => t + p.y, 0) / known.length,
      }
    : { x: 0, y: 0 };
  s.ids.forEach((_, i) => {
    const p = seeded[i] ?? mid;
    frame[2 * i] = p.x - mid.x;
    frame[2 * i + 1] = p.y - mid.y;
  });
  for (let g = 0; g < s.ids.length; g++) {
    if (!s.isHub[g]) continue;
    const at = centroid(frame, s.membersOf.get(g) ?? []);
    if (at) placeNear(frame, g, at);
  }
  return frame;
}

// Years a layout keeps relaxing after its ties last changed before it counts as settled.
const SETTLE_YEARS = 3;

/** What is in force on a day, as one comparable string of membership keys. */
function activeKey(input: LayoutInput, day: number): string {
  return input.timeline
    .activeAt(day)
    .memberships.map((m) => m.key)
    .sort()
    .join('|');
}

/** Builds the keyframe layouts of a dataset: the heavy part, run once per dataset (off the scrub path). */
export function buildKeyframeLayout(input: LayoutInput): KeyframeLayout {
  const s = structure(input);
  const days = keyframeDays(input.span);
  const frames: Float32Array[] = [];
  let previous: Float32Array | null = null;
  let hubsBefore: ReadonlySet<number> = new Set();
  let tiesBefore = '';
  let settled = 0;
  for (const day of days) {
    const ties = activeKey(input, day);
    // A year with the same ties as the last, once the layout has settled, keeps last year's places.
    if (previous && ties === tiesBefore && settled >= SETTLE_YEARS) {
      frames.push(previous);
      continue;
    }
    settled = ties === tiesBefore ? settled + 1 : 0;
    const { frame, hubs } = layoutDay(s, input, day, previous, hubsBefore);
    frames.push(frame);
    previous = frame;
    hubsBefore = hubs;
    tiesBefore = ties;
  }
  return { ids: s.ids, days, frames };
}

/** One layout of every tie the dataset ever holds, for those who want nothing to move ("fixed layout"). */
export function buildFixedLayout(input: LayoutInput): KeyframeLayout {
  const s = structure(input);
  const start = seedFrame(s, input);
  const edges: number[] = [];
  const weights: number[] = [];
  for (const [pactId, hub] of s.hubOf)
    for (const m of s.membersOf.get(hub) ?? []) {
      edges.push(hub, m);
      weights.push(s.weightOf.get(pactId) ?? 0.45);
    }
  for (const [pactId, [a, b]] of s.pairOf) {
    edges.push(a, b);
    weights.push(s.weightOf.get(pactId) ?? 0.45);
  }
  const xy = Float64Array.from(start);
  relax(
    xy,
    {
      radius: s.radius,
      edges: Int32Array.from(edges),
      weights: Float64Array.from(weights),
      anchor: new Float64Array(xy.length),
      anchorStrength: new Float64Array(s.ids.length).fill(GRAVITY),
    },
    FIRST,
  );
  return { ids: s.ids, days: Int32Array.of(input.span.from), frames: [Float32Array.from(xy)] };
}
