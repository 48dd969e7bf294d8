import type { GenContext } from './context';
import { multilateralPlan } from './multilateral';
import { bilateralPlan, eventCount, proposedPlan, type Optional, type PactPlan } from './plans';

/** How many pacts of each shape a run of `pacts` pacts gets. */
export function shapeCounts(pacts: number): { proposed: number; multilateral: number; bilateral: number } {
  const proposed = Math.floor(pacts * 0.02);
  const multilateral = pacts >= 3 ? Math.max(1, Math.round(pacts * 0.15)) : 0;
  return { proposed, multilateral, bilateral: pacts - proposed - multilateral };
}

const pactId = (n: number) => `pact-${String(n).padStart(5, '0')}`;

/**
 * Plans `pacts` pacts writing about `events` events: bilaterals first with their natural events, then the
 * multilaterals share what is left (a few large ones get most of it and enlarge over decades), and any
 * remainder is evened out by switching optional bilateral events (ratifications, entry into force, end).
 */
export function planPacts(ctx: GenContext, pacts: number, events: number): PactPlan[] {
  if (events < pacts)
    throw new Error(`--events (${events}) must be at least --pacts (${pacts}): every pact needs an event`);
  const counts = shapeCounts(pacts);
  const plans: PactPlan[] = [];
  for (let i = 0; i < counts.bilateral; i++) plans.push(bilateralPlan(ctx, pactId(plans.length + 1)));
  for (let i = 0; i < counts.proposed; i++) plans.push(proposedPlan(ctx, pactId(plans.length + 1)));
  const bilaterals = plans.filter((p) => p.shape === 'bilateral');
  // Keep room for the multilaterals: at least one event each, three when the count allows.
  const reserve = counts.multilateral + Math.min(events - pacts, counts.multilateral * 2);
  const excess = total(plans) - (events - reserve);
  if (excess > 0) toggleOptionals(bilaterals, -excess);
  let budget = events - total(plans);
  const weights = Array.from({ length: counts.multilateral }, (_, i) => 1 / (i + 1) ** 0.7);
  let weightLeft = weights.reduce((a, b) => a + b, 0);
  weights.forEach((weight, i) => {
    // Each takes its share of what is left, so what one could not spend flows to the next; later ones keep one each.
    const still = weights.length - i - 1;
    const share = Math.max(1, Math.min(Math.round((budget * weight) / weightLeft), budget - still));
    const plan = multilateralPlan(ctx, pactId(plans.length + 1), share);
    plans.push(plan);
    budget -= eventCount(plan);
    weightLeft -= weight;
  });
  toggleOptionals(bilaterals, events - total(plans));
  return plans;
}

function total(plans: readonly PactPlan[]): number {
  return plans.reduce((sum, plan) => sum + eventCount(plan), 0);
}

/**
 * Switches optional bilateral events on (delta > 0) or off (delta < 0), a few from each pact in turn, in the
 * order a source would drop them: ratifications first, then the entry into force, then the end.
 */
export function toggleOptionals(plans: readonly PactPlan[], delta: number): number {
  const on = delta > 0;
  const tiers: ((plan: PactPlan) => (Optional | undefined)[])[] = [
    (plan) => plan.members.map((m) => m.ratified),
    (plan) => [plan.inForce],
    (plan) => [plan.end],
  ];
  let left = Math.abs(delta);
  for (const tier of tiers) {
    for (const plan of plans) {
      for (const optional of tier(plan)) {
        if (left === 0) return 0;
        if (optional && optional.on !== on) {
          optional.on = on;
          left--;
        }
      }
    }
  }
  return left * Math.sign(delta);
}
