import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../domain/model';
import { testPact } from '../../../tests/unit/support/testPact';
import { validationErrors } from './testFixtures';

// The validator asks every pact and event to cite a passage, except imported ones, whose origin is their source.
const dataset = (origin: { file: string; row: number } | undefined): Dataset => {
  const from = origin ? { origin } : {};
  return {
    documents: [],
    passages: [],
    actors: [
      { id: 'usa', name: 'United States', kind: 'state', region: 'north-america', lat: 38.9, lon: -77 },
    ],
    pacts: [testPact('p', { members: [{ actorId: 'usa', ...from }], censoredAt: '2012', ...from })],
    events: [
      {
        id: 'e',
        pactId: 'p',
        type: 'signed',
        date: '1949',
        dateSource: 'public-record',
        passageIds: [],
        ...from,
      },
    ],
    rivalries: [],
  };
};

describe('citations and imported records', () => {
  it('exempts pacts and events with an origin from citing a passage', () => {
    expect(validationErrors(dataset({ file: 'cow.csv', row: 2 }))).toEqual([]);
  });

  it('still asks records without an origin to cite one: a passage, or for a public-record date its reference', () => {
    expect(validationErrors(dataset(undefined))).toEqual([
      'data/pacts.json: pacts[0] (p).passageIds: cites no passage (expected at least one passage id)',
      'data/events.json: events[0] (e).reference: the date is from the public record but names no reference (expected a reference: the treaty text, its registration, an official record or a reference work, with its locator)',
    ]);
  });

  it('refuses an origin that is not a file and a positive row', () => {
    const bad = dataset({ file: '', row: 0 });
    expect(validationErrors(bad)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^data\/pacts\.json: pacts\[0\] \(p\)\.origin\.row: 0: /),
      ]),
    );
  });
});
