import type { Actor, ExistenceSpan } from '../model';

/** An occupation span of one actor, as day numbers: [start, end). */
export interface OccupationDays {
  actorId: string;
  start: number;
  end: number;
  span: ExistenceSpan;
}

/**
 * The spans in which actors existed under occupation (existence spans with an `occupation`): drawn, marked as
 * occupied. A handful per dataset, so a scan per date is cheap.
 */
export function occupationDays(
  actors: readonly Pick<Actor, 'id' | 'existence'>[],
  dayOf: (iso: string) => number,
): OccupationDays[] {
  return actors.flatMap((actor) =>
    (actor.existence ?? [])
      .filter((span) => span.occupation !== undefined)
      .map((span) => ({
        actorId: actor.id,
        start: span.from === undefined ? -Infinity : dayOf(span.from),
        end: span.until === undefined ? Infinity : dayOf(span.until),
        span,
      })),
  );
}

/** The occupation an actor is under on `day`, if any. */
export function occupationAt(
  spans: readonly OccupationDays[],
  actorId: string,
  day: number,
): OccupationDays | undefined {
  return spans.find((s) => s.actorId === actorId && s.start <= day && day < s.end);
}

/** Ids of the actors under occupation on `day`. */
export function occupiedAt(spans: readonly OccupationDays[], day: number): Set<string> {
  return new Set(spans.filter((s) => s.start <= day && day < s.end).map((s) => s.actorId));
}
