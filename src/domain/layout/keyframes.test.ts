import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../dates';
import { actorNodeId, buildGraphElements, pactHubId } from '../graph/buildGraphElements';
import { seedPositions } from '../graph/seedPositions';
import type { Actor, Dataset, Pact, PactEvent } from '../model';
import { buildTimelineIndex } from '../timeline';
import { tinyDataset } from '../../../tests/unit/support/tinyDataset';
import {
  buildFixedLayout,
  buildKeyframeLayout,
  keyframeDays,
  LAYOUT_K,
  type KeyframeLayout,
  type LayoutInput,
} from './keyframes';

// A world worked out by hand. Two camps from 1950: a–b (a bilateral defence treaty) and c–d–e (a multilateral
// one, drawn with a ◆ hub). s stands with a until 1960, then with c. Capitals are spread so that the seeds do not
// decide the answers: s starts nearer c than a.
const capitals: Record<string, [number, number]> = {
  a: [0, 0],
  b: [0, 20],
  c: [40, 0],
  d: [40, 20],
  e: [60, 10],
  s: [30, 10],
};

const actor = (id: string): Actor => ({
  id,
  name: id.toUpperCase(),
  kind: 'state',
  iso3: id.toUpperCase().padEnd(3, 'X'),
  region: 'europe',
  lat: capitals[id]![1],
  lon: capitals[id]![0],
});

// A defence treaty (the tiny dataset's, renamed): the obligation that ties hardest in the layout.
const treaty = tinyDataset().dataset.pacts[0]!;
const pact = (id: string, members: string[]): Pact => ({
  ...treaty,
  id,
  name: id,
  shortName: id,
  kind: members.length > 2 ? 'multilateral-security-organisation' : 'mutual-defence-treaty',
  members: members.map((actorId) => ({ actorId })),
});

const event = (pactId: string, type: PactEvent['type'], date: string): PactEvent => ({
  id: `${pactId}-${type}`,
  pactId,
  type,
  date,
  dateSource: 'public-record',
  passageIds: [],
});

const world: Pick<Dataset, 'actors' | 'pacts' | 'events'> = {
  actors: Object.keys(capitals).map(actor),
  pacts: [
    pact('ab', ['a', 'b']),
    pact('cde', ['c', 'd', 'e']),
    pact('as', ['a', 's']),
    pact('cs', ['c', 's']),
  ],
  // Founded in March 1950; s changes sides in June 1960.
  events: [
    'ab signed 1950-03-01',
    'cde signed 1950-03-01',
    'as signed 1950-03-01',
    'as terminated 1960-06-01',
  ]
    .concat('cs signed 1960-06-01')
    .map((line) => line.split(' ') as [string, PactEvent['type'], string])
    .map(([pactId, type, date]) => event(pactId, type, date)),
};
const span = { from: toDayNumber('1950-03-01'), to: toDayNumber('1970-06-01') };

function inputOf(dataset: Pick<Dataset, 'actors' | 'pacts' | 'events'>): LayoutInput {
  const elements = buildGraphElements(dataset);
  return {
    elements,
    pacts: dataset.pacts,
    timeline: buildTimelineIndex(dataset, 'signed'),
    seeds: seedPositions(elements, dataset.actors),
    span,
  };
}

const layout = buildKeyframeLayout(inputOf(world));
const year = (y: number) => layout.days.indexOf(toDayNumber(String(y)));

// State ids (`a`) name their nodes; other node ids (hubs) are used as they are.
function at(l: KeyframeLayout, frame: number, id: string): { x: number; y: number } {
  const n = l.ids.includes(id) ? l.ids.indexOf(id) : l.ids.indexOf(actorNodeId(id));
  expect(n, id).toBeGreaterThanOrEqual(0);
  return { x: l.frames[frame]![2 * n]!, y: l.frames[frame]![2 * n + 1]! };
}
const distance = (l: KeyframeLayout, frame: number, u: string, v: string) => {
  const p = at(l, frame, u);
  const q = at(l, frame, v);
  return Math.hypot(p.x - q.x, p.y - q.y);
};

describe('keyframeDays', () => {
  it('gives 1 January of every year from the first to the year after the last', () => {
    const days = keyframeDays(span);
    expect(days).toHaveLength(22);
    expect(days[0]).toBe(toDayNumber('1950-01-01'));
    expect(days.at(-1)).toBe(toDayNumber('1971-01-01'));
  });
});

describe('buildKeyframeLayout on a world worked out by hand', () => {
  it('is the same on every run and whatever order the records come in', () => {
    const shuffled = {
      actors: [...world.actors].reverse(),
      pacts: [...world.pacts].reverse(),
      events: [...world.events].reverse(),
    };
    const again = buildKeyframeLayout(inputOf(shuffled));
    expect(again.ids).toEqual(layout.ids);
    expect(again.frames).toEqual(layout.frames);
  });

  it('has one frame per keyframe day and every node of the graph in each, sorted by id', () => {
    expect(layout.frames).toHaveLength(22);
    expect(layout.ids).toEqual([...layout.ids].sort());
    expect(layout.ids).toContain(pactHubId('cde'));
    for (const frame of layout.frames) {
      expect(frame).toHaveLength(2 * layout.ids.length);
      expect(frame.every(Number.isFinite)).toBe(true);
    }
  });

  it('draws allies together: each state is nearer its ally than any state of the other camp', () => {
    const f = year(1955);
    for (const [ally, other] of [
      ['b', 'c'],
      ['b', 'd'],
      ['b', 'e'],
    ])
      expect(distance(layout, f, 'a', ally!)).toBeLessThan(distance(layout, f, 'a', other!));
    expect(distance(layout, f, 'c', 'd')).toBeLessThan(distance(layout, f, 'c', 'a'));
    // s starts nearer c (its capital), but in 1955 its ally is a.
    expect(distance(layout, f, 's', 'a')).toBeLessThan(distance(layout, f, 's', 'c'));
  });

  it('moves a state that changes sides over to its new ally', () => {
    expect(distance(layout, year(1959), 's', 'a')).toBeLessThan(distance(layout, year(1959), 's', 'c'));
    expect(distance(layout, year(1965), 's', 'c')).toBeLessThan(distance(layout, year(1965), 's', 'a'));
  });

  it('never lets two drawn nodes overlap: states 14 px, hubs 10 px in radius', () => {
    const radius = (id: string) => (id.startsWith('a:') ? 14 : 10);
    for (let f = 0; f < layout.frames.length; f++)
      for (const [i, u] of layout.ids.entries())
        for (const v of layout.ids.slice(i + 1))
          expect(distance(layout, f, u, v), `${u}–${v} in frame ${f}`).toBeGreaterThanOrEqual(
            radius(u) + radius(v),
          );
  });

  it('moves no node further from one year to the next than the step bound (2.5 K) and the overlap push', () => {
    const bound = 2.5 * LAYOUT_K + 2 * (14 + 8);
    for (let f = 1; f < layout.frames.length; f++)
      for (const id of layout.ids) {
        const p = at(layout, f - 1, id);
        const q = at(layout, f, id);
        expect(Math.hypot(p.x - q.x, p.y - q.y), `${id} into frame ${f}`).toBeLessThanOrEqual(bound);
      }
  });

  it('keeps last year’s places once the ties have not changed for three years', () => {
    // Keyframes are on 1 January. The ties first hold on 1951-01-01: 1951 and three more years relax, then 1955
    // to 1960 keep 1954's places. They change in June 1960 (s changes sides), so 1961 is laid out anew, 1962 to
    // 1964 still relax, and 1965 on keep 1964's places.
    const keeps = (from: number, to: number, kept: number) => {
      for (let y = from; y <= to; y++)
        expect(layout.frames[year(y)], String(y)).toBe(layout.frames[year(kept)]);
    };
    expect(layout.frames[year(1954)]).not.toEqual(layout.frames[year(1953)]);
    keeps(1955, 1960, 1954);
    expect(layout.frames[year(1961)]).not.toEqual(layout.frames[year(1960)]);
    expect(layout.frames[year(1964)]).not.toEqual(layout.frames[year(1963)]);
    keeps(1965, 1971, 1964);
  });
});

describe('buildFixedLayout', () => {
  it('gives one frame over all of history, the same on every run', () => {
    const fixed = buildFixedLayout(inputOf(world));
    expect(fixed.frames).toHaveLength(1);
    expect(fixed.days).toEqual(Int32Array.of(span.from));
    expect(buildFixedLayout(inputOf(world)).frames).toEqual(fixed.frames);
  });

  it('puts s between its two allies: nearer each of a and c than b, d or e are to it', () => {
    const fixed = buildFixedLayout(inputOf(world));
    for (const ally of ['a', 'c'])
      for (const other of ['b', 'd', 'e'])
        expect(distance(fixed, 0, 's', ally)).toBeLessThan(distance(fixed, 0, 's', other));
  });
});
