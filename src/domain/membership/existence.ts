import type { Actor } from '../model';

/** A half-open span of day numbers: [start, end). Infinite ends mean the record does not bound it. */
export interface DaySpan {
  start: number;
  end: number;
}

const ALWAYS: readonly DaySpan[] = Object.freeze([{ start: -Infinity, end: Infinity }]);

/**
 * The days on which an actor existed as a state, sorted: its `existence` spans as day numbers, or every day when
 * it has none (organisations, datasets without a state list).
 */
export function existenceDays(
  actor: Pick<Actor, 'existence'> | undefined,
  dayOf: (iso: string) => number,
): readonly DaySpan[] {
  if (!actor?.existence) return ALWAYS;
  return actor.existence
    .map((span) => ({
      start: span.from === undefined ? -Infinity : dayOf(span.from),
      end: span.until === undefined ? Infinity : dayOf(span.until),
    }))
    .sort((a, b) => a.start - b.start);
}

/** Whether `day` falls in one of the spans. */
export function inSpans(spans: readonly DaySpan[], day: number): boolean {
  return spans.some((s) => s.start <= day && day < s.end);
}

/** The parts of [start, end) inside the spans (empty when none; NaN start: none). */
export function clipToSpans(start: number, end: number, spans: readonly DaySpan[]): DaySpan[] {
  const out: DaySpan[] = [];
  for (const s of spans) {
    const from = Math.max(start, s.start);
    const to = Math.min(end, s.end);
    if (from < to) out.push({ start: from, end: to });
  }
  return out;
}
