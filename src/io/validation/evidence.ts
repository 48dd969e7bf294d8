import type { Bearing, BearingAspect, BearingTarget, Passage } from '../../domain/model';
import { byId, fileOf, issueAt, type CheckContext, type Entry } from './collections';
import type { ValidationIssue } from './issues';

/** What a passage can bear on in each kind of record it is cited for. */
export const ASPECTS_BY_TARGET: Record<BearingTarget, readonly BearingAspect[]> = {
  pact: ['names', 'terms', 'members', 'date', 'context'],
  event: ['date', 'members', 'act'],
  rivalry: ['names', 'terms', 'members'],
};

const COLLECTION_OF = { pact: 'pacts', event: 'events', rivalry: 'rivalries' } as const;

const quoted = (items: readonly string[]) => items.map((a) => `"${a}"`).join(', ');

/** The mark a passage carries for one record, if any. */
export function bearingFor(passage: Passage, on: BearingTarget, id: string): Bearing | undefined {
  return passage.bearsOn?.find((b) => b.on === on && b.id === id);
}

/**
 * A citation must support what it is cited for: every passage a pact, event or rivalry cites must be marked
 * (in the passage's `bearsOn`) as bearing on that very record, and a date said to be stated in the document
 * must be cited to a passage marked as stating it.
 */
export function checkCitationsBear(ctx: CheckContext): ValidationIssue[] {
  if (ctx.incomplete.has('passages')) return [];
  const passages = byId(ctx.parsed.passages);
  const cite = (on: BearingTarget, entry: Entry<{ id: string; passageIds: readonly string[] }>) =>
    entry.record.passageIds.flatMap((passageId, i) => {
      const passage = passages.get(passageId)?.record;
      // A dangling id is reported by checkReferences.
      if (!passage || bearingFor(passage, on, entry.record.id)) return [];
      return [
        issueAt(
          ctx.dataDir,
          entry.ref,
          `passageIds[${i}]`,
          `passage "${passageId}" is not marked as bearing on this ${on} (expected an entry { "on": "${on}", "id": "${entry.record.id}", "aspects": [...] } in its bearsOn${on === 'event' ? ', or no passage and a reference' : ''})`,
        ),
      ];
    });
  const documentDated = ctx.parsed.events.flatMap((entry) => {
    const { record } = entry;
    if (record.dateSource !== 'document' || record.passageIds.length === 0) return [];
    // A passage not marked for this event at all is reported above; say nothing more about it here.
    const states = record.passageIds.some((pid) => {
      const passage = passages.get(pid)?.record;
      const bearing = passage ? bearingFor(passage, 'event', record.id) : undefined;
      return bearing === undefined || bearing.aspects.includes('date');
    });
    return states
      ? []
      : [
          issueAt(
            ctx.dataDir,
            entry.ref,
            'dateSource',
            'the date is said to be stated in the document, but no cited passage is marked as stating it (expected "date" among the aspects of a cited passage)',
          ),
        ];
  });
  return [
    ...ctx.parsed.pacts.flatMap((e) => cite('pact', e)),
    ...ctx.parsed.events.flatMap((e) => cite('event', e)),
    ...ctx.parsed.rivalries.flatMap((e) => cite('rivalry', e)),
    ...documentDated,
  ];
}

/** Each mark names a record that exists and an aspect that applies to that kind of record. */
export function checkBearingMarks(ctx: CheckContext): ValidationIssue[] {
  return ctx.parsed.passages.flatMap(({ ref, record }) =>
    (record.bearsOn ?? []).flatMap((bearing, j) => {
      const collection = COLLECTION_OF[bearing.on];
      const known = ctx.knownIds[collection];
      // A collection with a broken record may hold the id in that record; its schema problem is reported alone.
      const dangling =
        known === null || ctx.incomplete.has(collection) || known.has(bearing.id)
          ? []
          : [
              issueAt(
                ctx.dataDir,
                ref,
                `bearsOn[${j}].id`,
                `"${bearing.id}" is not the id of any ${bearing.on} in ${fileOf(collection, ctx.dataDir)}`,
              ),
            ];
      const allowed = ASPECTS_BY_TARGET[bearing.on];
      const misplaced = bearing.aspects.flatMap((aspect, k) =>
        allowed.includes(aspect)
          ? []
          : [
              issueAt(
                ctx.dataDir,
                ref,
                `bearsOn[${j}].aspects[${k}]`,
                `"${aspect}" does not apply to ${bearing.on === 'event' ? 'an' : 'a'} ${bearing.on} (expected one of ${quoted(allowed)})`,
              ),
            ],
      );
      return [...dangling, ...misplaced];
    }),
  );
}

/** A date from the public record names that record, unless the event was imported (its file and row are its source). */
export function checkPublicRecordReferences(ctx: CheckContext): ValidationIssue[] {
  return ctx.parsed.events.flatMap(({ ref, record }) =>
    record.dateSource === 'public-record' && record.reference === undefined && record.origin === undefined
      ? [
          issueAt(
            ctx.dataDir,
            ref,
            'reference',
            'the date is from the public record but names no reference (expected a reference: the treaty text, its registration, an official record or a reference work, with its locator)',
          ),
        ]
      : [],
  );
}

/** A rivalry starts when history says, with a note why; never at a document's publication date. */
export function checkRivalryStarts(ctx: CheckContext): ValidationIssue[] {
  return ctx.parsed.rivalries.flatMap(({ ref, record }) => [
    ...(record.since === undefined
      ? [
          issueAt(
            ctx.dataDir,
            ref,
            'since',
            'has no start (expected since: the date history dates the rivalry from, with a sinceNote saying why)',
          ),
        ]
      : []),
    ...(record.since !== undefined && record.sinceNote === undefined
      ? [
          issueAt(
            ctx.dataDir,
            ref,
            'sinceNote',
            'says nothing of why the rivalry starts at its since date (expected a sinceNote)',
          ),
        ]
      : []),
  ]);
}

export const EVIDENCE_CHECKS = [
  checkBearingMarks,
  checkCitationsBear,
  checkPublicRecordReferences,
  checkRivalryStarts,
] as const;
