import { pairKey, type AnalysisContext } from './context';

/** Which pacts make a tie: those with a defence obligation, or every pact whatever its kind. */
export const TIE_SCOPES = ['defence', 'all'] as const;
export type TieScope = (typeof TIE_SCOPES)[number];

export interface TieOptions {
  /** Default 'defence'. */
  scope?: TieScope;
  /** Count pacts that were only ever proposed (default false: a proposal binds no one). */
  includeProposed?: boolean;
}

/** An undirected tie between two states (a < b) and the active pacts that make it, sorted. */
export interface Tie {
  a: string;
  b: string;
  pactIds: string[];
}

/** An active pact that makes ties, with its active state members (sorted, unique). */
export interface TiePact {
  pactId: string;
  members: string[];
}

/** Whether a pact makes ties under the options, whatever the date. */
export function pactCounts(ctx: AnalysisContext, pactId: string, options: TieOptions = {}): boolean {
  const pact = ctx.pactById.get(pactId);
  if (!pact) return false;
  const proposed =
    pact.kind === 'proposed-pact' ||
    pact.status === 'proposed' ||
    ctx.timeline.pactSpan(pactId)?.startEvent === 'proposed';
  if (proposed && !options.includeProposed) return false;
  return (options.scope ?? 'defence') === 'all' || pact.obligations.defence;
}

/** The pacts making ties on `day`, each with its active state members, sorted by pact id. */
export function tiePactsAt(ctx: AnalysisContext, day: number, options: TieOptions = {}): TiePact[] {
  const members = new Map<string, Set<string>>();
  for (const m of ctx.timeline.activeAt(day).memberships) {
    if (!ctx.states.has(m.actorId) || !pactCounts(ctx, m.pactId, options)) continue;
    let set = members.get(m.pactId);
    if (!set) members.set(m.pactId, (set = new Set()));
    set.add(m.actorId);
  }
  return [...members]
    .map(([pactId, set]) => ({ pactId, members: [...set].sort() }))
    .sort((x, y) => (x.pactId < y.pactId ? -1 : x.pactId > y.pactId ? 1 : 0));
}

/** Whether the tie of a and b through a pact is suspended on `day`. */
export function isSuspended(ctx: AnalysisContext, pactId: string, a: string, b: string, day: number) {
  const list = ctx.suspensions.get(pactId);
  if (!list) return false;
  const key = pairKey(a, b);
  return list.some((s) => s.day <= day && s.pairs.has(key));
}

/**
 * State–state ties on `day`: every pair of states sharing an active pact (a multilateral pact ties all its
 * member pairs, for analysis only), sorted by (a, b); suspended pairs are left out.
 */
export function alliedPairsAt(ctx: AnalysisContext, day: number, options: TieOptions = {}): Tie[] {
  return tiesOfPacts(ctx, day, tiePactsAt(ctx, day, options));
}

/** The ties made on `day` by the given tie pacts (as returned by tiePactsAt), sorted by (a, b). */
export function tiesOfPacts(ctx: AnalysisContext, day: number, tiePacts: readonly TiePact[]): Tie[] {
  const ties = new Map<string, Tie>();
  for (const { pactId, members } of tiePacts) {
    members.forEach((a, i) => {
      for (const b of members.slice(i + 1)) {
        if (isSuspended(ctx, pactId, a, b, day)) continue;
        const key = pairKey(a, b);
        const tie = ties.get(key) ?? { a, b, pactIds: [] };
        tie.pactIds.push(pactId);
        ties.set(key, tie);
      }
    });
  }
  return [...ties.values()].sort((x, y) => compare(x.a, y.a) || compare(x.b, y.b));
}

/** The states tied to each of `actorIds` on `day`, with the pacts tying them (sorted), without expanding every pact. */
export function alliesAt(
  ctx: AnalysisContext,
  actorIds: Iterable<string>,
  day: number,
  options: TieOptions = {},
): Map<string, Map<string, string[]>> {
  const wanted = new Set(actorIds);
  const out = new Map([...wanted].map((id) => [id, new Map<string, string[]>()]));
  for (const { pactId, members } of tiePactsAt(ctx, day, options)) {
    for (const a of members) {
      const row = out.get(a);
      if (!row) continue;
      for (const b of members) {
        if (b === a || isSuspended(ctx, pactId, a, b, day)) continue;
        row.set(b, [...(row.get(b) ?? []), pactId]);
      }
    }
  }
  return out;
}

/** Ordinal string comparison, so results do not depend on the locale. */
export function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
