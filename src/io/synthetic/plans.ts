import type { PactKind } from '../../domain/model';
import { dayOf } from '../../domain/dates';
import { yearOf, type GenDate } from './calendar';
import { pickState, yearWithStates, type GenContext } from './context';
import { drawKind } from './vocabulary';
import type { GenState } from './world';

/** An event that may or may not be written; the fitting step switches these to hit the requested count. */
export interface Optional {
  date: GenDate;
  on: boolean;
}

/** One member record: founders have no `joined`; `left` comes with a `withdrew` event. */
export interface MemberPlan {
  state: GenState;
  joined?: GenDate;
  left?: GenDate;
  ratified?: Optional;
}

/** A pact before it becomes records: true days for every date, so the order of events is right by construction. */
export interface PactPlan {
  id: string;
  shape: 'bilateral' | 'multilateral' | 'proposed';
  kind: PactKind;
  /** The `signed` date, or the `proposed` date of a proposal. */
  start: GenDate;
  inForce?: Optional;
  end?: Optional & { type: 'terminated' | 'superseded' };
  members: MemberPlan[];
  /** Where a multilateral treaty was signed (it is named after the place). */
  place?: string;
}

// Eras and their share of new pacts: few in the nineteenth century, most after 1945, as in ATOP.
const ERAS: readonly [number, number, number][] = [
  [1815, 1869, 0.07],
  [1870, 1913, 0.1],
  [1914, 1944, 0.16],
  [1945, 1989, 0.4],
  [1990, 2018, 0.27],
];

/** A start day drawn by era, no earlier than 1 January of `minYear`. */
export function drawStartDay(ctx: GenContext, minYear: number): number {
  const era = ERAS[ctx.random.weighted(ERAS.map(([, , w]) => w))] ?? ERAS[0];
  const [from, to] = era ?? [1815, 2018];
  const first = dayOf(Math.max(from, minYear), 1, 1);
  const last = Math.max(first, dayOf(to, 12, 31));
  return Math.min(ctx.horizon - 400, ctx.random.int(first, last));
}

/** Days until a pact ends: at least `minDays`, exponential around `meanYears`. */
export function drawLife(ctx: GenContext, meanYears: number, minDays: number): number {
  return minDays + Math.round(-Math.log(1 - ctx.random.next()) * meanYears * 365);
}

/** A ratification between the signature and the entry into force (or within a year and a half). */
export function drawRatification(ctx: GenContext, plan: PactPlan, on: boolean): Optional {
  const latest = plan.inForce ? plan.inForce.date.day : Math.min(plan.start.day + 540, endDay(plan) - 1);
  return { date: ctx.dated(ctx.random.int(plan.start.day, Math.max(plan.start.day, latest))), on };
}

/** The day of the pact's end candidate (on or off), or Infinity when its life outlasts the horizon. */
export function endDay(plan: PactPlan): number {
  return plan.end ? plan.end.date.day : Number.POSITIVE_INFINITY;
}

/** A bilateral pact with its natural events: entry into force usually, an end if its life runs out before 2018. */
export function bilateralPlan(ctx: GenContext, id: string): PactPlan {
  const start = drawStartDay(ctx, yearWithStates(ctx.states, 2));
  const year = yearOf(start);
  const a = pickState(ctx, year, new Set()) as GenState;
  const b = pickState(ctx, year, new Set([a.actor.id]), a.actor.region, 0.6) as GenState;
  const plan: PactPlan = {
    id,
    shape: 'bilateral',
    kind: drawKind(ctx.random, false),
    start: ctx.dated(start),
    members: [{ state: a }, { state: b }],
  };
  addLifecycle(ctx, plan, 18, 0.8);
  for (const member of plan.members) member.ratified = drawRatification(ctx, plan, ctx.random.chance(0.35));
  return plan;
}

/** Adds the end (when the drawn life ends before the horizon) and the entry into force, both switchable. */
export function addLifecycle(
  ctx: GenContext,
  plan: PactPlan,
  meanYears: number,
  inForceChance: number,
): void {
  const end = plan.start.day + drawLife(ctx, meanYears, 730);
  if (end <= ctx.horizon)
    plan.end = { date: ctx.dated(end), on: true, type: ctx.random.chance(0.1) ? 'superseded' : 'terminated' };
  const latest = Math.min(plan.start.day + 720, endDay(plan) - 1, ctx.horizon);
  const inForce = ctx.random.int(Math.min(plan.start.day + 30, latest), latest);
  plan.inForce = { date: ctx.dated(inForce), on: ctx.random.chance(inForceChance) };
}

/** A proposal that never got further: two states and one `proposed` event. */
export function proposedPlan(ctx: GenContext, id: string): PactPlan {
  const start = drawStartDay(ctx, yearWithStates(ctx.states, 2));
  const year = yearOf(start);
  const a = pickState(ctx, year, new Set()) as GenState;
  const b = pickState(ctx, year, new Set([a.actor.id])) as GenState;
  return {
    id,
    shape: 'proposed',
    kind: 'proposed-pact',
    start: ctx.dated(start),
    members: [{ state: a }, { state: b }],
  };
}

/** How many events a plan will write. */
export function eventCount(plan: PactPlan): number {
  let count = 1 + Number(plan.inForce?.on ?? false) + Number(plan.end?.on ?? false);
  for (const m of plan.members)
    count += Number(m.joined !== undefined) + Number(m.left !== undefined) + Number(m.ratified?.on ?? false);
  return count;
}
