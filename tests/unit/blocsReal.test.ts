// @vitest-environment node
// Blocs on a real COW v4.1 excerpt (tests/fixtures/import/real/SOURCE.md): on 1 January 1995 one Azerbaijan–Turkey
// treaty ties NATO to the CSTO, and the CSTO reaches China through North Korea. Components put the United States,
// Russia, China and North Korea in one bloc; split blocs keep NATO's and the CSTO's apart, named as people know them.
import { describe, expect, it } from 'vitest';
import { analysisContextOf, blocOf, blocsAt } from '../../src/domain/analysis';
import { buildAtlas } from '../../src/domain/atlas/buildAtlas';
import { toDayNumber } from '../../src/domain/dates';
import { importCow } from '../../src/io/import/cowImport';
import { fixture } from '../../src/io/import/testFixtures';

const file = fixture('real/cow_v4.1_chain_excerpt.csv');
const atlas = buildAtlas(importCow(file.text, file.name).dataset);
const ctx = analysisContextOf(atlas, 'signed');
const day = toDayNumber('1995-01-01');
const name = (blocId: string | undefined) =>
  atlas.pactById.get(blocId?.replace(/^bloc:/, '').split(':')[0] ?? '')?.shortName;

describe('blocs on the real COW 1995 chain', () => {
  it('as components: the US, Russia, China and North Korea in one bloc', () => {
    const partition = blocsAt(ctx, day);
    const us = blocOf(partition, 'usa');
    for (const id of ['rus', 'chn', 'prk']) expect(blocOf(partition, id)).toBe(us);
  });

  it('split: the Americas, NATO and the CSTO apart, each named by the pact people know', () => {
    const partition = blocsAt(ctx, day, { split: true });
    const of = (id: string) => blocOf(partition, id)?.id;
    expect(of('usa')).not.toBe(of('rus'));
    expect(of('gbr')).not.toBe(of('rus'));
    expect(of('kaz')).toBe(of('rus'));
    expect(name(of('gbr'))).toBe('NATO');
    expect(name(of('kaz'))).toBe('CSTO');
    expect(name(of('bra'))).toBe('Rio Pact');
    // Every state of the component is in exactly one bloc.
    const members = partition.blocs.flatMap((b) => b.members);
    expect(new Set(members).size).toBe(members.length);
    expect(members.sort()).toEqual(
      blocsAt(ctx, day)
        .blocs.flatMap((b) => b.members)
        .sort(),
    );
  });

  it('is deterministic: the same day gives the same blocs', () => {
    expect(blocsAt(ctx, day, { split: true })).toEqual(blocsAt(ctx, day, { split: true }));
  });
});
