import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../src/domain/dates';
import { dayToShowActor, dayToShowPact } from '../../src/domain/search/dayToShow';
import { buildSearchIndex, normalise, search } from '../../src/domain/search/searchIndex';
import { loadRealAtlas } from './support/atlasFixtures';

// Search over the documents' dataset: names, aliases, and the day a choice moves the date to.
const atlas = loadRealAtlas();
const index = buildSearchIndex(atlas.dataset.actors, atlas.dataset.pacts);
const first = (query: string) => search(index, query)[0];

describe('search', () => {
  it.each([
    ['warsaw', 'pact', 'warsaw-pact'],
    ['USSR', 'actor', 'sun'],
    ['Manila Pact', 'pact', 'seato'],
    ['nato', 'pact', 'nato'],
    ['east germany', 'actor', 'ddr'],
    ['DPRK', 'actor', 'prk'],
    ['japan', 'actor', 'jpn'],
  ])('"%s" finds %s %s first', (query, kind, id) => {
    expect(first(query)?.entry).toMatchObject({ kind, id });
  });
  it('says which alias matched, and nothing for the entry’s own name', () => {
    expect(first('USSR')?.matched).toBe('USSR');
    expect(first('Japan')?.matched).toBeNull();
  });
  it('folds case, accents and punctuation', () => {
    expect(normalise('Türkiye, U.S.')).toBe('turkiye us');
  });
  it('finds nothing for an empty query or a word in no name', () => {
    expect(search(index, '  ')).toEqual([]);
    expect(search(index, 'zzzqqq')).toEqual([]);
  });
  it('keeps at most `limit` hits', () => {
    expect(search(index, 'a', 5)).toHaveLength(5);
  });
});

describe('the day to show', () => {
  const signed = atlas.timelines.signed;
  it('keeps the date when the pact is in force then', () => {
    const day = toDayNumber('1960-01-01');
    expect(dayToShowPact(signed, 'warsaw-pact', day)).toBe(day);
  });
  it('moves to the signing when the date is before, and to the last day in force when after', () => {
    expect(dayToShowPact(signed, 'warsaw-pact', toDayNumber('1940-01-01'))).toBe(
      signed.pactSpan('warsaw-pact')!.start,
    );
    expect(dayToShowPact(signed, 'warsaw-pact', toDayNumber('2024-01-01'))).toBe(
      signed.pactSpan('warsaw-pact')!.end - 1,
    );
  });
  it('moves to when a state is in a pact (the Soviet Union in 2024: back to its last day in one)', () => {
    const day = dayToShowActor(signed, atlas.dataset.pacts, 'sun', toDayNumber('2024-01-01'));
    expect(day).toBeLessThan(toDayNumber('1992-01-01'));
    expect(signed.activeAt(day).memberships.some((m) => m.actorId === 'sun')).toBe(true);
  });
});
