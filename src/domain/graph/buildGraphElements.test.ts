import { describe, expect, it } from 'vitest';
import type { Actor, Pact } from '../model';
import { buildGraphElements, isBilateral } from './buildGraphElements';

const actor = (id: string): Actor => ({
  id,
  name: id.toUpperCase(),
  kind: 'state',
  region: 'europe',
  lat: 0,
  lon: 0,
});
const pact = (id: string, members: string[], kind: Pact['kind'] = 'mutual-defence-treaty'): Pact => ({
  id,
  name: `${id} treaty`,
  shortName: id,
  kind,
  obligations: { defence: true, offence: false, neutrality: false, nonAggression: false, consultation: true },
  members: members.map((actorId) => ({ actorId })),
  status: 'active',
  summary: 's',
  passageIds: ['p'],
});

describe('buildGraphElements', () => {
  const actors = ['usa', 'jpn', 'gbr', 'fra'].map(actor);
  const elements = buildGraphElements({
    actors,
    pacts: [
      pact('us-jpn', ['usa', 'jpn']),
      pact('nato', ['usa', 'gbr', 'fra']),
      pact('pdp', ['usa', 'jpn'], 'proposed-pact'),
    ],
  });

  it('draws a bilateral pact as one edge between its members, carrying the pact id', () => {
    const edge = elements.edges.find((e) => e.pactId === 'us-jpn');
    expect(edge).toMatchObject({ source: 'a:usa', target: 'a:jpn', role: 'bilateral' });
    expect(elements.edges.filter((e) => e.pactId === 'us-jpn')).toHaveLength(1);
  });

  it('draws a multilateral pact as a hub linked to each member, not a clique', () => {
    expect(elements.nodes.find((n) => n.id === 'p:nato')).toMatchObject({ role: 'pact', pactId: 'nato' });
    const ties = elements.edges.filter((e) => e.pactId === 'nato');
    expect(ties.map((e) => e.target).sort()).toEqual(['a:fra', 'a:gbr', 'a:usa']);
    expect(ties.every((e) => e.source === 'p:nato' && e.role === 'membership')).toBe(true);
  });

  it('marks proposed pacts', () => {
    expect(elements.edges.find((e) => e.pactId === 'pdp')?.proposed).toBe(true);
    expect(elements.edges.find((e) => e.pactId === 'us-jpn')?.proposed).toBe(false);
  });

  it('has one node per actor plus one per multilateral pact', () => {
    expect(elements.nodes).toHaveLength(actors.length + 1);
  });

  it.each([
    [['a', 'b'], true],
    [['a', 'b', 'a'], true],
    [['a', 'b', 'c'], false],
  ])('isBilateral(%j) = %s', (members, expected) => {
    expect(isBilateral(pact('x', members))).toBe(expected);
  });
});
