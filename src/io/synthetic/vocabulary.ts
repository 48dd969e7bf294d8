import type { Obligations, PactKind } from '../../domain/model';
import type { Random } from './random';

const BILATERAL_KINDS: readonly [PactKind, number][] = [
  ['mutual-defence-treaty', 0.3],
  ['defence-cooperation-agreement', 0.25],
  ['non-aggression-pact', 0.15],
  ['strategic-partnership', 0.12],
  ['basing-access-arrangement', 0.1],
  ['technology-sharing-agreement', 0.08],
];

const MULTILATERAL_KINDS: readonly [PactKind, number][] = [
  ['multilateral-security-organisation', 0.45],
  ['minilateral-arrangement', 0.2],
  ['mutual-defence-treaty', 0.2],
  ['wartime-coalition', 0.15],
];

/** What each kind is called in a treaty's name. */
export const KIND_NOUNS: Record<PactKind, string> = {
  'mutual-defence-treaty': 'Treaty of Mutual Defence',
  'defence-cooperation-agreement': 'Defence Cooperation Agreement',
  'strategic-partnership': 'Strategic Partnership',
  'multilateral-security-organisation': 'Security Organisation',
  'minilateral-arrangement': 'Accord',
  'wartime-coalition': 'Coalition',
  'basing-access-arrangement': 'Basing Agreement',
  'non-aggression-pact': 'Non-Aggression Pact',
  'technology-sharing-agreement': 'Technology Sharing Agreement',
  'unilateral-commitment': 'Act',
  'proposed-pact': 'Proposed Pact',
};

/** Draws a pact kind for a bilateral or a multilateral treaty. */
export function drawKind(random: Random, multilateral: boolean): PactKind {
  const table = multilateral ? MULTILATERAL_KINDS : BILATERAL_KINDS;
  const i = random.weighted(table.map(([, w]) => w));
  return (table[i] ?? table[0] ?? ['mutual-defence-treaty'])[0];
}

/** Obligations consistent with the kind, with some variety. */
export function drawObligations(random: Random, kind: PactKind): Obligations {
  const defence = kind === 'mutual-defence-treaty' || kind === 'wartime-coalition' || random.chance(0.2);
  return {
    defence,
    offence: kind === 'wartime-coalition' ? random.chance(0.8) : random.chance(0.05),
    neutrality: random.chance(0.1),
    nonAggression: kind === 'non-aggression-pact' || random.chance(0.15),
    consultation: !defence || random.chance(0.7),
  };
}
