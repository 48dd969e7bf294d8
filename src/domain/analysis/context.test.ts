import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../atlas/buildAtlas';
import { toDayNumber } from '../dates';
import type { Dataset } from '../model';
import { analysisContextOf, pairKey } from './context';
import { worldInput } from './testWorld';
import { DILEMMA_WORLD } from './worlds';

// A minimal but schema-complete dataset around the dilemma world, so buildAtlas accepts it.
function datasetOf(): Dataset {
  const input = worldInput(DILEMMA_WORLD);
  const obligations = {
    defence: true,
    offence: false,
    neutrality: false,
    nonAggression: false,
    consultation: false,
  };
  return {
    documents: [],
    passages: [],
    actors: input.actors.map((a) => ({ ...a, name: a.id, region: 'global', lat: 0, lon: 0 })),
    pacts: input.pacts.map((p) => ({
      ...p,
      name: p.id,
      shortName: p.id,
      obligations,
      summary: p.id,
      passageIds: [],
    })),
    events: input.events.map((e, i) => ({ ...e, id: `e${i}`, dateSource: 'public-record', passageIds: [] })),
    rivalries: input.rivalries.map((r) => ({ ...r, summary: r.id, passageIds: ['x'] })),
  };
}

describe('analysisContextOf', () => {
  const atlas = buildAtlas(datasetOf());

  it('builds one context per atlas and basis, on that basis’s timeline', () => {
    const signed = analysisContextOf(atlas, 'signed');
    expect(analysisContextOf(atlas, 'signed')).toBe(signed);
    const inForce = analysisContextOf(atlas, 'in-force');
    expect(inForce).not.toBe(signed);
    expect(inForce.timeline).toBe(atlas.timelines['in-force']);
    expect(analysisContextOf(buildAtlas(datasetOf()), 'signed')).not.toBe(signed);
  });

  it('reads states, dissolutions and rivalry dates from the dataset', () => {
    const ctx = analysisContextOf(atlas, 'signed');
    expect([...ctx.states].sort()).toEqual(['chn', 'ind', 'jpn', 'kor', 'prk', 'rus', 'sun', 'usa']);
    expect(ctx.dissolvedOn.get('sun')).toBe(toDayNumber('1991-12-26'));
    expect(ctx.rivalries.find((r) => r.id === 'kor-prk')?.since).toBe(toDayNumber('1948'));
    expect(ctx.rivalries.find((r) => r.id === 'usa-chn')?.since).toBeUndefined();
  });
});

describe('pairKey', () => {
  it('is the same in either order', () => {
    expect(pairKey('usa', 'kor')).toBe('kor|usa');
    expect(pairKey('kor', 'usa')).toBe('kor|usa');
  });
});
