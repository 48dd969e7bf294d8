// Findings on the real dataset (data/*.json, parsed with the dataset schema), checked against lists worked out by
// hand from data/pacts.json and data/events.json (members, join and leave dates), never from the functions' output.
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
import { TIMELINE_BASES } from '../timeline';

// The JSON files are read directly (not through the app's loader) so these findings depend only on the data.
const atlas = buildAtlas(datasetSchema.parse({ documents, passages, actors, pacts, events, rivalries }));
const D1960 = toDayNumber('1960-01-01');
const D1990 = toDayNumber('1990-01-01');
const D2025 = toDayNumber('2025-01-01');

// NATO on 1 January 1960: the twelve founders, Greece and Turkey (1952) and West Germany (1955).
const NATO_1960 = 'bel can dnk fra frg gbr grc isl ita lux nld nor prt tur usa'.split(' ');
// NATO on 1 January 2025: the founders, Greece, Turkey, Spain, Germany (West Germany's place from 1990) and
// every enlargement up to Sweden (2024-03-07).
const NATO_2025 = (
  'alb bel bgr can cze deu dnk esp est fin fra gbr grc hrv hun isl ' +
  'ita ltu lux lva mkd mne nld nor pol prt rou svk svn swe tur usa'
).split(' ');
const sorted = (ids: readonly string[]) => [...ids].sort();

describe.each(TIMELINE_BASES)('findings on the real dataset (%s basis)', (basis) => {
  const ctx = analysisContextOf(atlas, basis);

  it('1960: NATO and its US-linked allies form one bloc of 22, the Warsaw Pact another of 8', () => {
    const partition = blocsAt(ctx, D1960);
    // NATO, then SEATO (Australia, New Zealand, Pakistan, the Philippines, Thailand), ANZUS and the US treaties
    // with South Korea, Taiwan and the Philippines; the US–Japan treaty is signed only on 1960-01-19.
    const west = sorted([...NATO_1960, 'aus', 'nzl', 'pak', 'phl', 'tha', 'kor', 'twn']);
    // The Warsaw Pact's eight: Albania leaves only in 1968, East Germany in 1990.
    const east = ['alb', 'bgr', 'csk', 'ddr', 'hun', 'pol', 'rou', 'sun'];
    expect(west).toHaveLength(22);
    expect(partition.blocs.map((b) => b.members)).toEqual([west, east]);
    expect(blocOf(partition, 'usa')?.id).toBe('bloc:nato');
    expect(blocOf(partition, 'sun')?.id).toBe('bloc:warsaw-pact');
    expect(blocOf(partition, 'jpn')).toBeUndefined();
  });

  it('2025: the US-centred bloc and a China–North Korea–Russia bloc; one latticework with every kind of pact', () => {
    const partition = blocsAt(ctx, D2025);
    // NATO's 32 with the US treaty allies (Japan, South Korea, the Philippines, Thailand) and ANZUS: New Zealand's
    // tie to the US is suspended since 1986, but its tie to Australia holds it in the bloc.
    const west = sorted([...NATO_2025, 'jpn', 'kor', 'phl', 'tha', 'aus', 'nzl']);
    expect(partition.blocs.map((b) => b.members)).toEqual([west, ['chn', 'prk', 'rus']]);

    const all = blocsAt(ctx, D2025, { scope: 'all' });
    // India sits in both the Quad (with the US and Japan) and the SCO (with China and Russia).
    expect(all.blocs).toHaveLength(1);
    expect(all.blocs[0]?.members).toEqual(expect.arrayContaining(['usa', 'ind', 'chn', 'rus', 'prk']));
  });

  it('2025: the United States is the most connected state, then each other NATO member', () => {
    const top = topConnected(centralityAt(ctx, D2025), 5);
    // The US: its 31 NATO allies, the four bilateral treaty allies and Australia through ANZUS (New Zealand's
    // tie to it suspended). Every other NATO member: its 31 NATO allies.
    expect(NATO_2025).toHaveLength(32);
    expect(top[0]).toMatchObject({ actorId: 'usa', degree: 31 + 5 });
    expect(top.slice(1).map((c) => c.degree)).toEqual([31, 31, 31, 31]);
    expect(top.slice(1).every((c) => NATO_2025.includes(c.actorId))).toBe(true);
  });

  it('1990 → 2025: the Warsaw Pact ended, NATO grew, new arrangements formed, the first Quad came and went', () => {
    const c = compareDates(ctx.timeline, D2025, D1990, atlas.pactById.keys());
    expect(c.ended).toEqual(['warsaw-pact']);
    expect(c.formed).toEqual(expect.arrayContaining(['aukus', 'quad', 'rus-prk-2024', 'sco']));
    expect(c.transient).toEqual(['quad-2007']);
    expect(c.continuing).toEqual(expect.arrayContaining(['nato', 'us-jpn', 'us-kor', 'prk-chn-1961']));
    // Germany (reunification, 1990-10-03), 1999, 2004, 2009, 2017, 2020, Finland 2023 and Sweden 2024.
    const accessions = ['deu', 'cze', 'hun', 'pol', 'bgr', 'est', 'lva', 'ltu', 'rou', 'svk', 'svn']
      .concat(['alb', 'hrv', 'mne', 'mkd', 'fin', 'swe'])
      .map((id) => `nato/${id}`);
    expect(c.joined.map((m) => m.key)).toEqual(sorted(accessions));
  });

  it("2020: South Korea's alliance with the US meets China's with North Korea (Seitz)", () => {
    const paths = allyOfRivalPaths(ctx, 'kor', toDayNumber('2020-01-01'));
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

  it('the bloc series ends with 2025’s two blocs, and Louvain communities never cross a bloc', () => {
    const series = blocSeries(ctx, toDayNumber('1945-01-01'), D2025, 9);
    expect(series).toHaveLength(9);
    expect(series.map((s) => dayToIso(s.day))).toContain('1965-01-01');
    expect(series.at(-1)).toEqual({ day: D2025, count: 2, sizes: [38, 3] });
    const c1960 = communitiesAt(ctx, D1960);
    const blocIds = new Set(['bloc:nato', 'bloc:warsaw-pact']);
    expect(c1960.communities.every((c) => blocIds.has(c.blocId))).toBe(true);
    // The Warsaw Pact's eight are too tightly knit to split.
    expect(c1960.communities.filter((c) => c.blocId === 'bloc:warsaw-pact')).toHaveLength(1);
  });
});
