// @vitest-environment node
// The crosswalk is data: valid against its schema, each id mapped once, every documents' pact it names real,
// and every mapping that the real-file excerpts contain agreeing with them (scripts/check-crosswalk.ts checks all
// of it against the whole files).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixture } from '../import/testFixtures';
import { CROSSWALK, crosswalkProblems, crosswalkSchema, indexCrosswalk } from './crosswalk';
import { checkCrosswalk, observeAtop, observeCow } from './checkCrosswalk';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const raw: unknown = JSON.parse(readFileSync(`${ROOT}data/crosswalk/alliances.json`, 'utf8'));
const pactIds = new Set(
  (JSON.parse(readFileSync(`${ROOT}data/pacts.json`, 'utf8')) as { id: string }[]).map((p) => p.id),
);
const crosswalk = crosswalkSchema.parse(raw);

describe('data/crosswalk/alliances.json', () => {
  it('is valid, names at least 60 alliances, each dataset id once', () => {
    expect(crosswalk.alliances.length).toBeGreaterThanOrEqual(60);
    expect(crosswalkProblems(crosswalk)).toEqual([]);
    expect(CROSSWALK.entries).toHaveLength(crosswalk.alliances.length);
  });

  it('maps the best-known alliances to the names people know', () => {
    const name = (family: 'cow' | 'atop', id: number) => CROSSWALK.find(family, id)?.shortName;
    expect([
      name('cow', 227),
      name('atop', 3285),
      name('cow', 210),
      name('cow', 199),
      name('cow', 232),
      name('cow', 238),
      name('cow', 241),
      name('cow', 67),
      name('cow', 74),
      name('cow', 77),
      name('cow', 189),
      name('atop', 4220),
      name('cow', 229),
      name('cow', 265),
    ]).toEqual([
      'NATO',
      'Warsaw Pact',
      'Rio Pact',
      'Arab League',
      'ANZUS',
      'SEATO',
      'CENTO',
      'Triple Alliance',
      'Franco-Russian Alliance',
      'Anglo-Japanese Alliance',
      'Axis',
      'CSTO',
      'Sino-Soviet 1950',
      'China–North Korea',
    ]);
  });

  it('maps only to pacts of data/pacts.json, and the treaties both know', () => {
    const { problems } = checkCrosswalk(crosswalk, new Map(), { pactIds });
    expect(problems).toEqual([]);
    const mapped = Object.fromEntries(crosswalk.alliances.flatMap((e) => (e.pact ? [[e.pact, e.id]] : [])));
    expect(mapped).toMatchObject({
      nato: 'nato',
      'warsaw-pact': 'warsaw-pact',
      anzus: 'anzus',
      seato: 'seato',
      axis: 'tripartite-pact',
      'us-jpn': 'us-japan-treaty-1960',
      'us-phl': 'us-philippines-mdt',
      'us-kor': 'us-korea-mdt',
      'us-twn-1954': 'us-roc-mdt',
      'prk-chn-1961': 'sino-north-korean-treaty',
    });
  });

  it('agrees with the real rows the excerpts hold: starts and member codes', () => {
    const observed = observeAtop(
      fixture('real/atop5_1m_excerpt.csv').text,
      fixture('real/atop5_1a_excerpt.csv').text,
      observeCow(fixture('real/cow_v4.1_by_member_excerpt.csv').text),
    );
    const { problems, checked } = checkCrosswalk(crosswalk, observed);
    expect(problems).toEqual([]);
    // COW 1, 38, 189, 199, 210, 227, 229, 232, 243, 264, 265 and ATOP 2515, 3180, 3215, 3285, 3375, 3440.
    expect(checked).toBe(17);
  });

  it('reports a mapping that contradicts the file, an id mapped twice and an unknown pact', () => {
    const broken = crosswalkSchema.parse(raw);
    const nato = broken.alliances.find((e) => e.id === 'nato');
    if (!nato?.cow?.[0]) throw new Error('no NATO in the crosswalk');
    nato.cow[0] = { ...nato.cow[0], start: '1949-04-05' };
    nato.pact = 'no-such-pact';
    broken.alliances.push({ ...nato, id: 'nato-again' });
    const observed = observeCow(fixture('real/cow_v4.1_by_member_excerpt.csv').text);
    expect(checkCrosswalk(broken, observed, { pactIds }).problems).toContain(
      'nato: COW 227 starts 1949-04-04 in the file, not 1949-04-05',
    );
    expect(checkCrosswalk(broken, observed, { pactIds }).problems).toContain(
      'nato: pact "no-such-pact" is not in data/pacts.json',
    );
    expect(crosswalkProblems(broken)).toContain('nato-again: COW 227 is already mapped by nato');
    expect(indexCrosswalk(broken).find('cow', 227)?.id).toBe('nato-again');
  });
});
