import { describe, expect, it } from 'vitest';
import { toDayNumber as d } from '../../src/domain/dates';
import { memberIdsAt, pactMembersAt } from '../../src/domain/membership';
import { NATO_MEMBERS_1960 } from '../fixtures/documentsFacts';
import { loadRealAtlas } from './support/atlasFixtures';

// The documents' dataset: NATO's members on 1 January 1960, worked out by hand from data/pacts.json.
const atlas = loadRealAtlas();
const nato = atlas.pactById.get('nato')!;
const at = (iso: string) =>
  pactMembersAt(nato, atlas.timelines.signed.pactSpan('nato'), atlas.actorById, d(iso));
const names = (list: { member: { actorId: string } }[]) => list.map((m) => m.member.actorId).sort();

describe('pactMembersAt on the documents’ dataset', () => {
  it('NATO on 1960-01-01: the twelve founders, Greece, Turkey and West Germany; no Poland, Hungary, Finland, Sweden or Baltics', () => {
    const members = at('1960-01-01');
    expect(memberIdsAt(members).sort()).toEqual([...NATO_MEMBERS_1960].sort());
    expect(names(members.later)).toEqual(
      [
        'alb',
        'bgr',
        'cze',
        'deu',
        'esp',
        'est',
        'fin',
        'hrv',
        'hun',
        'ltu',
        'lva',
        'mkd',
        'mne',
        'pol',
        'rou',
        'svk',
        'svn',
        'swe',
      ].sort(),
    );
    expect(members.earlier).toEqual([]);
  });

  it('NATO on 2025-01-01: 32 members, West Germany an earlier member, Germany a member since 1990-10-03', () => {
    const members = at('2025-01-01');
    expect(memberIdsAt(members)).toHaveLength(32);
    expect(names(members.earlier)).toEqual(['frg']);
    expect(memberIdsAt(members)).toContain('deu');
    expect(members.later).toEqual([]);
  });

  it('the Warsaw Pact on 1990-09-30: East Germany has left, the rest are members', () => {
    const wp = atlas.pactById.get('warsaw-pact')!;
    const members = pactMembersAt(
      wp,
      atlas.timelines.signed.pactSpan('warsaw-pact'),
      atlas.actorById,
      d('1990-09-30'),
    );
    expect(names(members.earlier)).toEqual(['alb', 'ddr']);
    expect(memberIdsAt(members).sort()).toEqual(['bgr', 'csk', 'hun', 'pol', 'rou', 'sun']);
  });
});
