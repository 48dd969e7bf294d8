// @vitest-environment node
// Issue 9: a treaty known to both the documents and an imported dataset is one pact, and where the dataset's
// record differs (members, their dates, the pact's end) the merged pact says so. Real COW rows:
// tests/fixtures/import/real/SOURCE.md.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { datasetDifferences } from '../../src/domain/merge/datasetDifferences';
import { mergeDatasets } from '../../src/domain/merge/mergeDatasets';
import { datasetSchema } from '../../src/domain/model/schema';
import { importIdentities } from '../../src/io/crosswalk/identities';
import { importCow } from '../../src/io/import/cowImport';
import { fixture } from '../../src/io/import/testFixtures';
import { loadDataFromDisk } from '../../scripts/loadDataFromDisk';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const documents = datasetSchema.parse(loadDataFromDisk(`${ROOT}data`).input.collections);
const mergedWith = (name: string) => {
  const file = fixture(name);
  const cow = importCow(file.text, file.name).dataset;
  return mergeDatasets(documents, cow, importIdentities(cow));
};
const merged = mergedWith('real/cow_v4.1_by_member_excerpt.csv');
const differencesOf = (dataset: typeof merged, pactId: string) =>
  dataset.pacts.find((p) => p.id === pactId)?.datasetRows?.[0]?.differences;
/** A member the dataset dates `dataset` and the documents `here` (spans as `joined/left`). */
const memberDates = (actorId: string, dataset: string, here: unknown) => ({
  kind: 'member-dates',
  actorId,
  dataset,
  here,
});

describe("the dataset's record beside the documents' pact", () => {
  it('NATO (COW 227): Greece and Turkey dated by the 1951 protocol in COW, by accession here', () => {
    expect(differencesOf(merged, 'nato')).toContainEqual(memberDates('grc', '1951-10-22/', '1952-02-18/'));
    expect(differencesOf(merged, 'nato')).toContainEqual(
      memberDates('frg', '1954-10-23/1990-10-02', expect.stringMatching(/^1955-05-0\d\/1990-10-03$/)),
    );
  });

  it('NATO: COW 4.1 does not list the 2004 and 2009 members; those after 2012 are after its data end', () => {
    const nato = differencesOf(merged, 'nato') ?? [];
    expect(nato).toContainEqual({ kind: 'only-here', actorId: 'est', here: '2004-03-29/' });
    expect(nato).toContainEqual({ kind: 'only-here', actorId: 'hrv', here: '2009-04-01/' });
    expect(nato).toContainEqual({
      kind: 'only-here',
      actorId: 'swe',
      here: '2024-03-07/',
      afterCoverage: true,
    });
    expect(nato.filter((d) => d.afterCoverage).map((d) => d.actorId)).toEqual(['mne', 'mkd', 'fin', 'swe']);
  });

  it("the Warsaw Pact (COW 243): COW ends Hungary's membership in 1956 and Poland's in 1989; the documents do not", () => {
    expect(differencesOf(merged, 'warsaw-pact')).toContainEqual(memberDates('hun', '/1956-11-15', '/'));
    expect(differencesOf(merged, 'warsaw-pact')).toContainEqual(memberDates('pol', '/1989-08-07', '/'));
  });

  it('the 1951 US–Japan treaty (COW 233): superseded in 1960 here, one alliance to the end of the data in COW', () => {
    const states = mergedWith('real/cow_v4.1_states_excerpt.csv');
    expect(differencesOf(states, 'us-jpn-1951')).toEqual([{ kind: 'end', here: '1960-06-23' }]);
  });

  it('records agreement as an empty list: ANZUS has no difference but New Zealand’s suspension', () => {
    expect(differencesOf(merged, 'anzus')).toEqual([memberDates('nzl', '/1986-08-12', '/')]);
    expect(differencesOf(merged, 'prk-chn-1961')).toEqual([]);
  });
});

describe('datasetDifferences', () => {
  const member = (actorId: string, joined?: string, left?: string) => ({
    actorId,
    ...(joined ? { joined } : {}),
    ...(left ? { left } : {}),
  });
  const record = (members: ReturnType<typeof member>[], dates: [string, string][], censoredAt?: string) => ({
    pact: { members, ...(censoredAt ? { censoredAt } : {}) },
    events: dates.map(([type, date]) => ({ type: type as 'signed', date })),
  });

  it('agrees when one date is the other at a coarser precision', () => {
    expect(
      datasetDifferences(
        record([member('a', '1955-06'), member('b')], [['signed', '1955-06']]),
        record([member('a', '1955-06-04'), member('b')], [['signed', '1955-06-04']]),
      ),
    ).toEqual([]);
  });

  it('names members only one side lists, and a start and an end that differ', () => {
    expect(
      datasetDifferences(
        record(
          [member('a'), member('b')],
          [
            ['signed', '1949-04-04'],
            ['terminated', '1991-07-01'],
          ],
        ),
        record(
          [member('a'), member('c', '1950')],
          [
            ['signed', '1949-08-24'],
            ['terminated', '1991-03-31'],
          ],
        ),
      ),
    ).toEqual([
      { kind: 'only-in-dataset', actorId: 'c', dataset: '1950/' },
      { kind: 'only-here', actorId: 'b', here: '/' },
      { kind: 'start', here: '1949-04-04', dataset: '1949-08-24' },
      { kind: 'end', here: '1991-07-01', dataset: '1991-03-31' },
    ]);
  });

  it('does not count an end after the dataset’s data end against it', () => {
    expect(
      datasetDifferences(
        record(
          [member('a')],
          [
            ['signed', '1949'],
            ['terminated', '2020'],
          ],
        ),
        record([member('a')], [['signed', '1949']], '2012-12-31'),
      ),
    ).toEqual([]);
  });
});
