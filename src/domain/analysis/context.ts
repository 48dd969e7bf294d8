import type { Atlas } from '../atlas/buildAtlas';
import { toDayNumber } from '../dates';
import { datedRivalries } from './rivalrySince';
import type { Actor, Pact, PactEvent, Rivalry } from '../model';
import type { TimelineBasis, TimelineIndex } from '../timeline';

/** What the analysis reads from a dataset; a whole `Dataset` fits. */
export interface AnalysisInput {
  actors: readonly Pick<Actor, 'id' | 'kind' | 'dissolved'>[];
  /** The name and passages, when given, let blocs be named by the pact people know. */
  pacts: readonly (Pick<Pact, 'id' | 'kind' | 'status' | 'obligations' | 'members'> &
    Partial<Pick<Pact, 'name' | 'passageIds'>>)[];
  events: readonly Pick<PactEvent, 'pactId' | 'type' | 'date' | 'actorIds'>[];
  rivalries: readonly Pick<Rivalry, 'id' | 'actorIds' | 'since'>[];
}

/** A rivalry with its start as a day number (undefined: undated, counted at every date). */
export interface DatedRivalry {
  id: string;
  actorIds: readonly [string, string];
  since: number | undefined;
}

/** Pairs of a pact whose tie is suspended from `day` on (the schema has no "resumed" event). */
export interface Suspension {
  day: number;
  pairs: ReadonlySet<string>;
}

/** Everything the analysis functions need, derived once per dataset and timeline basis. */
export interface AnalysisContext {
  timeline: TimelineIndex;
  pactById: ReadonlyMap<string, AnalysisInput['pacts'][number]>;
  /** Ids of actors of kind 'state': ties are between states only. */
  states: ReadonlySet<string>;
  /** Day of dissolution per dissolved actor. */
  dissolvedOn: ReadonlyMap<string, number>;
  suspensions: ReadonlyMap<string, readonly Suspension[]>;
  rivalries: readonly DatedRivalry[];
}

/** The key of an unordered pair of actors: the two ids sorted, joined by '|'. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Derives the analysis context of a dataset under one timeline (its basis decides when pacts start). */
export function createAnalysisContext(input: AnalysisInput, timeline: TimelineIndex): AnalysisContext {
  const pactById = new Map(input.pacts.map((pact) => [pact.id, pact]));
  const dissolvedOn = new Map<string, number>();
  for (const actor of input.actors)
    if (actor.dissolved !== undefined) dissolvedOn.set(actor.id, toDayNumber(actor.dissolved));
  return {
    timeline,
    pactById,
    states: new Set(input.actors.filter((a) => a.kind === 'state').map((a) => a.id)),
    dissolvedOn,
    suspensions: collectSuspensions(input.events, pactById),
    rivalries: input.rivalries.map((r) => ({
      id: r.id,
      actorIds: r.actorIds,
      since: r.since === undefined ? undefined : toDayNumber(r.since),
    })),
  };
}

const cache = new WeakMap<object, Partial<Record<TimelineBasis, AnalysisContext>>>();

/** The analysis context of an atlas under a basis, built once and cached per atlas. */
export function analysisContextOf(atlas: Pick<Atlas, 'dataset' | 'timelines'>, basis: TimelineBasis) {
  const byBasis = cache.get(atlas) ?? {};
  cache.set(atlas, byBasis);
  const cached = byBasis[basis];
  if (cached) return cached;
  // Each rivalry counts from the start history gives it (see rivalrySince.ts): worked out on a miss only.
  const input = { ...atlas.dataset, rivalries: datedRivalries(atlas.dataset) };
  return (byBasis[basis] = createAnalysisContext(input, atlas.timelines[basis]));
}

// A `suspended` event suspends the pairs among the actors it lists (ANZUS 1986: USA and New Zealand);
// listing one actor suspends its pairs with every member; listing none suspends the whole pact.
function collectSuspensions(
  events: AnalysisInput['events'],
  pactById: AnalysisContext['pactById'],
): Map<string, Suspension[]> {
  const out = new Map<string, Suspension[]>();
  for (const event of events) {
    const pact = pactById.get(event.pactId);
    if (event.type !== 'suspended' || !pact) continue;
    const members = [...new Set(pact.members.map((m) => m.actorId))];
    const listed = event.actorIds ?? members;
    const partners = listed.length === 1 ? members : listed;
    const pairs = new Set<string>();
    for (const a of listed) for (const b of partners) if (a !== b) pairs.add(pairKey(a, b));
    const list = out.get(pact.id) ?? [];
    list.push({ day: toDayNumber(event.date), pairs });
    out.set(pact.id, list);
  }
  return out;
}
