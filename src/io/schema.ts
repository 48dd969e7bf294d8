import { z } from 'zod';

/** ISO 8601 calendar date with its precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Validity of the day is checked by the validator. */
export const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD');

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lowercase id of letters, digits and hyphens');

export const ACTOR_KINDS = ['state', 'organization'] as const;
export const REGIONS = [
  'europe',
  'north-america',
  'latin-america',
  'middle-east',
  'africa',
  'south-asia',
  'east-asia',
  'southeast-asia',
  'central-asia',
  'oceania',
  'global',
] as const;

export const PACT_KINDS = [
  'mutual-defence-treaty',
  'defence-cooperation-agreement',
  'strategic-partnership',
  'multilateral-security-organisation',
  'minilateral-arrangement',
  'wartime-coalition',
  'basing-access-arrangement',
  'non-aggression-pact',
  'technology-sharing-agreement',
  'proposed-pact',
] as const;

export const PACT_STATUSES = ['active', 'terminated', 'proposed', 'suspended', 'superseded'] as const;

export const EVENT_TYPES = [
  'proposed',
  'signed',
  'ratified',
  'entered-into-force',
  'joined',
  'withdrew',
  'suspended',
  'terminated',
  'superseded',
] as const;

export const DATE_SOURCES = ['document', 'public-record'] as const;

export const documentSchema = z.strictObject({
  id,
  title: z.string().min(1),
  authors: z.array(z.string().min(1)),
  publisher: z.string().min(1).optional(),
  published: isoDate.optional(),
  url: z.url().optional(),
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
});

export const actorSchema = z.strictObject({
  id,
  name: z.string().min(1),
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
});

export const memberSchema = z.strictObject({
  actorId: id,
  joined: isoDate.optional(),
  left: isoDate.optional(),
  origin: originSchema.optional(),
});

export const pactSchema = z.strictObject({
  id,
  name: z.string().min(1),
  shortName: z.string().min(1),
  kind: z.enum(PACT_KINDS),
  obligations: obligationsSchema,
  members: z.array(memberSchema).min(1),
  status: z.enum(PACT_STATUSES),
  summary: z.string().min(1),
  passageIds: z.array(id),
  /** Still in force when the source dataset ends (right-censored): the end of the data, not an end of the pact. */
  censoredAt: isoDate.optional(),
  origin: originSchema.optional(),
});

export const eventSchema = z.strictObject({
  id,
  pactId: id,
  type: z.enum(EVENT_TYPES),
  date: isoDate,
  actorIds: z.array(id).optional(),
  dateSource: z.enum(DATE_SOURCES),
  passageIds: z.array(id),
  note: z.string().optional(),
  origin: originSchema.optional(),
});

export const rivalrySchema = z.strictObject({
  id,
  actorIds: z.tuple([id, id]),
  since: isoDate.optional(),
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

/** The collections and the file each lives in under `data/`. */
export const COLLECTION_FILES = {
  documents: 'data/documents.json',
  passages: 'data/passages.json',
  actors: 'data/actors.json',
  pacts: 'data/pacts.json',
  events: 'data/events.json',
  rivalries: 'data/rivalries.json',
} as const;
export type CollectionName = keyof typeof COLLECTION_FILES;
