import { yearOf } from './calendar';
import { pickState, yearWithStates, type GenContext } from './context';
import {
  addLifecycle,
  drawRatification,
  drawStartDay,
  endDay,
  type MemberPlan,
  type PactPlan,
} from './plans';
import { drawKind } from './vocabulary';

/**
 * A multilateral pact that spends up to `budget` events: signature, entry into force, end, the founders'
 * ratifications, then accessions spread over its life and a few withdrawals. It spends less when too few
 * states exist to join it.
 */
export function multilateralPlan(ctx: GenContext, id: string, budget: number): PactPlan {
  const start = drawStartDay(ctx, yearWithStates(ctx.states, 3));
  const plan: PactPlan = {
    id,
    shape: 'multilateral',
    kind: drawKind(ctx.random, true),
    start: ctx.dated(start),
    members: [],
    place: ctx.names.city(),
  };
  // Old coalitions rarely outlive their war; modern organisations mostly still exist.
  addLifecycle(ctx, plan, yearOf(start) < 1945 ? 12 : 45, 1);
  let rest = budget - 1;
  if (plan.inForce) plan.inForce.on = rest > 0;
  if (plan.inForce?.on) rest--;
  if (plan.end) plan.end.on = rest > 0;
  if (plan.end?.on) rest--;
  if (plan.end && !plan.end.on) delete plan.end;
  addFounders(ctx, plan);
  for (const founder of plan.members) {
    founder.ratified = drawRatification(ctx, plan, rest > 0);
    if (founder.ratified.on) rest--;
  }
  const withdrawals = Math.floor(rest * 0.1);
  addJoiners(ctx, plan, rest - withdrawals);
  addWithdrawals(ctx, plan, withdrawals);
  return plan;
}

function addFounders(ctx: GenContext, plan: PactPlan): void {
  const year = yearOf(plan.start.day);
  const taken = new Set<string>();
  const count = ctx.random.int(3, 8);
  let region: string | undefined;
  while (plan.members.length < count) {
    const state = pickState(ctx, year, taken, region, 0.8);
    if (!state) return;
    // Most organisations are regional: the first founder's region draws the others.
    if (plan.members.length === 0 && ctx.random.chance(0.6)) region = state.actor.region;
    taken.add(state.actor.id);
    plan.members.push({ state });
  }
}

// Accessions over the pact's life, each by a state that existed by then and was not yet a member.
function addJoiners(ctx: GenContext, plan: PactPlan, count: number): void {
  const last = Math.min(endDay(plan) - 2, ctx.horizon - 1);
  if (last <= plan.start.day) return;
  const days = Array.from({ length: count }, () => ctx.random.int(plan.start.day + 1, last)).sort(
    (a, b) => a - b,
  );
  const taken = new Set(plan.members.map((m) => m.state.actor.id));
  const region = plan.members[0]?.state.actor.region;
  for (const day of days) {
    const state = pickState(ctx, yearOf(day), taken, region, 0.5);
    if (!state) continue;
    taken.add(state.actor.id);
    plan.members.push({ state, joined: ctx.dated(day) });
  }
}

function addWithdrawals(ctx: GenContext, plan: PactPlan, count: number): void {
  const last = Math.min(endDay(plan) - 1, ctx.horizon);
  const candidates: MemberPlan[] = plan.members.filter((m) => (m.joined?.day ?? plan.start.day) + 1 < last);
  for (let i = 0; i < count && candidates.length > 0; i++) {
    const member = candidates.splice(ctx.random.int(0, candidates.length - 1), 1)[0] as MemberPlan;
    const from = (member.joined?.day ?? plan.start.day) + 1;
    member.left = ctx.dated(ctx.random.int(from, last));
  }
}
