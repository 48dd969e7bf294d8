import type { Member, Pact, PactEvent } from '../model';
import type { datasetDifferenceSchema } from '../model/schema';
import type { z } from 'zod';

export type DatasetDifference = z.infer<typeof datasetDifferenceSchema>;

/** One side of the comparison: a pact, its events, and how its member ids map onto the other side's. */
export interface PactRecord {
  pact: Pick<Pact, 'members' | 'censoredAt'>;
  events: readonly Pick<PactEvent, 'type' | 'date'>[];
}

/**
 * Where a dataset's record of a treaty (`dataset`, its member ids already mapped to this side's) differs from the
 * pact it is merged into (`here`): members only one side lists, members whose dates differ, and the pact's start
 * and end. Dates agree when one is the other at a coarser precision (`1955-06` and `1955-06-04`). A member who
 * joined after the dataset's data end is flagged `afterCoverage`, not counted against the dataset.
 */
export function datasetDifferences(here: PactRecord, dataset: PactRecord): DatasetDifference[] {
  const out: DatasetDifference[] = [];
  const ours = byActor(here.pact.members);
  const theirs = byActor(dataset.pact.members);
  for (const [actorId, records] of theirs)
    if (!ours.has(actorId)) out.push({ kind: 'only-in-dataset', actorId, dataset: spans(records) });
  for (const [actorId, records] of ours) {
    const other = theirs.get(actorId);
    if (!other) {
      const joined = records[0]?.joined;
      const after =
        dataset.pact.censoredAt !== undefined && joined !== undefined && joined > dataset.pact.censoredAt;
      out.push({
        kind: 'only-here',
        actorId,
        here: spans(records),
        ...(after ? { afterCoverage: true } : {}),
      });
    } else if (!sameSpans(records, other))
      out.push({ kind: 'member-dates', actorId, dataset: spans(other), here: spans(records) });
  }
  const start = [startOf(here.events), startOf(dataset.events)] as const;
  if (start[0] && start[1] && !sameDate(start[0], start[1]))
    out.push({ kind: 'start', here: start[0], dataset: start[1] });
  const end = [endOf(here.events), endOf(dataset.events)] as const;
  if (
    !sameDate(end[0] ?? '', end[1] ?? '') &&
    !(
      end[1] === undefined &&
      dataset.pact.censoredAt !== undefined &&
      end[0] !== undefined &&
      end[0] > dataset.pact.censoredAt
    )
  )
    out.push({ kind: 'end', ...(end[0] ? { here: end[0] } : {}), ...(end[1] ? { dataset: end[1] } : {}) });
  return out;
}

function byActor(members: readonly Member[]): Map<string, Member[]> {
  const map = new Map<string, Member[]>();
  for (const m of members) map.set(m.actorId, [...(map.get(m.actorId) ?? []), m]);
  for (const list of map.values()) list.sort((a, b) => (a.joined ?? '').localeCompare(b.joined ?? ''));
  return map;
}

/** A member's records as `joined/left` pairs (either may be empty), comma-separated. */
function spans(records: readonly Member[]): string {
  return records.map((m) => `${m.joined ?? ''}/${m.left ?? ''}`).join(', ');
}

function sameSpans(a: readonly Member[], b: readonly Member[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (m, i) => sameDate(m.joined ?? '', b[i]?.joined ?? '') && sameDate(m.left ?? '', b[i]?.left ?? ''),
    )
  );
}

// The same date at two precisions agrees; an absent date agrees only with an absent one.
function sameDate(a: string, b: string): boolean {
  if (a === '' || b === '') return a === b;
  return a.startsWith(b) || b.startsWith(a);
}

function startOf(events: PactRecord['events']): string | undefined {
  const signed = events.filter((e) => e.type === 'signed' || e.type === 'proposed').map((e) => e.date);
  return signed.sort()[0] ?? events.map((e) => e.date).sort()[0];
}

function endOf(events: PactRecord['events']): string | undefined {
  return events
    .filter((e) => e.type === 'terminated' || e.type === 'superseded')
    .map((e) => e.date)
    .sort()[0];
}
