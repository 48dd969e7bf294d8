import { z } from 'zod';
import { findUnmeantCharacter } from '../text/cleanText';
import {
  ACTOR_KINDS,
  REGIONS,
  PACT_KINDS,
  PACT_STATUSES,
  EVENT_TYPES,
  DATE_SOURCES,
  BEARING_ASPECTS,
  BEARING_TARGETS,
  REFERENCE_KINDS,
  EXISTENCE_SOURCES,
  SOURCE_DATASETS,
  DATASET_DIFFERENCE_KINDS,
} from './vocabulary';

// Without this, zod probes `new Function('')` on first parse to decide whether to compile validators; under our
// Content-Security-Policy (no 'unsafe-eval') that probe logs a violation on every load that validates.
z.config({ jitless: true });

/** ISO 8601 calendar date with its precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Validity of the day is checked by the validator. */
export const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD');

/** A name shown on screen and in exports: no control characters or bidi overrides (they cannot be meant, and break SVG). */
const name = z
  .string()
  .min(1)
  .superRefine((text, ctx) => {
    const found = findUnmeantCharacter(text);
    if (found)
      ctx.addIssue({
        code: 'custom',
        message: `holds the invisible character ${found.codePoint} at position ${found.index + 1} (control characters and bidi overrides cannot be part of a name)`,
      });
  });

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lowercase id of letters, digits and hyphens');

/** A http(s) address: links from data open in a new tab, so no other scheme (javascript:, data:) is accepted. */
const webUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });

/** One record a passage is cited for, and what the passage bears on in it. */
export const bearingSchema = z.strictObject({
  on: z.enum(BEARING_TARGETS),
  id,
  aspects: z.array(z.enum(BEARING_ASPECTS)).min(1),
});

/**
 * The public record a date comes from: the treaty text, its UN Treaty Series registration, an official record
 * a standard reference work or, failing those, a contemporary press report, with a stable URL where one exists and the locator (article, volume and page,
 * section). `not-verified` says plainly that no reference could be checked; its note says what is known.
 */
export const referenceSchema = z.strictObject({
  kind: z.enum(REFERENCE_KINDS),
  title: z.string().min(1),
  publisher: z.string().min(1).optional(),
  url: webUrl.optional(),
  locator: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
});

export const documentSchema = z.strictObject({
  id,
  title: name,
  authors: z.array(name),
  publisher: name.optional(),
  published: isoDate.optional(),
  url: webUrl.optional(),
  /** Surnames of `authors`, in order, where the last word of a name is not the surname (for citations). */
  authorSurnames: z.array(z.string().min(1)).optional(),
  file: z.string().regex(/^documents\/[A-Za-z0-9._-]+\.txt$/, 'expected documents/<name>.txt'),
  region: z.string().optional(),
  note: z.string().optional(),
});

export const passageSchema = z.strictObject({
  id,
  documentId: id,
  start: z.int().nonnegative(),
  end: z.int().positive(),
  text: z.string().min(1),
  /** Every record the passage is cited for and what it bears on there; a citation without a mark is an error. */
  bearsOn: z.array(bearingSchema).optional(),
});

/**
 * One span in which an actor existed as a state: from `from` (inclusive; absent: before the record starts) until
 * `until` (exclusive, the first day it no longer existed; absent: it still exists). COW's inclusive end dates are
 * stored as the day after.
 */
export const existenceSpanSchema = z.strictObject({
  from: isoDate.optional(),
  until: isoDate.optional(),
  source: z.enum(EXISTENCE_SOURCES),
  note: z.string().min(1).optional(),
  /**
   * Who occupied the state during the span ("Allied occupation"): it existed and could sign and be bound by treaties,
   * but did not govern itself (COW's state system leaves it out). Drawn, marked as occupied, and said so.
   */
  occupation: z.string().min(1).optional(),
});

export const actorSchema = z.strictObject({
  id,
  name,
  kind: z.enum(ACTOR_KINDS),
  iso3: z
    .string()
    .regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code')
    .optional(),
  region: z.enum(REGIONS),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  nuclear: z.strictObject({ since: isoDate, until: isoDate.optional() }).optional(),
  dissolved: isoDate.optional(),
  /** When the actor existed as a state: drawn only then. Absent: at every date (organisations, imports without a list). */
  existence: z.array(existenceSpanSchema).min(1).optional(),
  /** States that took this one's place, and from when (the Soviet Union → Russia on 1991-12-26). */
  successors: z
    .array(z.strictObject({ actorId: id, date: isoDate }))
    .min(1)
    .optional(),
});

export const obligationsSchema = z.strictObject({
  defence: z.boolean(),
  offence: z.boolean(),
  neutrality: z.boolean(),
  nonAggression: z.boolean(),
  consultation: z.boolean(),
});

/** Where an imported record came from: the file the user chose and the line its row starts on (the header is line 1). Imported records cite this instead of passages. */

export const originSchema = z.strictObject({
  file: z.string().min(1),
  row: z.int().positive(),
  /** Which published dataset the file is, so its citation can be shown with the row. */
  dataset: z.enum(SOURCE_DATASETS).optional(),
});

/** One way a dataset's row differs from the pact it was merged into; dates as each side gives them. */
export const datasetDifferenceSchema = z.strictObject({
  kind: z.enum(DATASET_DIFFERENCE_KINDS),
  /** The member concerned (kinds only-in-dataset, only-here, member-dates). */
  actorId: id.optional(),
  /** What the dataset says: a date, or a member's dates as `joined/left` (either may be empty). */
  dataset: z.string().optional(),
  /** What this pact's record says, likewise. */
  here: z.string().optional(),
  /** The member joined after the dataset's data end (its censoring date): not a disagreement, a coverage limit. */
  afterCoverage: z.boolean().optional(),
});

/** A row of one of the field's datasets (COW, ATOP) that records a pact: which dataset, its alliance number, where. */
export const datasetRowSchema = z.strictObject({
  /** The dataset and release, as read from the file: `COW 4.1`, `ATOP 5.1`, `ATOP 4.01`. */
  dataset: z.string().min(1),
  /**
   * The dataset's number for the alliance (`version4id`, `atopid`), as its digits: imports read ids as text so none
   * is rounded past 2^53. Saved imports and files from before that hold it as a number, still accepted.
   */
  alliance: z.union([
    z.string().regex(/^[1-9][0-9]*$/, 'expected the digits of a positive whole number'),
    z.int().positive(),
  ]),
  file: z.string().min(1),
  row: z.int().positive(),
  /**
   * Where the dataset's record of the treaty differs from this pact's (members it lists or not, member dates, the
   * pact's start and end), found when the two were merged; absent when they were not compared.
   */
  differences: z.array(datasetDifferenceSchema).optional(),
});

export const memberSchema = z.strictObject({
  actorId: id,
  joined: isoDate.optional(),
  left: isoDate.optional(),
  origin: originSchema.optional(),
});

export const pactSchema = z.strictObject({
  id,
  name,
  shortName: name,
  kind: z.enum(PACT_KINDS),
  obligations: obligationsSchema,
  members: z.array(memberSchema).min(1),
  status: z.enum(PACT_STATUSES),
  summary: z.string().min(1),
  passageIds: z.array(id),
  /** Still in force when the source dataset ends (right-censored): the end of the data, not an end of the pact. */
  censoredAt: isoDate.optional(),
  /**
   * Already in force when the source dataset begins (left-censored): the first day the data observe it. Its own
   * start (the signed event) is earlier and kept as a fact; the timeline covers what the data observe.
   */
  observedFrom: isoDate.optional(),
  origin: originSchema.optional(),
  /** Rows of the field's datasets that record this pact (for a documents' pact: matched through the crosswalk). */
  datasetRows: z.array(datasetRowSchema).optional(),
});

export const eventSchema = z.strictObject({
  id,
  pactId: id,
  type: z.enum(EVENT_TYPES),
  date: isoDate,
  actorIds: z.array(id).optional(),
  dateSource: z.enum(DATE_SOURCES),
  /** Passages that bear on this event (its date, members or the act); none when the date is from the public record alone. */
  passageIds: z.array(id),
  /** Where a public-record date comes from; required for those dates except on imported rows (`origin`). */
  reference: referenceSchema.optional(),
  note: z.string().optional(),
  origin: originSchema.optional(),
});

export const rivalrySchema = z.strictObject({
  id,
  actorIds: z.tuple([id, id]),
  /** When history dates the rivalry from (never a document's publication date); required by the validator. */
  since: isoDate.optional(),
  /** Why the rivalry is dated from `since`. */
  sinceNote: z.string().min(1).optional(),
  summary: z.string().min(1),
  passageIds: z.array(id).min(1),
});

export const datasetSchema = z.strictObject({
  documents: z.array(documentSchema),
  passages: z.array(passageSchema),
  actors: z.array(actorSchema),
  pacts: z.array(pactSchema),
  events: z.array(eventSchema),
  rivalries: z.array(rivalrySchema),
});

// Importers of the schemas find the vocabularies here too.
export * from './vocabulary';
