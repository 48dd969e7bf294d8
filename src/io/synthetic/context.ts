import { dayOf } from '../../domain/dates';
import { isoOf, yearOf, type GenDate, type Precision } from './calendar';
import type { NameMaker } from './names';
import type { Random } from './random';
import type { GenState } from './world';

/** Everything the plan builders share: randomness, names, the states, and how dates are written. */
export interface GenContext {
  random: Random;
  names: NameMaker;
  states: readonly GenState[];
  /** The last day any event may fall on. */
  horizon: number;
  /** A date at the precision a source of that era would likely give. */
  dated(day: number): GenDate;
}

/** The last day of generated history, as in ATOP 5.1 (1815–2018). */
export const HORIZON = dayOf(2018, 12, 31);

/** Builds the shared context; dates before 1900 more often come as a month or a year only. */
export function createContext(random: Random, names: NameMaker, states: readonly GenState[]): GenContext {
  const dated = (day: number): GenDate => {
    const old = yearOf(day) < 1900;
    const roll = random.next();
    const precision: Precision =
      roll < (old ? 0.2 : 0.04) ? 'year' : roll < (old ? 0.45 : 0.12) ? 'month' : 'day';
    return { day, iso: isoOf(day, precision) };
  };
  return { random, names, states, horizon: HORIZON, dated };
}

/**
 * Picks a state that existed in `year` and is not in `exclude`, by weight; `region` (when given) is preferred
 * with probability `affinity`. Returns undefined when no state qualifies.
 */
export function pickState(
  ctx: GenContext,
  year: number,
  exclude: ReadonlySet<string>,
  region?: string,
  affinity = 0,
): GenState | undefined {
  const local = region !== undefined && ctx.random.chance(affinity);
  const weights = ctx.states.map((s) =>
    s.since <= year && !exclude.has(s.actor.id) && (!local || s.actor.region === region) ? s.weight : 0,
  );
  const i = ctx.random.weighted(weights);
  if (i >= 0) return ctx.states[i];
  return local ? pickState(ctx, year, exclude) : undefined;
}

/** The first year in which at least `n` states exist. */
export function yearWithStates(states: readonly GenState[], n: number): number {
  const years = states.map((s) => s.since).sort((a, b) => a - b);
  return years[Math.min(n, years.length) - 1] ?? 1815;
}
