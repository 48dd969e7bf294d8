import { describe, expect, it } from 'vitest';
import type { Obligations, Pact, Region } from '../model';
import {
  countHidden,
  defaultObligations,
  filtersNothing,
  hiddenInWords,
  hiddenReason,
  NO_FILTER_CHOICE,
  obligationClass,
  resolveFilter,
  shownInWords,
} from '.';

const none: Obligations = {
  defence: false,
  offence: false,
  neutrality: false,
  nonAggression: false,
  consultation: false,
};
const pact = (
  id: string,
  o: Partial<Obligations>,
  members: string[],
  kind: Pact['kind'] = 'mutual-defence-treaty',
) =>
  ({
    id,
    kind,
    obligations: { ...none, ...o },
    members: members.map((actorId) => ({ actorId })),
  }) as Pact;
const regions: Record<string, Region> = {
  usa: 'north-america',
  gbr: 'europe',
  jpn: 'east-asia',
  rus: 'europe',
};
const regionOf = (id: string) => regions[id];

describe('obligationClass', () => {
  it.each([
    [{ defence: true, consultation: true }, 'defence'],
    [{ offence: true }, 'defence'],
    [{ nonAggression: true, consultation: true }, 'neutrality'],
    [{ neutrality: true }, 'neutrality'],
    [{ consultation: true }, 'consultation'],
    [{}, 'none'],
  ] as const)('%o is %s', (o, cls) => expect(obligationClass({ ...none, ...o })).toBe(cls));
});

describe('defaults', () => {
  it("the documents' 33 pacts show every class; the field's hundreds open on defence pacts", () => {
    expect(filtersNothing(resolveFilter(NO_FILTER_CHOICE, 33))).toBe(true);
    expect(defaultObligations(789)).toEqual(['defence']);
    expect([...resolveFilter(NO_FILTER_CHOICE, 414).obligations]).toEqual(['defence']);
  });
  it('a choice overrides the default', () => {
    const f = resolveFilter({ obligations: ['defence', 'neutrality'], kinds: null, regions: null }, 789);
    expect([...f.obligations]).toEqual(['defence', 'neutrality']);
  });
});

describe('hiddenReason and counts', () => {
  const pacts = [
    pact('nato', { defence: true }, ['usa', 'gbr']),
    pact('nap', { nonAggression: true }, ['gbr', 'rus'], 'non-aggression-pact'),
    pact('talk', { consultation: true }, ['usa', 'jpn'], 'strategic-partnership'),
    pact('us-jpn', { defence: true }, ['usa', 'jpn']),
  ];
  const byId = new Map(pacts.map((p) => [p.id, p]));
  it('obligation first, then kind, then region (a pact with one member in a region shown passes)', () => {
    const f = resolveFilter(
      { obligations: ['defence', 'neutrality'], kinds: ['mutual-defence-treaty'], regions: ['europe'] },
      4,
    );
    expect(hiddenReason(f, byId.get('talk')!, regionOf)).toEqual({ by: 'obligation', cls: 'consultation' });
    expect(hiddenReason(f, byId.get('nap')!, regionOf)).toEqual({ by: 'kind' });
    expect(hiddenReason(f, byId.get('us-jpn')!, regionOf)).toEqual({ by: 'region' });
    expect(hiddenReason(f, byId.get('nato')!, regionOf)).toBeNull();
  });
  it('counts what is hidden among the pacts in force, in words', () => {
    const f = resolveFilter({ obligations: ['defence'], kinds: null, regions: null }, 4);
    const count = countHidden(f, ['nato', 'nap', 'talk', 'us-jpn'], byId, regionOf);
    expect(count.total).toBe(2);
    expect(hiddenInWords(count)).toBe(
      'Hidden: 1 neutrality or non-aggression pact, 1 consultation-only pact',
    );
    expect(shownInWords(f, (r) => r)).toBe('defence pacts only');
    expect(
      hiddenInWords(countHidden(resolveFilter(NO_FILTER_CHOICE, 4), byId.keys(), byId, regionOf)),
    ).toBeNull();
  });
  it('says the regions shown', () => {
    const f = resolveFilter({ obligations: null, kinds: null, regions: ['europe', 'east-asia'] }, 4);
    expect(shownInWords(f, (r) => r.toUpperCase())).toBe('in EUROPE and EAST-ASIA');
  });
});
