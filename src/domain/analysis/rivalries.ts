import type { AnalysisContext, DatedRivalry } from './context';
import { alliesAt, compare, type TieOptions } from './ties';

/** Rivalries on `day`: started by then (or undated, taken as standing) and with neither rival dissolved. */
export function rivalriesAt(ctx: AnalysisContext, day: number): DatedRivalry[] {
  const present = (id: string) => !((ctx.dissolvedOn.get(id) ?? Infinity) <= day);
  return ctx.rivalries.filter(
    (r) => (r.since === undefined || r.since <= day) && present(r.actorIds[0]) && present(r.actorIds[1]),
  );
}

/** Path of S to its rival R through a state X that is tied to both (a cross-cutting tie: X is pulled both ways). */
export interface SharedAllyPath {
  kind: 'shared-ally';
  rival: string;
  rivalryId: string;
  /** X: tied to S and to R. */
  via: string;
  /** Pacts tying S and X. */
  viaPacts: string[];
  /** Pacts tying X and R. */
  rivalPacts: string[];
}

/** Path S –ally– X ~rival~ Y –ally– R: a spiral between X and Y spills into S and R (and back). */
export interface SpilloverPath {
  kind: 'spillover';
  rival: string;
  rivalryId: string;
  /** X: S's ally. */
  via: string;
  viaPacts: string[];
  /** Y: X's rival and R's ally. */
  viaRival: string;
  viaRivalryId: string;
  /** Pacts tying Y and R. */
  rivalPacts: string[];
}

export type RivalAllyPath = SharedAllyPath | SpilloverPath;

/**
 * The "ally of my rival" paths of state S on `day`, the documents' inter-alliance security dilemma. For each
 * rivalry (S, R) and each ally X of S (tied through pacts P1, X ≠ R):
 * - shared-ally: X is also tied to R (pacts P2): S –P1– X –P2– R;
 * - spillover: X has a rival Y (Y ≠ S, R) that is tied to R (pacts P2): S –P1– X ~ Y –P2– R. Seitz's case:
 *   South Korea –US–ROK– United States ~ China –1961 treaty– North Korea, South Korea's rival.
 * A rival tied directly to X (the common enemy) is not a dilemma and is not listed. Sorted by rival, kind,
 * via, then viaRival.
 */
export function allyOfRivalPaths(
  ctx: AnalysisContext,
  actorId: string,
  day: number,
  options: TieOptions = {},
): RivalAllyPath[] {
  const rivals = rivalsByActor(rivalriesAt(ctx, day));
  const ownRivals = [...(rivals.get(actorId)?.keys() ?? [])];
  // Only S's and its rivals' ties are needed: S–X, and X–R or Y–R.
  const allies = alliesAt(ctx, [actorId, ...ownRivals], day, options);
  const pactsOf = (x: string, rival: string) => allies.get(rival)?.get(x);
  const paths: RivalAllyPath[] = [];
  for (const [rival, rivalryId] of rivals.get(actorId) ?? []) {
    for (const [via, viaPacts] of allies.get(actorId) ?? []) {
      if (via === rival) continue;
      const shared = pactsOf(via, rival);
      if (shared) paths.push({ kind: 'shared-ally', rival, rivalryId, via, viaPacts, rivalPacts: shared });
      for (const [viaRival, viaRivalryId] of rivals.get(via) ?? []) {
        const rivalPacts = viaRival === actorId || viaRival === rival ? undefined : pactsOf(viaRival, rival);
        if (rivalPacts)
          paths.push({
            kind: 'spillover',
            rival,
            rivalryId,
            via,
            viaPacts,
            viaRival,
            viaRivalryId,
            rivalPacts,
          });
      }
    }
  }
  return paths.sort(
    (x, y) =>
      compare(x.rival, y.rival) ||
      compare(x.kind, y.kind) ||
      compare(x.via, y.via) ||
      compare(x.kind === 'spillover' ? x.viaRival : '', y.kind === 'spillover' ? y.viaRival : ''),
  );
}

function rivalsByActor(rivalries: readonly DatedRivalry[]): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  const link = (a: string, b: string, id: string) => {
    const row = out.get(a) ?? new Map<string, string>();
    if (!row.has(b)) row.set(b, id);
    out.set(a, row);
  };
  for (const { id, actorIds } of rivalries) {
    link(actorIds[0], actorIds[1], id);
    link(actorIds[1], actorIds[0], id);
  }
  return out;
}
