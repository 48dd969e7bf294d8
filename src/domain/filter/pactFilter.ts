import type { Obligations, Pact, PactKind, Region } from '../model';

/**
 * A pact's strongest pledge, the order the field weighs them in: defence (or offence: a pledge to fight) over
 * neutrality and non-aggression (a pledge not to fight) over consultation alone, over none recorded.
 */
export const OBLIGATION_CLASSES = ['defence', 'neutrality', 'consultation', 'none'] as const;
export type ObligationClass = (typeof OBLIGATION_CLASSES)[number];

/** The strongest obligation a pact records. */
export function obligationClass(obligations: Obligations): ObligationClass {
  if (obligations.defence || obligations.offence) return 'defence';
  if (obligations.neutrality || obligations.nonAggression) return 'neutrality';
  if (obligations.consultation) return 'consultation';
  return 'none';
}

/** What the person chose; null fields take the dataset's default (obligations) or let everything through. */
export interface FilterChoice {
  /** Obligation classes shown; null: the dataset's default (defaultObligations). */
  obligations: readonly ObligationClass[] | null;
  /** Pact kinds shown; null: every kind. */
  kinds: readonly PactKind[] | null;
  /** Regions shown (pacts with a member there, and the states there); null: every region. */
  regions: readonly Region[] | null;
}

export const NO_FILTER_CHOICE: FilterChoice = { obligations: null, kinds: null, regions: null };

/** The filter in force: every field decided. */
export interface PactFilter {
  obligations: ReadonlySet<ObligationClass>;
  kinds: ReadonlySet<PactKind> | null;
  regions: ReadonlySet<Region> | null;
}

/**
 * Above this many pacts a dataset is the field's (COW v4.1 has 414 alliances, ATOP 5.1 789; the documents 33) and
 * opens on defence pacts only: ATOP 5.1 has 253 pacts in force on 1 January 1995, 210 of them without a defence
 * pledge (173 neutrality or non-aggression, 37 consultation only); the 43 defence pacts make a graph one can read,
 * and the legend says what is hidden, one click away.
 */
export const FIELD_SCALE_PACTS = 150;

/** The obligation classes a dataset opens with: all of them, or defence only at the field's scale. */
export function defaultObligations(pactCount: number): readonly ObligationClass[] {
  return pactCount > FIELD_SCALE_PACTS ? ['defence'] : OBLIGATION_CLASSES;
}

/** The filter a choice makes on a dataset of `pactCount` pacts. */
export function resolveFilter(choice: FilterChoice, pactCount: number): PactFilter {
  return {
    obligations: new Set(choice.obligations ?? defaultObligations(pactCount)),
    kinds: choice.kinds ? new Set(choice.kinds) : null,
    regions: choice.regions ? new Set(choice.regions) : null,
  };
}

/** Whether a filter lets everything through. */
export function filtersNothing(filter: PactFilter): boolean {
  return filter.obligations.size === OBLIGATION_CLASSES.length && !filter.kinds && !filter.regions;
}

/** Why a pact is hidden: the first test it fails (obligation, then kind, then region), or null when shown. */
export type HiddenReason =
  { by: 'obligation'; cls: ObligationClass } | { by: 'kind' } | { by: 'region' } | null;

/** Whether a pact passes the filter; `regionOf` gives a member's region. */
export function hiddenReason(
  filter: PactFilter,
  pact: Pick<Pact, 'obligations' | 'kind' | 'members'>,
  regionOf: (actorId: string) => Region | undefined,
): HiddenReason {
  const cls = obligationClass(pact.obligations);
  if (!filter.obligations.has(cls)) return { by: 'obligation', cls };
  if (filter.kinds && !filter.kinds.has(pact.kind)) return { by: 'kind' };
  const regions = filter.regions;
  if (regions && !pact.members.some((m) => regions.has(regionOf(m.actorId) as Region)))
    return { by: 'region' };
  return null;
}
