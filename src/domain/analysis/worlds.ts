// Test fixtures: the hand-made worlds whose answers the tests work out by hand (not imported by app code).
import type { WorldSpec } from './testWorld';

/**
 * Blocs world. Spans: alpha 1950– (c leaves 1970, d joins 1960), anz 1951– (a–f suspended 1986),
 * gamma 1952– (no defence), delta 1953– (j with an organisation), beta 1955–1980, dream proposed 1956,
 * omega 1960–, blip 1972–1975.
 */
export const BLOCS_WORLD: WorldSpec = {
  states: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'],
  organizations: ['o'],
  pacts: [
    { id: 'alpha', members: ['a', 'b', 'c@..1970', 'd@1960'], signed: '1950' },
    { id: 'anz', members: ['a', 'e', 'f'], signed: '1951' },
    { id: 'gamma', members: ['a', 'f', 'i'], signed: '1952', defence: false },
    { id: 'delta', members: ['j', 'o'], signed: '1953' },
    { id: 'beta', members: ['c', 'e'], signed: '1955', ended: '1980' },
    { id: 'dream', members: ['e', 'k'], signed: '1956', kind: 'proposed-pact' },
    { id: 'omega', members: ['g', 'h'], signed: '1960' },
    { id: 'blip', members: ['b', 'c'], signed: '1972', ended: '1975' },
  ],
  extraEvents: [{ pactId: 'anz', type: 'suspended', date: '1986', actorIds: ['a', 'f'] }],
};

/** Seitz's inter-alliance security dilemma in miniature, plus a cross-cutting India and a dissolved rival. */
export const DILEMMA_WORLD: WorldSpec = {
  states: ['kor', 'usa', 'chn', 'prk', 'jpn', 'ind', 'rus', 'sun'],
  dissolved: { sun: '1991-12-26' },
  pacts: [
    { id: 'us-kor', members: ['usa', 'kor'], signed: '1953' },
    { id: 'us-jpn', members: ['usa', 'jpn'], signed: '1960' },
    { id: 'chn-prk', members: ['chn', 'prk'], signed: '1961' },
    { id: 'sco', members: ['chn', 'rus', 'ind@2017'], signed: '2001', defence: false },
    { id: 'quad', members: ['usa', 'jpn', 'ind'], signed: '2017', defence: false },
  ],
  rivalries: [
    ['kor', 'prk', '1948'],
    ['usa', 'chn'],
    ['kor', 'chn'],
    ['chn', 'jpn'],
    ['usa', 'prk', '1950'],
    ['sun', 'usa', '1947'],
  ],
};
