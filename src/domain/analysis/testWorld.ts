// Test helper: small hand-made worlds for the analysis tests (not imported by app code).
import { buildTimelineIndex, type TimelineBasis } from '../timeline';
import { createAnalysisContext, type AnalysisContext, type AnalysisInput } from './context';

type InputPact = AnalysisInput['pacts'][number];
type InputEvent = AnalysisInput['events'][number];

export interface PactSpec {
  id: string;
  /** Member ids; `id@YYYY` joins in that year, `id@JOINED..LEFT` also leaves (either may be empty). */
  members: string[];
  signed: string;
  ended?: string;
  defence?: boolean;
  kind?: InputPact['kind'];
}

const NO_OBLIGATIONS = {
  defence: false,
  offence: false,
  neutrality: false,
  nonAggression: false,
  consultation: false,
};

/** Builds a pact and its events from a compact spec. */
export function pactOf(spec: PactSpec): { pact: InputPact; events: InputEvent[] } {
  const startType = spec.kind === 'proposed-pact' ? 'proposed' : 'signed';
  const events: InputEvent[] = [{ pactId: spec.id, type: startType, date: spec.signed }];
  if (spec.ended) events.push({ pactId: spec.id, type: 'terminated', date: spec.ended });
  const members = spec.members.map((m) => {
    const [actorId = '', span] = m.split('@');
    const [joined, left] = span ? span.split('..') : [];
    return { actorId, ...(joined ? { joined } : {}), ...(left ? { left } : {}) };
  });
  const pact: InputPact = {
    id: spec.id,
    kind: spec.kind ?? (spec.defence === false ? 'strategic-partnership' : 'mutual-defence-treaty'),
    status: spec.kind === 'proposed-pact' ? 'proposed' : spec.ended ? 'terminated' : 'active',
    obligations: { ...NO_OBLIGATIONS, defence: spec.defence ?? true },
    members,
  };
  return { pact, events };
}

export interface WorldSpec {
  states: string[];
  organizations?: string[];
  dissolved?: Record<string, string>;
  pacts: PactSpec[];
  extraEvents?: InputEvent[];
  rivalries?: [string, string, string?][];
}

/** A world's analysis input: states, organisations, pacts with their events, and rivalries. */
export function worldInput(spec: WorldSpec): AnalysisInput {
  const built = spec.pacts.map(pactOf);
  const dissolved = spec.dissolved ?? {};
  const actor = (id: string, kind: 'state' | 'organization') =>
    dissolved[id] ? { id, kind, dissolved: dissolved[id] } : { id, kind };
  return {
    actors: [
      ...spec.states.map((id) => actor(id, 'state')),
      ...(spec.organizations ?? []).map((id) => actor(id, 'organization')),
    ],
    pacts: built.map((b) => b.pact),
    events: [...built.flatMap((b) => b.events), ...(spec.extraEvents ?? [])],
    rivalries: (spec.rivalries ?? []).map(([a, b, since]) => ({
      id: `${a}-${b}`,
      actorIds: [a, b] as [string, string],
      ...(since ? { since } : {}),
    })),
  };
}

/** The analysis context of a hand-made world. */
export function worldContext(spec: WorldSpec, basis: TimelineBasis = 'signed'): AnalysisContext {
  const input = worldInput(spec);
  return createAnalysisContext(input, buildTimelineIndex(input, basis));
}
