import type { Obligations, Pact } from '../../../src/domain/model';

/** A pact that obliges its members to defend each other and to nothing else. */
const DEFENCE_ONLY: Obligations = {
  defence: true,
  offence: false,
  neutrality: false,
  nonAggression: false,
  consultation: false,
};

/** A valid, active mutual-defence pact of the United States, named by its id, with `overrides` laid over it. */
export function testPact(id: string, overrides: Partial<Pact> = {}): Pact {
  return {
    id,
    name: id,
    shortName: id,
    kind: 'mutual-defence-treaty',
    obligations: DEFENCE_ONLY,
    members: [{ actorId: 'usa' }],
    status: 'active',
    summary: 's',
    passageIds: [],
    ...overrides,
  };
}
