import type { AnalysisContext } from './context';
import { tieComponents } from './components';
import { compare, tiePactsAt, type TieOptions } from './ties';

/** A bloc: a connected component of the tie graph at a date. */
export interface Bloc {
  /** `bloc:<anchorPactId>`: stable while the same pact holds most of the bloc together. */
  id: string;
  /** The pact with the most members in the bloc (ties: the earlier start, then the smaller id). */
  anchorPactId: string;
  /** Sorted state ids. */
  members: string[];
  /** Sorted ids of the pacts whose ties lie in the bloc. */
  pactIds: string[];
}

/** The blocs on one day, largest first, and the states shown that day that belong to none. */
export interface BlocPartition {
  day: number;
  blocs: Bloc[];
  /** States with an active membership of any pact on the day but no tie under the options; sorted. */
  unaligned: string[];
}

/** The blocs of the tie graph on `day` (defence ties unless the options say otherwise). */
export function blocsAt(ctx: AnalysisContext, day: number, options: TieOptions = {}): BlocPartition {
  const tiePacts = tiePactsAt(ctx, day, options);
  const activeMembers = new Map(tiePacts.map((p) => [p.pactId, p.members]));
  const aligned = new Set<string>();
  const blocs = tieComponents(ctx, day, tiePacts).map(({ members, pactIds }) => {
    members.forEach((id) => aligned.add(id));
    const anchorPactId = anchorPact(ctx, activeMembers, pactIds, new Set(members));
    return { id: `bloc:${anchorPactId}`, anchorPactId, members, pactIds };
  });
  blocs.sort((x, y) => y.members.length - x.members.length || compare(x.id, y.id));
  return { day, blocs, unaligned: unalignedAt(ctx, day, aligned) };
}

/** The bloc a state belongs to in a partition, or undefined when it has no tie. */
export function blocOf(partition: BlocPartition, actorId: string): Bloc | undefined {
  return partition.blocs.find((bloc) => bloc.members.includes(actorId));
}

/** The pact with the most active members in a group; ties go to the earlier start, then the smaller id. */
export function anchorPact(
  ctx: AnalysisContext,
  activeMembers: ReadonlyMap<string, readonly string[]>,
  pactIds: readonly string[],
  group: ReadonlySet<string>,
): string {
  let best = { pactId: '', size: -1, start: Infinity };
  for (const pactId of [...pactIds].sort(compare)) {
    const size = (activeMembers.get(pactId) ?? []).filter((id) => group.has(id)).length;
    const start = ctx.timeline.pactSpan(pactId)?.start ?? Infinity;
    if (size > best.size || (size === best.size && start < best.start)) best = { pactId, size, start };
  }
  return best.pactId;
}

function unalignedAt(ctx: AnalysisContext, day: number, aligned: ReadonlySet<string>): string[] {
  const shown = new Set<string>();
  for (const m of ctx.timeline.activeAt(day).memberships)
    if (ctx.states.has(m.actorId) && !aligned.has(m.actorId)) shown.add(m.actorId);
  return [...shown].sort(compare);
}

/** Number and sizes of blocs on one sampled day. */
export interface BlocSample {
  day: number;
  count: number;
  /** Bloc sizes, largest first. */
  sizes: number[];
}

/** The days of `steps` evenly spaced samples from fromDay to toDay inclusive (one sample: fromDay). */
export function sampleDays(fromDay: number, toDay: number, steps: number): number[] {
  const n = Math.max(1, Math.floor(steps));
  if (n === 1) return [fromDay];
  return Array.from({ length: n }, (_, i) => fromDay + Math.round((i * (toDay - fromDay)) / (n - 1)));
}

/** Bloc count and sizes at `steps` evenly spaced days, for a small chart: O(active memberships) per step. */
export function blocSeries(
  ctx: AnalysisContext,
  fromDay: number,
  toDay: number,
  steps: number,
  options: TieOptions = {},
): BlocSample[] {
  return sampleDays(fromDay, toDay, steps).map((day) => {
    const sizes = tieComponents(ctx, day, tiePactsAt(ctx, day, options)).map((c) => c.members.length);
    return { day, count: sizes.length, sizes };
  });
}
