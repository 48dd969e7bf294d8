import { geoDistance } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import {
  chooseCentre,
  crossesEdge,
  greatCircleSamples,
  projectArc,
  sphericalCentroid,
  type LonLat,
} from './greatCircle';
import { fitProjection } from './project';

const WASHINGTON: LonLat = [-77.04, 38.91];
const TOKYO: LonLat = [139.69, 35.69];
const LONDON: LonLat = [-0.13, 51.51];
const CANBERRA: LonLat = [149.13, -35.28];
const FRAME = { width: 1600, height: 800, padding: 0 } as const;

describe('sphericalCentroid', () => {
  it('puts the middle of Washington and Tokyo over the North Pacific, not over Europe', () => {
    const [lon, lat] = sphericalCentroid([WASHINGTON, TOKYO]) as LonLat;
    // Over Alaska / the Bering Sea: west of 150°W or east of 170°E, far north.
    expect(lon < -150 || lon > 170).toBe(true);
    expect(lat).toBeGreaterThan(50);
  });

  it('is the place itself for one place, and halfway along for two', () => {
    expect(sphericalCentroid([LONDON])?.[0]).toBeCloseTo(LONDON[0], 9);
    const mid = sphericalCentroid([WASHINGTON, LONDON]) as LonLat;
    const [dA, dB] = [geoDistance([...mid], [...WASHINGTON]), geoDistance([...mid], [...LONDON])];
    expect(dA).toBeCloseTo(dB, 9);
  });
});

describe('greatCircleSamples', () => {
  it('runs from a to b in steps of at most 3°', () => {
    const samples = greatCircleSamples(WASHINGTON, TOKYO);
    expect(samples[0]?.[0]).toBeCloseTo(WASHINGTON[0], 6);
    expect(samples.at(-1)?.[1]).toBeCloseTo(TOKYO[1], 6);
    for (let i = 1; i < samples.length; i++)
      expect((geoDistance([...samples[i - 1]!], [...samples[i]!]) * 180) / Math.PI).toBeLessThanOrEqual(
        3 + 1e-9,
      );
  });

  it('takes Washington to Tokyo over Alaska (the shorter way, across the Pacific)', () => {
    const lons = greatCircleSamples(WASHINGTON, TOKYO).map(([lon]) => lon);
    expect(lons.some((lon) => lon < -150)).toBe(true);
    // Never over Europe or the Atlantic.
    expect(lons.some((lon) => lon > -60 && lon < 60)).toBe(false);
  });
});

describe('projectArc', () => {
  it('on a Pacific-centred map: one piece from Washington west across the middle to Tokyo', () => {
    const projection = fitProjection({ ...FRAME, centre: 150 });
    const pieces = projectArc(projection, WASHINGTON, TOKYO);
    expect(pieces).toHaveLength(1);
    const arc = pieces[0]!;
    const [dc, tokyo] = [projection([...WASHINGTON])!, projection([...TOKYO])!];
    expect(arc[0]!.x).toBeCloseTo(dc[0], 6);
    expect(arc.at(-1)!.x).toBeCloseTo(tokyo[0], 6);
    // Washington on the right, Tokyo left of the middle: the line runs west (leftwards) the whole way.
    expect(dc[0]).toBeGreaterThan(FRAME.width / 2);
    expect(tokyo[0]).toBeLessThan(FRAME.width / 2);
    arc.forEach((p, i) => i > 0 && expect(p.x).toBeLessThan(arc[i - 1]!.x));
    // Europe (London) lies left of Tokyo on this map: the arc never reaches it.
    const london = projection([...LONDON])!;
    expect(Math.min(...arc.map((p) => p.x))).toBeGreaterThan(london[0]);
  });

  it('on an Atlantic-centred map: cut in two at the map edge, each piece ending on the edge at one latitude', () => {
    const projection = fitProjection({ ...FRAME, centre: 10 });
    const pieces = projectArc(projection, WASHINGTON, TOKYO);
    expect(pieces).toHaveLength(2);
    const [first, second] = pieces as [(typeof pieces)[0], (typeof pieces)[0]];
    const exit = first.at(-1)!;
    const entry = second[0]!;
    // Washington's piece leaves by the left edge, Tokyo's comes in by the right one, at the same height.
    expect(exit.x).toBeLessThan(first[0]!.x);
    expect(entry.x).toBeGreaterThan(second.at(-1)!.x);
    expect(exit.y).toBeCloseTo(entry.y, 3);
    // On the edge itself: the sphere's outline at that height.
    const left = projection([10 - 179.999999, exitLat(projection, exit)])!;
    expect(exit.x).toBeCloseTo(left[0], 1);
  });

  it('stays in one piece for pacts that do not cross the edge (London–Washington on the Atlantic map)', () => {
    expect(projectArc(fitProjection({ ...FRAME, centre: 10 }), LONDON, WASHINGTON)).toHaveLength(1);
    expect(projectArc(fitProjection({ ...FRAME, centre: 150 }), CANBERRA, WASHINGTON)).toHaveLength(1);
  });
});

function exitLat(projection: ReturnType<typeof fitProjection>, p: { x: number; y: number }): number {
  return projection.invert!([p.x + 1e-6, p.y])![1];
}

describe('crossesEdge and chooseCentre', () => {
  it('knows which arcs each centre cuts', () => {
    expect(crossesEdge(WASHINGTON, TOKYO, 0)).toBe(true);
    expect(crossesEdge(WASHINGTON, TOKYO, 150)).toBe(false);
    expect(crossesEdge(WASHINGTON, LONDON, 150)).toBe(true);
    expect(crossesEdge(WASHINGTON, LONDON, 10)).toBe(false);
  });

  it('picks the centre that cuts fewest arcs, the first on a tie', () => {
    const pacific = [
      [WASHINGTON, TOKYO],
      [WASHINGTON, CANBERRA],
      [WASHINGTON, LONDON],
    ] as const;
    expect(chooseCentre(pacific, [150, 10])).toBe(150);
    const atlantic = [
      [WASHINGTON, LONDON],
      [LONDON, [2.35, 48.86]],
      [WASHINGTON, TOKYO],
      [WASHINGTON, [-3.7, 40.42]],
    ] as const;
    expect(chooseCentre(atlantic, [150, 10])).toBe(10);
    expect(chooseCentre([], [150, 10])).toBe(150);
  });
});
