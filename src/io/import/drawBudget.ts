import type { Dataset, Pact } from '../../domain/model';

/**
 * What the page can draw and keep responsive: graph elements (nodes and edges), events and pacts. Measured against
 * the bench's large dataset (300 states, 5,000 pacts, 25,000 events ≈ 12,000 elements; first render 4.8 s). Pacts
 * are capped too: building the atlas costs per pact and per event whatever the elements, and a 45 MB COW-shaped
 * file filtered to 30,000 elements (about 30,000 bilateral pacts over 8 states) held the page over 30 s on Accept.
 */
export const DRAW_BUDGET = { elements: 30_000, events: 150_000, pacts: 5_000 } as const;

/** A budget; one without `pacts` does not count them. */
export type Budget = { elements: number; events: number; pacts?: number };

/** The elements a pact adds: one edge when bilateral, else a hub and an edge to each distinct member. */
function pactElements(pact: Pact): number {
  const members = new Set(pact.members.map((m) => m.actorId)).size;
  return members === 2 ? 1 : members + 1;
}

/** How much of the budget a dataset needs. */
export function drawCost(dataset: Dataset): { elements: number; events: number; pacts: number } {
  const elements = dataset.actors.length + dataset.pacts.reduce((sum, pact) => sum + pactElements(pact), 0);
  return { elements, events: dataset.events.length, pacts: dataset.pacts.length };
}

/** Whether a cost fits a budget. */
export function fits(
  cost: { elements: number; events: number; pacts: number },
  budget: Budget = DRAW_BUDGET,
): boolean {
  return (
    cost.elements <= budget.elements &&
    cost.events <= budget.events &&
    cost.pacts <= (budget.pacts ?? Infinity)
  );
}

/** The filtered dataset when one is over budget: the earliest pacts that fit, and how many were left out. */
export interface BudgetFit {
  dataset: Dataset;
  kept: number;
  dropped: number;
}

/**
 * Keeps the earliest pacts (by first event) whose elements and events fit the budget, with their events, the
 * states they involve and the rivalries between those states. The result passes the validator as the whole did.
 */
export function fitToBudget(dataset: Dataset, budget: Budget = DRAW_BUDGET): BudgetFit {
  const eventsByPact = new Map<string, Dataset['events']>();
  for (const event of dataset.events) {
    const list = eventsByPact.get(event.pactId) ?? [];
    list.push(event);
    eventsByPact.set(event.pactId, list);
  }
  const firstDate = (pact: Pact) =>
    (eventsByPact.get(pact.id) ?? []).reduce((min, e) => (e.date < min ? e.date : min), '9999');
  const order = dataset.pacts
    .map((pact) => ({ pact, first: firstDate(pact) }))
    .sort((a, b) => a.first.localeCompare(b.first));
  const actors = new Set<string>();
  const kept = new Set<string>();
  let elements = 0;
  let events = 0;
  for (const { pact } of order) {
    const newActors = new Set(pact.members.map((m) => m.actorId).filter((id) => !actors.has(id)));
    const cost = pactElements(pact) + newActors.size;
    const pactEvents = eventsByPact.get(pact.id)?.length ?? 0;
    if (elements + cost > budget.elements || events + pactEvents > budget.events) continue;
    if (kept.size >= (budget.pacts ?? Infinity)) break;
    elements += cost;
    events += pactEvents;
    kept.add(pact.id);
    for (const id of newActors) actors.add(id);
  }
  const filtered: Dataset = {
    ...dataset,
    pacts: dataset.pacts.filter((p) => kept.has(p.id)),
    events: dataset.events.filter((e) => kept.has(e.pactId)),
    actors: dataset.actors.filter((a) => actors.has(a.id)),
    rivalries: dataset.rivalries.filter((r) => r.actorIds.every((id) => actors.has(id))),
  };
  return { dataset: filtered, kept: kept.size, dropped: dataset.pacts.length - kept.size };
}
