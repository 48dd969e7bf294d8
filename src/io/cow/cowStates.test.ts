import { describe, expect, it } from 'vitest';
import { actorSchema } from '../../domain/model/schema';
import { COW_STATES, cowActorId } from './cowStates';

const states = [...COW_STATES.values()];

describe('COW state table', () => {
  it('covers the 217 codes of the State System Membership List v2016, from 2 to 990', () => {
    expect(states).toHaveLength(217);
    expect(Math.min(...COW_STATES.keys())).toBe(2);
    expect(Math.max(...COW_STATES.keys())).toBe(990);
  });

  it.each([
    [2, 'usa', 'USA', 'USA'],
    [200, 'gbr', 'GBR', 'UKG'],
    [255, 'deu', 'DEU', 'GMY'],
    [260, 'cow-gfr', 'DEU', 'GFR'],
    [265, 'ddr', 'DDR', 'GDR'],
    [300, 'cow-auh', undefined, 'AUH'],
    [305, 'aut', 'AUT', 'AUS'],
    [315, 'csk', 'CSK', 'CZE'],
    [316, 'cze', 'CZE', 'CZR'],
    [345, 'yug', 'YUG', 'YUG'],
    [365, 'rus', 'RUS', 'RUS'],
    [678, 'cow-yar', undefined, 'YAR'],
    [679, 'yem', 'YEM', 'YEM'],
    [680, 'ymd', 'YMD', 'YPR'],
    [730, 'cow-kor', undefined, 'KOR'],
    [732, 'kor', 'KOR', 'ROK'],
    [817, 'cow-rvn', undefined, 'RVN'],
    [900, 'aus', 'AUS', 'AUL'],
  ])('ccode %i is actor %s (ISO %s, COW %s)', (ccode, id, iso3, abbreviation) => {
    const state = COW_STATES.get(ccode);
    expect(state && cowActorId(state)).toBe(id);
    expect(state?.iso3).toBe(iso3);
    expect(state?.abbreviation).toBe(abbreviation);
  });

  it('gives every state a distinct actor id and abbreviation', () => {
    expect(new Set(states.map(cowActorId)).size).toBe(states.length);
    expect(new Set(states.map((s) => s.abbreviation)).size).toBe(states.length);
  });

  it('makes actors that pass the schema', () => {
    for (const state of states) {
      const { name, region, lat, lon, iso3 } = state;
      const actor = {
        id: cowActorId(state),
        name,
        kind: 'state',
        region,
        lat,
        lon,
        ...(iso3 ? { iso3 } : {}),
      };
      expect(actorSchema.safeParse(actor).error?.issues ?? []).toEqual([]);
    }
  });
});
