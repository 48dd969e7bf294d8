import type { z } from 'zod';
import type {
  actorSchema,
  existenceSpanSchema,
  EXISTENCE_SOURCES,
  datasetSchema,
  documentSchema,
  eventSchema,
  memberSchema,
  obligationsSchema,
  pactSchema,
  passageSchema,
  rivalrySchema,
  bearingSchema,
  referenceSchema,
  BEARING_ASPECTS,
  BEARING_TARGETS,
  REFERENCE_KINDS,
  ACTOR_KINDS,
  PACT_KINDS,
  EVENT_TYPES,
  PACT_STATUSES,
  DATE_SOURCES,
  REGIONS,
} from './schema';

// Types are inferred from the schemas at the edge, so the model cannot drift from what is validated.
export type SourceDocument = z.infer<typeof documentSchema>;
export type Passage = z.infer<typeof passageSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type ExistenceSpan = z.infer<typeof existenceSpanSchema>;
export type ExistenceSource = (typeof EXISTENCE_SOURCES)[number];
export type Obligations = z.infer<typeof obligationsSchema>;
export type Member = z.infer<typeof memberSchema>;
export type Pact = z.infer<typeof pactSchema>;
export type PactEvent = z.infer<typeof eventSchema>;
export type Rivalry = z.infer<typeof rivalrySchema>;
export type Bearing = z.infer<typeof bearingSchema>;
export type Reference = z.infer<typeof referenceSchema>;
export type BearingAspect = (typeof BEARING_ASPECTS)[number];
export type BearingTarget = (typeof BEARING_TARGETS)[number];
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];
/** A dataset plus the full text of its documents, keyed by document id. */
export type Dataset = z.infer<typeof datasetSchema>;

export type ActorKind = (typeof ACTOR_KINDS)[number];
export type PactKind = (typeof PACT_KINDS)[number];
export type EventType = (typeof EVENT_TYPES)[number];
export type PactStatus = (typeof PACT_STATUSES)[number];
export type DateSource = (typeof DATE_SOURCES)[number];
export type Region = (typeof REGIONS)[number];
