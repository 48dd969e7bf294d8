import type { AnalysisContext } from './context';
import { isGeneratedPactName } from '../naming/generatedNames';
import { splitChained } from './chainSplit';
import { tieComponents, type TieComponent } from './components';
import { compare, tiePactsAt, type TieOptions, type TiePact } from './ties';

export interface BlocOptions extends TieOptions {
  /**
   * Split components that chain several alliance systems into their communities (chainSplit.ts). Default false:
   * blocs are the connected components of the tie graph.
   */
  split?: boolean;
}

/** A bloc: a connected component of the tie graph at a date, or with `split`, a community of a chained one. */
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
export function blocsAt(ctx: AnalysisContext, day: number, options: BlocOptions = {}): BlocPartition {
  const tiePacts = tiePactsAt(ctx, day, options);
  const activeMembers = new Map(tiePacts.map((p) => [p.pactId, p.members]));
  const aligned = new Set<string>();
  const taken = new Set<string>();
  const blocs = blocGroups(ctx, day, tiePacts, options).map(({ members, pactIds }) => {
    members.forEach((id) => aligned.add(id));
    // A pact spanning two communities names the larger; the other takes its own best pact, or a suffix.
    const free = pactIds.filter((id) => !taken.has(id));
    const anchorPactId = anchorPact(ctx, activeMembers, free.length ? free : pactIds, new Set(members));
    const id = taken.has(anchorPactId) ? `bloc:${anchorPactId}:${members[0] ?? ''}` : `bloc:${anchorPactId}`;
    taken.add(anchorPactId);
    return { id, anchorPactId, members, pactIds };
  });
  blocs.sort((x, y) => y.members.length - x.members.length || compare(x.id, y.id));
  return { day, blocs, unaligned: unalignedAt(ctx, day, aligned) };
}

/** Components, largest first; with `split`, chained ones replaced by their communities (each with its pacts). */
export function blocGroups(
  ctx: AnalysisContext,
  day: number,
  tiePacts: readonly TiePact[],
  options: BlocOptions,
): TieComponent[] {
  const components = tieComponents(ctx, day, tiePacts);
  if (!options.split) return components;
  const membersOf = new Map(tiePacts.map((p) => [p.pactId, p.members]));
  const groups = components.flatMap((component) => {
    const parts = splitChained(ctx, day, component.members, tiePacts);
    if (parts.length === 1) return [component];
    // A community's pacts: those tying at least two of its states (a bridging treaty belongs to neither side).
    return parts.map((members) => {
      const inside = new Set(members);
      const pactIds = component.pactIds.filter(
        (id) => (membersOf.get(id) ?? []).filter((m) => inside.has(m)).length >= 2,
      );
      return { members, pactIds };
    });
  });
  return groups.sort(
    (x, y) => y.members.length - x.members.length || compare(x.members[0] as string, y.members[0] as string),
  );
}

/** The bloc a state belongs to in a partition, or undefined when it has no tie. */
export function blocOf(partition: BlocPartition, actorId: string): Bloc | undefined {
  return partition.blocs.find((bloc) => bloc.members.includes(actorId));
}

/**
 * The pact that names a group: the one with the most active members in it, except that a pact people know by
 * name (from the documents, or named by the crosswalk) is preferred over a made-up name ("United States +33
 * 1948") when it holds at least half as many; ties go to the earlier start, then the smaller id.
 */
export function anchorPact(
  ctx: AnalysisContext,
  activeMembers: ReadonlyMap<string, readonly string[]>,
  pactIds: readonly string[],
  group: ReadonlySet<string>,
): string {
  const scored = [...pactIds].sort(compare).map((pactId) => ({
    pactId,
    size: (activeMembers.get(pactId) ?? []).filter((id) => group.has(id)).length,
    start: ctx.timeline.pactSpan(pactId)?.start ?? Infinity,
    known: isKnown(ctx, pactId),
  }));
  const largest = Math.max(0, ...scored.map((s) => s.size));
  const pool = scored.some((s) => s.known && 2 * s.size >= largest) ? scored.filter((s) => s.known) : scored;
  let best = { pactId: '', size: -1, start: Infinity };
  for (const s of pool) if (s.size > best.size || (s.size === best.size && s.start < best.start)) best = s;
  return best.pactId;
}

// A pact without a name (the analysis tests' worlds) counts as known: only a made-up import name does not.
function isKnown(ctx: AnalysisContext, pactId: string): boolean {
  const pact = ctx.pactById.get(pactId);
  if (!pact) return false;
  if (pact.passageIds && pact.passageIds.length > 0) return true;
  return pact.name === undefined || !isGeneratedPactName(pact.name);
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
  options: BlocOptions = {},
): BlocSample[] {
  return sampleDays(fromDay, toDay, steps).map((day) => {
    const sizes = blocGroups(ctx, day, tiePactsAt(ctx, day, options), options).map((c) => c.members.length);
    return { day, count: sizes.length, sizes };
  });
}
