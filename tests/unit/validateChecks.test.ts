import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/model';
import type { RawCollections } from '../../src/io/validation/collections';
import { formatIssue } from '../../src/io/validation/issues';
import { validateDataset } from '../../src/io/validation/validateDataset';
import { loadDataFromDisk } from '../../scripts/loadDataFromDisk';

// The valid fixture, typed, so each case changes one thing in otherwise clean data.
const loaded = loadDataFromDisk('tests/fixtures/valid');
const base = validateDataset(loaded.input);
if (!base.ok) throw new Error('the valid fixture must validate');
const clean: Dataset = base.dataset;
const briefLength = loaded.input.documentTexts.get('nato-brief')?.length ?? 0;

function run(collections: RawCollections, texts: ReadonlyMap<string, string> = loaded.input.documentTexts) {
  const result = validateDataset({ collections, documentTexts: texts });
  return {
    errors: result.ok ? [] : result.errors.map(formatIssue),
    warnings: result.warnings.map(formatIssue),
  };
}

function edited(edit: (data: Dataset) => void): Dataset {
  const data = structuredClone(clean);
  edit(data);
  return data;
}

const event = (id: string, type: Dataset['events'][number]['type'], date: string, actorIds?: string[]) => ({
  id,
  pactId: 'nato',
  type,
  date,
  ...(actorIds ? { actorIds } : {}),
  dateSource: 'public-record' as const,
  // A public-record date cites no passage (none bears on it) and names its reference instead.
  passageIds: [],
  reference: { kind: 'treaty-text' as const, title: 'The North Atlantic Treaty', locator: 'Art. 10' },
});

function nth<T>(items: readonly T[], i: number): T {
  const item = items[i];
  if (item === undefined) throw new Error(`the valid fixture has no item ${i}`);
  return item;
}

const at = (d: Dataset, i: number) => nth(nth(d.pacts, 0).members, i);

describe('validateDataset: schema problems, located precisely', () => {
  it.each<[string, RawCollections, string[]]>([
    [
      'an unknown field',
      { ...clean, pacts: [{ ...nth(clean.pacts, 0), colour: 'blue' }] },
      ['data/pacts.json: pacts[0] (nato).colour: unexpected field (not in the schema)'],
    ],
    [
      'a missing field, without cascading into the checks that need every event',
      { ...clean, events: clean.events.map(({ date, ...rest }, i) => (i === 0 ? rest : { ...rest, date })) },
      ['data/events.json: events[0] (nato-signed).date: missing (expected string)'],
    ],
    [
      'a record that is not an object',
      { ...clean, rivalries: ['usa-rus'] },
      ['data/rivalries.json: rivalries[0]: expected object, got string "usa-rus"'],
    ],
    [
      'a collection that is not an array',
      { ...clean, actors: { usa: {} } },
      ['data/actors.json: expected a JSON array of actors records, got an object'],
    ],
    [
      'a missing collection',
      { ...clean, rivalries: undefined },
      ['data/rivalries.json: expected a JSON array of rivalries records, got nothing'],
    ],
    [
      'a wrong type deep inside a record',
      edited((d) => Object.assign(at(d, 1), { actorId: 7 })),
      ['data/pacts.json: pacts[0] (nato).members[1].actorId: expected string, got number 7'],
    ],
    [
      'a rivalry with one actor',
      edited((d) => Object.assign(nth(d.rivalries, 0), { actorIds: ['usa'] })),
      [
        'data/rivalries.json: rivalries[0] (usa-rus).actorIds: ["usa"]: Too small: expected array to have >=2 items',
      ],
    ],
  ])('%s', (_name, collections, expected) => {
    expect(run(collections).errors).toEqual(expected);
  });
});

describe('validateDataset: consistency checks', () => {
  it.each<[string, (d: Dataset) => void, string[]]>([
    [
      'an event about an actor that is not a member, and the member it no longer backs',
      (d) => Object.assign(nth(d.events, 3), { actorIds: ['rus'] }),
      [
        'data/pacts.json: pacts[0] (nato).members[1].joined: 1952-02-18 is not the date of any "joined" event of pact "nato" listing "tur" (no "joined" event lists it)',
        'data/events.json: events[3] (nato-joined-tur).actorIds[0]: "rus" is not a member of pact "nato"',
      ],
    ],
    [
      'an event about an unknown actor',
      (d) => Object.assign(nth(d.events, 0), { actorIds: ['usa', 'fra'] }),
      [
        'data/events.json: events[0] (nato-signed).actorIds[1]: "fra" is not the id of any actor in data/actors.json',
      ],
    ],
    [
      'a joined date that differs from its event',
      (d) => (at(d, 1).joined = '1952-02-19'),
      [
        'data/pacts.json: pacts[0] (nato).members[1].joined: 1952-02-19 is not the date of any "joined" event of pact "nato" listing "tur" (found 1952-02-18, events[3] (nato-joined-tur))',
      ],
    ],
    [
      'a left date with no event behind it',
      (d) => (at(d, 0).left = '1970'),
      [
        'data/pacts.json: pacts[0] (nato).members[0].left: 1970 is not the date of any "withdrew" or "terminated" event of pact "nato" listing "usa", nor the pact’s termination (no "withdrew" or "terminated" event lists it)',
      ],
    ],
    [
      'a member that left after the pact ended',
      (d) => {
        at(d, 0).left = '1970-01-01';
        Object.assign(nth(d.pacts, 0), { status: 'terminated' });
        d.events.push(
          event('nato-terminated', 'terminated', '1960-01-01'),
          event('w', 'withdrew', '1970-01-01', ['usa']),
        );
      },
      [
        'data/pacts.json: pacts[0] (nato).members[0].left: 1970-01-01 is after the pact ended (1960-01-01, events[4] (nato-terminated))',
      ],
    ],
    [
      'a member that left the day it joined',
      (d) => {
        at(d, 1).left = '1952-02-18';
        d.events.push(event('nato-withdrew-tur', 'withdrew', '1952-02-18', ['tur']));
      },
      ['data/pacts.json: pacts[0] (nato).members[1].left: 1952-02-18 is not after joined (1952-02-18)'],
    ],
    [
      'a year that is surely before the signing',
      (d) => Object.assign(nth(d.events, 1), { date: '1948' }),
      [
        'data/events.json: events[1] (nato-ratified-usa).date: ratified on 1948, before the pact was signed (1949-04-04, events[0] (nato-signed))',
      ],
    ],
    [
      'a termination before ratification',
      (d) => {
        Object.assign(nth(d.pacts, 0), { status: 'terminated' });
        d.events.push(event('nato-terminated', 'terminated', '1949-05'));
      },
      [
        'data/events.json: events[4] (nato-terminated).date: terminated on 1949-05, before the pact was ratified (1949-07-25, events[1] (nato-ratified-usa))',
      ],
    ],
    [
      'a ratification after the pact ended',
      (d) => {
        Object.assign(nth(d.pacts, 0), { status: 'terminated' });
        d.events.push(
          event('nato-terminated', 'terminated', '1950'),
          event('late', 'ratified', '1955', ['tur']),
        );
      },
      [
        'data/events.json: events[5] (late).date: ratified on 1955, after the pact ended (1950, events[4] (nato-terminated))',
      ],
    ],
    [
      'impossible dates in every date field',
      (d) => {
        Object.assign(nth(d.documents, 0), { published: '2024-02-30' });
        Object.assign(nth(d.actors, 0), {
          nuclear: { since: '1945-00', until: '2024-04-31' },
          dissolved: '1991-13',
        });
        at(d, 1).joined = '1952-02-31';
        Object.assign(nth(d.rivalries, 0), { since: '2014-99' });
      },
      [
        'data/documents.json: documents[0] (nato-brief).published: "2024-02-30" is not a valid date',
        'data/actors.json: actors[0] (usa).nuclear.since: "1945-00" is not a valid date',
        'data/actors.json: actors[0] (usa).nuclear.until: "2024-04-31" is not a valid date',
        'data/actors.json: actors[0] (usa).dissolved: "1991-13" is not a valid date',
        'data/pacts.json: pacts[0] (nato).members[1].joined: "1952-02-31" is not a valid date',
        'data/rivalries.json: rivalries[0] (usa-rus).since: "2014-99" is not a valid date',
      ],
    ],
    [
      'a passage that runs past the end of its document',
      (d) => Object.assign(nth(d.passages, 5), { end: 10_000 }),
      [
        `data/passages.json: passages[5] (nato-russia-rivalry).end: 10000 is past the end of data/documents/nato-brief.txt (${briefLength} characters)`,
      ],
    ],
    [
      'a passage that ends before it starts',
      (d) => Object.assign(nth(d.passages, 0), { start: 40, end: 30 }),
      ['data/passages.json: passages[0] (nato-signed-1949).end: 30 must be greater than start (40)'],
    ],
    [
      'a pact without events',
      (d) =>
        d.pacts.push({
          ...structuredClone(nth(d.pacts, 0)),
          id: 'nato-2',
          members: [{ actorId: 'usa' }],
          // Cites the passage that names it, so the only problem left is the missing events.
          passageIds: ['nato-signed-1949'],
        }) && nth(d.passages, 0).bearsOn?.push({ on: 'pact', id: 'nato-2', aspects: ['names'] }),
      ['data/pacts.json: pacts[1] (nato-2): has no events in data/events.json (expected at least one)'],
    ],
    [
      'a rivalry of an actor with itself',
      (d) => Object.assign(nth(d.rivalries, 0), { actorIds: ['usa', 'usa'] }),
      [
        'data/rivalries.json: rivalries[0] (usa-rus).actorIds[1]: a rivalry needs two different actors, got "usa" twice',
      ],
    ],
    [
      'a duplicate passage id',
      (d) => d.passages.push({ ...nth(d.passages, 0) }),
      [
        'data/passages.json: passages[6] (nato-signed-1949).id: duplicate id "nato-signed-1949" (first used by passages[0])',
      ],
    ],
  ])('%s', (_name, edit, expected) => {
    expect(run(edited(edit)).errors).toEqual(expected);
  });

  it('reports a document without its text and skips comparing its passages', () => {
    expect(run(clean, new Map()).errors).toEqual([
      'data/documents.json: documents[0] (nato-brief).file: data/documents/nato-brief.txt does not exist',
    ]);
  });

  it('warns about an uncited passage but still returns the dataset', () => {
    const result = validateDataset({
      collections: edited((d) => (nth(d.pacts, 0).passageIds = ['nato-signed-1949'])),
      documentTexts: loaded.input.documentTexts,
    });
    expect(result.ok).toBe(true);
    expect(result.warnings.map(formatIssue)).toEqual([
      'data/passages.json: passages[1] (nato-article-5): is not cited by any pact, event or rivalry',
    ]);
  });

  it('names files under the data folder it is given', () => {
    const data = edited((d) => (nth(d.pacts, 0).passageIds = []));
    const result = validateDataset(
      { collections: data, documentTexts: loaded.input.documentTexts },
      { dataDir: 'x/y' },
    );
    expect(result.ok ? [] : result.errors.map(formatIssue)).toEqual([
      'x/y/pacts.json: pacts[0] (nato).passageIds: cites no passage (expected at least one passage id)',
    ]);
  });

  it('accepts a left date backed by a withdrew event or by the pact’s termination', () => {
    const data = edited((d) => {
      at(d, 1).left = '1974';
      at(d, 0).left = '1991-12-26';
      Object.assign(nth(d.pacts, 0), { status: 'terminated' });
      d.events.push(
        event('nato-withdrew-tur', 'withdrew', '1974', ['tur']),
        event('nato-end', 'terminated', '1991-12-26'),
      );
    });
    expect(run(data)).toEqual({ errors: [], warnings: [] });
  });

  it('does not call a year-precise date out of order against a day inside that year', () => {
    expect(run(edited((d) => Object.assign(nth(d.events, 1), { date: '1949' })))).toEqual({
      errors: [],
      warnings: [],
    });
  });
});
