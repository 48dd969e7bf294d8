import type { Dataset } from '../../../src/domain/model';

/** A small dataset built in code: two states, one bilateral pact, one passage. */
export function tinyDataset(overrides: { pactName?: string } = {}): {
  dataset: Dataset;
  texts: Map<string, string>;
} {
  const text = 'In 1951 the two states signed a treaty of mutual defence.';
  const quote = 'signed a treaty of mutual defence';
  const start = text.indexOf(quote);
  const dataset: Dataset = {
    documents: [{ id: 'doc', title: 'A brief', authors: ['A. Author'], file: 'documents/doc.txt' }],
    passages: [{ id: 'p1', documentId: 'doc', start, end: start + quote.length, text: quote }],
    actors: [
      {
        id: 'usa',
        name: 'United States',
        kind: 'state',
        iso3: 'USA',
        region: 'north-america',
        lat: 38.9,
        lon: -77,
      },
      {
        id: 'phl',
        name: 'Philippines',
        kind: 'state',
        iso3: 'PHL',
        region: 'southeast-asia',
        lat: 14.6,
        lon: 121,
      },
    ],
    pacts: [
      {
        id: 'us-phl',
        name: overrides.pactName ?? 'Mutual Defense Treaty',
        shortName: 'US–PHL',
        kind: 'mutual-defence-treaty',
        obligations: {
          defence: true,
          offence: false,
          neutrality: false,
          nonAggression: false,
          consultation: true,
        },
        members: [{ actorId: 'usa' }, { actorId: 'phl' }],
        status: 'active',
        summary: 'Each defends the other.',
        passageIds: ['p1'],
      },
    ],
    events: [
      {
        id: 'us-phl-signed',
        pactId: 'us-phl',
        type: 'signed',
        date: '1951-08-30',
        dateSource: 'public-record',
        passageIds: ['p1'],
      },
      {
        id: 'us-phl-in-force',
        pactId: 'us-phl',
        type: 'entered-into-force',
        date: '1952-08',
        dateSource: 'document',
        passageIds: ['p1'],
      },
    ],
    rivalries: [],
  };
  return { dataset, texts: new Map([['doc', text]]) };
}
