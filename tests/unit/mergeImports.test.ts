// @vitest-environment node
// A real COW excerpt imported beside the documents' dataset: one node per state, one pact per treaty known to
// both, carrying the documents' passages and the dataset's row.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mergeDatasets } from '../../src/domain/merge/mergeDatasets';
import { datasetSchema } from '../../src/domain/model/schema';
import { importIdentities } from '../../src/io/crosswalk/identities';
import { importAtop } from '../../src/io/import/atopImport';
import { importCow } from '../../src/io/import/cowImport';
import { fixture } from '../../src/io/import/testFixtures';
import { formatIssue } from '../../src/io/validation/issues';
import { validateDataset } from '../../src/io/validation/validateDataset';
import { loadDataFromDisk } from '../../scripts/loadDataFromDisk';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const loaded = loadDataFromDisk(`${ROOT}data`).input;
const documents = datasetSchema.parse(loaded.collections);
const cowFile = fixture('real/cow_v4.1_by_member_excerpt.csv');
const cow = importCow(cowFile.text, cowFile.name).dataset;
const merged = mergeDatasets(documents, cow, importIdentities(cow));
const atop = importAtop(fixture('real/atop5_1m_excerpt.csv'), fixture('real/atop5_1a_excerpt.csv')).dataset;
const mergedAtop = mergeDatasets(documents, atop, importIdentities(atop));

const pact = (id: string) => merged.pacts.find((p) => p.id === id);
const count = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length;

describe('COW beside the documents', () => {
  it("makes one NATO: the documents' pact, its passages and members, with COW 227's row", () => {
    expect(count(merged.pacts, (p) => /NATO/.test(p.shortName))).toBe(1);
    expect(pact('cow-227')).toBeUndefined();
    expect(pact('nato')?.passageIds).toEqual(documents.pacts.find((p) => p.id === 'nato')?.passageIds);
    expect(pact('nato')?.datasetRows).toEqual([
      {
        dataset: 'COW 4.1',
        alliance: '227',
        file: 'cow_v4.1_by_member_excerpt.csv',
        row: 74,
        differences: expect.any(Array),
      },
    ]);
    expect(merged.events.filter((e) => e.pactId === 'nato')).toEqual(
      documents.events.filter((e) => e.pactId === 'nato'),
    );
  });

  it.each([
    ['warsaw-pact', '243'],
    ['anzus', '232'],
    ['axis', '189'],
    ['prk-chn-1961', '265'],
  ])("makes one %s, with COW %s's row", (id, alliance) => {
    expect(pact(id)?.datasetRows?.map((r) => r.alliance)).toEqual([alliance]);
    expect(pact(`cow-${alliance}`)).toBeUndefined();
  });

  it("keeps one Soviet Union and one Russia: COW 365 before 1991 is the documents' sun", () => {
    expect(count(merged.actors, (a) => a.id === 'sun')).toBe(1);
    expect(count(merged.actors, (a) => a.id === 'rus')).toBe(1);
    expect(merged.actors.find((a) => a.id === 'sun')?.name).toBe('Soviet Union');
    expect(pact('cow-229')?.members.map((m) => m.actorId)).toEqual(['sun', 'chn']);
  });

  it("draws West Germany (COW 260) as the documents' frg, one node, which exists while it is a member", () => {
    expect(merged.actors.map((a) => a.id)).not.toContain('cow-gfr');
    expect(merged.pacts.flatMap((p) => p.members.map((m) => m.actorId))).not.toContain('cow-gfr');
    expect(count(merged.actors, (a) => a.name === 'West Germany')).toBe(1);
    expect(importIdentities(cow).actors?.get('cow-gfr')).toBe('frg');
    // Mapped onto Germany (deu, absent 1945–1990) West Germany's memberships would not be drawn at all.
    const frg = merged.actors.find((a) => a.id === 'frg');
    expect(
      frg?.existence?.some((s) => (s.from ?? '') <= '1960-01-01' && '1960-01-01' < (s.until ?? '9999')),
    ).toBe(true);
  });

  it('adds the pacts the documents lack, under the names people know, and stays valid', () => {
    expect(pact('cow-210')?.name).toBe('Rio Pact (Inter-American Treaty of Reciprocal Assistance, 1947)');
    expect(pact('cow-199')?.name).toBe('Arab League (1945)');
    expect(new Set(merged.actors.map((a) => a.id)).size).toBe(merged.actors.length);
    const result = validateDataset({ collections: merged, documentTexts: loaded.documentTexts });
    expect(result.ok ? [] : result.errors.map(formatIssue)).toEqual([]);
  });
});

describe('ATOP beside the documents', () => {
  it('makes one NATO and one 1960 US–Japan treaty, each with its ATOP row', () => {
    expect(
      mergedAtop.pacts.find((p) => p.id === 'nato')?.datasetRows?.map((r) => [r.dataset, r.alliance]),
    ).toEqual([['ATOP 5.1', '3180']]);
    expect(mergedAtop.pacts.find((p) => p.id === 'us-jpn')?.datasetRows?.map((r) => r.alliance)).toEqual([
      '3375',
    ]);
    expect(mergedAtop.pacts.some((p) => p.id === 'atop-3180' || p.id === 'atop-3375')).toBe(false);
    expect(count(mergedAtop.actors, (a) => a.id === 'sun')).toBe(1);
  });
});
