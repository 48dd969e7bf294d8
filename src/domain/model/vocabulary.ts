/**
 * The model's closed vocabularies (kinds, regions, statuses, collection names), apart from the zod schemas that
 * use them: code that runs at start-up (reading a link, the filters) needs the lists, and importing them from
 * schema.ts would put zod (~28 kB gzip) in the initial script. schema.ts re-exports them.
 */

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
  'unilateral-commitment',
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

/**
 * What a passage says about a record it is cited for: it names it, states its terms (obligations, or for a
 * rivalry the antagonism), its members (or the rivals), its date, or describes the act itself (the signing,
 * ratification, accession or withdrawal an event records). `context` says the passage names the pact only as
 * part of something larger (a network of alliances, a later phase of the same dialogue), not the pact itself.
 */
export const BEARING_ASPECTS = ['names', 'terms', 'members', 'date', 'act', 'context'] as const;

export const BEARING_TARGETS = ['pact', 'event', 'rivalry'] as const;

/** Kinds of public record a date can come from, the most primary first. */
export const REFERENCE_KINDS = [
  'treaty-text',
  'treaty-registration',
  'official-record',
  'reference-work',
  'press-report',
  'not-verified',
] as const;

/** Where an existence span comes from: COW's State System Membership List (v2016), or the public record. */
export const EXISTENCE_SOURCES = ['cow-states-2016', 'public-record'] as const;

/** The published datasets an import can come from; the panel cites each by its reference publication. */
export const SOURCE_DATASETS = ['cow-4.1', 'atop-5.1'] as const;

/** How a dataset's record of a treaty can differ from the pact it is merged into. */
export const DATASET_DIFFERENCE_KINDS = [
  'only-in-dataset',
  'only-here',
  'member-dates',
  'start',
  'end',
] as const;

/** The collections of a dataset, in the order they are checked and reported. */
export const COLLECTION_NAMES = ['documents', 'passages', 'actors', 'pacts', 'events', 'rivalries'] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];
