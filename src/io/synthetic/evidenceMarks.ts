import type { Dataset, Passage, Reference } from '../../domain/model';

/** Synthetic dates come from no public record: a public-record event says so instead of inventing a source. */
const SYNTHETIC_REFERENCE: Reference = {
  kind: 'not-verified',
  title: 'Synthetic data: no public record',
  note: 'Generated for benchmarks and tests; the date is made up.',
};

/**
 * Marks every synthetic passage for what it bears on in each record that cites it (its sentences name the pact
 * and state the dates of its events, by construction), names a reference for public-record dates and gives each
 * rivalry a note for its start, so generated datasets pass the same evidence rules as the real one.
 */
export function withEvidenceMarks(dataset: Dataset): Dataset {
  const marks = new Map<string, NonNullable<Passage['bearsOn']>>();
  const mark = (passageId: string, bearing: NonNullable<Passage['bearsOn']>[number]) => {
    const list = marks.get(passageId) ?? [];
    list.push(bearing);
    marks.set(passageId, list);
  };
  for (const pact of dataset.pacts)
    for (const id of pact.passageIds) mark(id, { on: 'pact', id: pact.id, aspects: ['names', 'members'] });
  for (const event of dataset.events)
    for (const id of event.passageIds) mark(id, { on: 'event', id: event.id, aspects: ['date', 'act'] });
  for (const rivalry of dataset.rivalries)
    for (const id of rivalry.passageIds) mark(id, { on: 'rivalry', id: rivalry.id, aspects: ['members'] });
  return {
    ...dataset,
    passages: dataset.passages.map((p) => {
      const bearsOn = marks.get(p.id);
      return bearsOn ? { ...p, bearsOn } : p;
    }),
    events: dataset.events.map((e) =>
      e.dateSource === 'public-record' && !e.reference ? { ...e, reference: SYNTHETIC_REFERENCE } : e,
    ),
    rivalries: dataset.rivalries.map((r) =>
      r.sinceNote ? r : { ...r, sinceNote: 'Synthetic: the generator draws the start year.' },
    ),
  };
}
