import type { Actor, Member, Pact, PactEvent } from '../model';

/** Which event starts a pact: the signature, or its entry into force. */
export const TIMELINE_BASES = ['signed', 'in-force'] as const;
export type TimelineBasis = (typeof TIMELINE_BASES)[number];

/** The kind of event a pact's start was taken from ('proposed' marks a pact that never got further). */
export type StartEventType = Extract<PactEvent['type'], 'signed' | 'entered-into-force' | 'proposed'>;

/** What the timeline reads from a dataset; a whole `Dataset` fits. */
export interface TimelineInput {
  pacts: readonly (Pick<Pact, 'id'> & { members: readonly Pick<Member, 'actorId' | 'joined' | 'left'>[] })[];
  events: readonly Pick<PactEvent, 'pactId' | 'type' | 'date'>[];
  /** Actors with the spans in which they existed; a member is a member only while its state exists. */
  actors?: readonly Pick<Actor, 'id' | 'existence'>[];
}

/** One member record of one pact. The same object is returned by every query, so it can be compared by reference. */
export interface Membership {
  /** `pactId/actorId`; repeats only when a pact lists an actor twice (left and rejoined). */
  readonly key: string;
  readonly pactId: string;
  readonly actorId: string;
}

/** A pact's active span in day numbers: active on d iff start ≤ d < end. */
export interface PactSpan {
  readonly start: number | undefined;
  /** Exclusive; Infinity when the pact never ended. */
  readonly end: number;
  readonly startEvent: StartEventType | undefined;
}

/** What is active on one day. */
export interface ActiveSet {
  pactIds: string[];
  memberships: Membership[];
}

/** What moving the date from one day to another switches on and off. Apply `deactivated` before `activated`. */
export interface TimelineChanges {
  activated: ActiveSet;
  deactivated: ActiveSet;
}

/** First and last event day (inclusive). */
export interface DaySpan {
  first: number;
  last: number;
}

/** Actors with an existence list that appear and vanish moving from one day to another. */
export interface ExistenceChanges {
  appeared: string[];
  vanished: string[];
}
