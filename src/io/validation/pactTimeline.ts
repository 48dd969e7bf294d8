import type { EventType, PactEvent } from '../../domain/model';
import type { CheckContext, Entry } from './collections';
import { dateRange, type DayRange } from './dateRange';

/** An event whose date is valid, with the days that date may mean. */
export interface DatedEvent {
  entry: Entry<PactEvent>;
  range: DayRange;
}

const START_TYPES: readonly EventType[] = ['proposed', 'signed', 'entered-into-force'];
const END_TYPES: readonly EventType[] = ['terminated', 'superseded'];

/** The events of each pact that have a valid date, in file order; events with invalid dates are reported by the date check. */
export function datedEventsByPact(ctx: CheckContext): Map<string, DatedEvent[]> {
  const byPact = new Map<string, DatedEvent[]>();
  for (const entry of ctx.parsed.events) {
    const range = dateRange(entry.record.date);
    if (!range) continue;
    const list = byPact.get(entry.record.pactId) ?? [];
    list.push({ entry, range });
    byPact.set(entry.record.pactId, list);
  }
  return byPact;
}

/** The earliest event of the given types, or undefined when there is none. */
export function earliestOf(
  events: readonly DatedEvent[],
  types: readonly EventType[],
): DatedEvent | undefined {
  let earliest: DatedEvent | undefined;
  for (const event of events) {
    if (!types.includes(event.entry.record.type)) continue;
    if (!earliest || event.range.first < earliest.range.first) earliest = event;
  }
  return earliest;
}

/** When the pact came to exist: its earliest proposed, signed or entered-into-force event. */
export function pactStart(events: readonly DatedEvent[]): DatedEvent | undefined {
  return earliestOf(events, START_TYPES);
}

/** When the pact ended: its earliest terminated or superseded event. */
export function pactEnd(events: readonly DatedEvent[]): DatedEvent | undefined {
  return earliestOf(events, END_TYPES);
}

/** True for the events that end the whole pact rather than one member's part in it. */
export function isEnd(event: DatedEvent): boolean {
  return END_TYPES.includes(event.entry.record.type);
}

/** Names an event the way messages cite it: `1949-04-04, events[0] (nato-signed)`. */
export function cite(event: DatedEvent): string {
  const { ref } = event.entry;
  return `${event.range.iso}, events[${ref.index}]${ref.id === undefined ? '' : ` (${ref.id})`}`;
}
