import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model';
import { datedRivalries } from './rivalrySince';

const rivalry = (id: string, since?: string) => ({
  id,
  actorIds: ['a', 'b'] as [string, string],
  summary: 's',
  passageIds: ['p'],
  ...(since ? { since, sinceNote: 'why' } : {}),
});

const dataset: Pick<Dataset, 'rivalries'> = {
  rivalries: [rivalry('dated', '1948'), rivalry('undated'), rivalry('recent', '2014-02')],
};

describe('datedRivalries', () => {
  it('counts each rivalry from its own start, unchanged', () => {
    const counted = datedRivalries(dataset);
    expect(counted.map((r) => [r.id, r.since])).toEqual([
      ['dated', '1948'],
      ['recent', '2014-02'],
    ]);
    expect(counted[0]).toBe(dataset.rivalries[0]);
  });

  it('never dates a rivalry by a document: one without a start is not counted at any date', () => {
    expect(datedRivalries(dataset).some((r) => r.id === 'undated')).toBe(false);
  });
});
