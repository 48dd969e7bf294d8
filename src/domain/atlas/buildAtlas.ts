import { occupationDays, type OccupationDays } from '../membership/occupation';
import { toDayNumber } from '../dates';
import { buildGraphElements, type GraphElements } from '../graph/buildGraphElements';
import { buildTimelineIndex, type TimelineBasis, type TimelineIndex } from '../timeline';
import type { Actor, Dataset, Pact, PactEvent, Passage, SourceDocument } from '../model';
import { observedSpan } from './observedSpan';

/** An event with its day number precomputed, so lists and steppers never parse dates. */
export interface DatedEvent {
  event: PactEvent;
  day: number;
}

/** The dataset with the lookups every view needs, built once per dataset. */
export interface Atlas {
  dataset: Dataset;
  actorById: ReadonlyMap<string, Actor>;
  pactById: ReadonlyMap<string, Pact>;
  passageById: ReadonlyMap<string, Passage>;
  documentById: ReadonlyMap<string, SourceDocument>;
  /** Every event in chronological order (ties by pact then id, so the order is stable). */
  chronicle: readonly DatedEvent[];
  /** The chronicle's days, for binary search. */
  chronicleDays: Int32Array;
  eventsByPact: ReadonlyMap<string, readonly DatedEvent[]>;
  elements: GraphElements;
  /** The span the timeline covers: what the data observe, first event to last or to the end of coverage (observedSpan). */
  span: { from: number; to: number };
  /** Full text of each document that has one, by document id (the reader shows passages in context). */
  documentTexts: ReadonlyMap<string, string>;
  /** The timeline index under each basis, built once. */
  timelines: Record<TimelineBasis, TimelineIndex>;
  /** When states existed under occupation (drawn, marked as occupied). */
  occupations: readonly OccupationDays[];
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Builds the lookups and the chronological event list of a (validated) dataset. */
export function buildAtlas(dataset: Dataset, documentTexts: ReadonlyMap<string, string> = new Map()): Atlas {
  const chronicle = dataset.events
    .map((event) => ({ event, day: toDayNumber(event.date) }))
    .sort(
      (a, b) =>
        a.day - b.day || a.event.pactId.localeCompare(b.event.pactId) || a.event.id.localeCompare(b.event.id),
    );
  const eventsByPact = new Map<string, DatedEvent[]>();
  for (const dated of chronicle) {
    const list = eventsByPact.get(dated.event.pactId) ?? [];
    list.push(dated);
    eventsByPact.set(dated.event.pactId, list);
  }
  return {
    dataset,
    occupations: occupationDays(dataset.actors, toDayNumber),
    actorById: byId(dataset.actors),
    pactById: byId(dataset.pacts),
    passageById: byId(dataset.passages),
    documentById: byId(dataset.documents),
    chronicle,
    chronicleDays: Int32Array.from(chronicle, (dated) => dated.day),
    eventsByPact,
    elements: buildGraphElements(dataset),
    span: observedSpan(dataset, chronicle),
    documentTexts,
    timelines: {
      signed: buildTimelineIndex(dataset, 'signed'),
      'in-force': buildTimelineIndex(dataset, 'in-force'),
    },
  };
}
