import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../dates';
import { allyOfRivalPaths, rivalriesAt, type RivalAllyPath } from './rivalries';
import type { TieOptions } from './ties';
import { worldContext } from './testWorld';
import { DILEMMA_WORLD } from './worlds';

const ctx = worldContext(DILEMMA_WORLD);

describe('rivalriesAt', () => {
  it.each<[string, string[]]>([
    // Undated rivalries count at every date.
    ['1940', ['chn-jpn', 'kor-chn', 'usa-chn']],
    ['1949', ['chn-jpn', 'kor-chn', 'kor-prk', 'sun-usa', 'usa-chn']],
    ['1950', ['chn-jpn', 'kor-chn', 'kor-prk', 'sun-usa', 'usa-chn', 'usa-prk']],
    ['1991-12-25', ['chn-jpn', 'kor-chn', 'kor-prk', 'sun-usa', 'usa-chn', 'usa-prk']],
    // The Soviet Union is dissolved on 1991-12-26: its rivalry ends with it.
    ['1991-12-26', ['chn-jpn', 'kor-chn', 'kor-prk', 'usa-chn', 'usa-prk']],
  ])('on %s', (iso, expected) => {
    expect(
      rivalriesAt(ctx, toDayNumber(iso))
        .map((r) => r.id)
        .sort(),
    ).toEqual(expected);
  });
});

// Paths written as S–viaPacts–via~viaRival–rivalPacts–rival (spillover) or S–viaPacts–via–rivalPacts–rival.
const show = (actorId: string) => (p: RivalAllyPath) =>
  p.kind === 'spillover'
    ? `${actorId}–${p.viaPacts.join('+')}–${p.via} ~${p.viaRivalryId}~ ${p.viaRival}–${p.rivalPacts.join('+')}–${p.rival} (${p.rivalryId})`
    : `${actorId}–${p.viaPacts.join('+')}–${p.via}–${p.rivalPacts.join('+')}–${p.rival} (${p.rivalryId})`;

describe('allyOfRivalPaths on the dilemma world', () => {
  it.each<[string, string, TieOptions, string[]]>([
    [
      // Seitz: South Korea's ally the United States is China's rival, and China is North Korea's ally;
      // symmetrically the United States is North Korea's rival, and North Korea is China's ally.
      'kor',
      '2020',
      {},
      [
        'kor–us-kor–usa ~usa-prk~ prk–chn-prk–chn (kor-chn)',
        'kor–us-kor–usa ~usa-chn~ chn–chn-prk–prk (kor-prk)',
      ],
    ],
    // Before the 1961 China–North Korea treaty nothing carries the spiral across.
    ['kor', '1955', {}, []],
    // India is tied to Japan by the Quad and to China by the SCO: a cross-cutting shared ally.
    [
      'jpn',
      '2020',
      { scope: 'all' },
      ['jpn–quad–ind–sco–chn (chn-jpn)', 'jpn–quad+us-jpn–usa ~usa-prk~ prk–chn-prk–chn (chn-jpn)'],
    ],
    ['jpn', '2020', {}, ['jpn–us-jpn–usa ~usa-prk~ prk–chn-prk–chn (chn-jpn)']],
    // India joins the SCO and the Quad forms only in 2017.
    ['jpn', '2010', { scope: 'all' }, ['jpn–us-jpn–usa ~usa-prk~ prk–chn-prk–chn (chn-jpn)']],
    [
      'usa',
      '2020',
      {},
      [
        'usa–us-kor–kor ~kor-prk~ prk–chn-prk–chn (usa-chn)',
        'usa–us-jpn–jpn ~chn-jpn~ chn–chn-prk–prk (usa-prk)',
        'usa–us-kor–kor ~kor-chn~ chn–chn-prk–prk (usa-prk)',
      ],
    ],
    // From China's side: its ally North Korea is the rival of the United States (Japan's and South Korea's
    // ally) and of South Korea (the United States' ally).
    [
      'chn',
      '2020',
      {},
      [
        'chn–chn-prk–prk ~usa-prk~ usa–us-jpn–jpn (chn-jpn)',
        'chn–chn-prk–prk ~usa-prk~ usa–us-kor–kor (kor-chn)',
        'chn–chn-prk–prk ~kor-prk~ kor–us-kor–usa (usa-chn)',
      ],
    ],
    ['nobody', '2020', {}, []],
  ])('%s in %s %o', (actorId, iso, options, expected) => {
    expect(allyOfRivalPaths(ctx, actorId, toDayNumber(iso), options).map(show(actorId))).toEqual(expected);
  });
});
