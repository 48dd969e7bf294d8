// Findings on the real dataset (data/*.json, parsed with the dataset schema), printed for the notes.
// Every expectation is derived from the pacts' own member lists, not copied from the functions' output.
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../atlas/buildAtlas';
import { dayToIso, toDayNumber } from '../dates';
import actors from '../../../data/actors.json';
import documents from '../../../data/documents.json';
import events from '../../../data/events.json';
import pacts from '../../../data/pacts.json';
import passages from '../../../data/passages.json';
import rivalries from '../../../data/rivalries.json';
import { datasetSchema } from '../model/schema';
import { blocOf, blocSeries, blocsAt } from './blocs';
import { centralityAt, topConnected } from './centrality';
import { communitiesAt } from './communities';
import { compareDates } from './compareDates';
import { analysisContextOf } from './context';
import { allyOfRivalPaths } from './rivalries';
import { TIMELINE_BASES, type TimelineBasis } from '../timeline';

// The JSON files are read directly (not through the app's loader) so these findings depend only on the data.
const atlas = buildAtlas(datasetSchema.parse({ documents, passages, actors, pacts, events, rivalries }));
const D1960 = toDayNumber('1960-01-01');
const D1990 = toDayNumber('1990-01-01');
const D2025 = toDayNumber('2025-01-01');

/** States that are members of the named pacts on a day, read from the timeline's memberships. */
function membersOn(basis: TimelineBasis, day: number, pactIds: readonly string[]): string[] {
  const states = new Set(atlas.dataset.actors.filter((a) => a.kind === 'state').map((a) => a.id));
  const ids = atlas.timelines[basis]
    .activeAt(day)
    .memberships.filter((m) => pactIds.includes(m.pactId) && states.has(m.actorId))
    .map((m) => m.actorId);
  return [...new Set(ids)].sort();
}

const sizes = (basis: TimelineBasis, day: number, scope: 'defence' | 'all' = 'defence') =>
  blocsAt(analysisContextOf(atlas, basis), day, { scope }).blocs.map((b) => `${b.id}: ${b.members.length}`);

describe.each(TIMELINE_BASES)('findings on the real dataset (%s basis)', (basis) => {
  const ctx = analysisContextOf(atlas, basis);

  it('1960: NATO and its US-linked allies form one bloc, the Warsaw Pact another', () => {
    const partition = blocsAt(ctx, D1960);
    console.log(`[${basis}] blocs on 1960-01-01:`, sizes(basis, D1960), 'unaligned:', partition.unaligned);
    const west = membersOn(basis, D1960, ['nato', 'seato', 'anzus', 'us-kor', 'us-twn-1954', 'us-phl']);
    const east = membersOn(basis, D1960, ['warsaw-pact']);
    expect(partition.blocs.map((b) => b.members)).toEqual([west, east]);
    expect(blocOf(partition, 'usa')?.id).toBe('bloc:nato');
    expect(blocOf(partition, 'sun')?.id).toBe('bloc:warsaw-pact');
  });

  it('2025: the US-centred bloc and a China–North Korea–Russia bloc; one latticework with every kind of pact', () => {
    const partition = blocsAt(ctx, D2025);
    console.log(`[${basis}] blocs on 2025-01-01:`, sizes(basis, D2025), 'unaligned:', partition.unaligned);
    const hubAndSpokes = ['us-jpn', 'us-kor', 'us-phl', 'us-tha', 'anzus'];
    const west = membersOn(basis, D2025, ['nato', ...hubAndSpokes]);
    const east = membersOn(basis, D2025, ['prk-chn-1961', 'rus-prk-2024']);
    expect(east).toEqual(['chn', 'prk', 'rus']);
    expect(partition.blocs.map((b) => b.members)).toEqual([west, east]);

    const all = blocsAt(ctx, D2025, { scope: 'all' });
    console.log(`[${basis}] blocs on 2025-01-01, every pact kind:`, sizes(basis, D2025, 'all'));
    // India sits in both the Quad (with the US and Japan) and the SCO (with China and Russia).
    expect(all.blocs).toHaveLength(1);
    expect(all.blocs[0]?.members).toEqual(expect.arrayContaining(['usa', 'ind', 'chn', 'rus', 'prk']));
  });

  it('2025: the United States is the most connected state', () => {
    const top = topConnected(centralityAt(ctx, D2025), 5);
    console.log(
      `[${basis}] top 5 by degree on 2025-01-01:`,
      top.map((c) => `${c.actorId} ${c.degree} (betweenness ${c.betweenness.toFixed(1)})`),
    );
    // NATO allies, the four bilateral treaty allies and Australia through ANZUS (New Zealand's tie to the US
    // has been suspended since 1986).
    const natoAllies = membersOn(basis, D2025, ['nato']).filter((id) => id !== 'usa');
    const expected = natoAllies.length + ['jpn', 'kor', 'phl', 'tha', 'aus'].length;
    expect(top[0]).toMatchObject({ actorId: 'usa', degree: expected });
    expect(top[1]?.degree).toBe(natoAllies.length);
  });

  it('1990 → 2025: the Warsaw Pact ended, NATO grew, new arrangements formed, the first Quad came and went', () => {
    const c = compareDates(ctx.timeline, D2025, D1990, atlas.pactById.keys());
    console.log(`[${basis}] 1990-01-01 → 2025-01-01:`, {
      formed: c.formed,
      ended: c.ended,
      transient: c.transient,
      continuing: c.continuing.length,
      joined: c.joined.map((m) => m.key),
    });
    expect(c.ended).toEqual(['warsaw-pact']);
    expect(c.formed).toEqual(expect.arrayContaining(['aukus', 'quad', 'rus-prk-2024', 'sco']));
    expect(c.transient).toEqual(['quad-2007']);
    expect(c.continuing).toEqual(expect.arrayContaining(['nato', 'us-jpn', 'us-kor', 'prk-chn-1961']));
    const accessions = (atlas.pactById.get('nato')?.members ?? [])
      .filter((m) => m.joined && toDayNumber(m.joined) > D1990 && toDayNumber(m.joined) <= D2025)
      .map((m) => `nato/${m.actorId}`)
      .sort();
    expect(c.joined.map((m) => m.key)).toEqual(accessions);
  });

  it("2020: South Korea's alliance with the US meets China's with North Korea (Seitz)", () => {
    const paths = allyOfRivalPaths(ctx, 'kor', toDayNumber('2020-01-01'));
    console.log(`[${basis}] ally-of-my-rival paths of South Korea on 2020-01-01:`, JSON.stringify(paths));
    expect(paths).toContainEqual(
      expect.objectContaining({ kind: 'spillover', rival: 'prk', via: 'usa', viaRival: 'chn' }),
    );
    expect(paths).toContainEqual(
      expect.objectContaining({ kind: 'spillover', rival: 'chn', via: 'usa', viaRival: 'prk' }),
    );
    expect(paths.every((p) => p.viaPacts.includes('us-kor') && p.rivalPacts.includes('prk-chn-1961'))).toBe(
      true,
    );
  });

  it('bloc series and Louvain communities (printed for the notes)', () => {
    const series = blocSeries(ctx, toDayNumber('1945-01-01'), D2025, 9);
    console.log(
      `[${basis}] blocs every 10 years:`,
      series.map((s) => `${dayToIso(s.day)}: ${s.count} (${s.sizes.join('/')})`),
    );
    const c1960 = communitiesAt(ctx, D1960);
    console.log(
      `[${basis}] Louvain 1960:`,
      c1960.communities.map((c) => `${c.id} [${c.members.join(' ')}]`),
      `modularity ${c1960.modularity.toFixed(3)}`,
    );
    // The bloc count at each sample matches blocsAt, and communities never cross blocs.
    for (const s of series) expect(s.count).toBe(blocsAt(ctx, s.day).blocs.length);
    const blocIds = new Set(blocsAt(ctx, D1960).blocs.map((b) => b.id));
    expect(c1960.communities.every((c) => blocIds.has(c.blocId))).toBe(true);
  });
});
