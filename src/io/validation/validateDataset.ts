import type { Dataset } from '../../domain/model';
import type { CheckContext, RawCollections } from './collections';
import { checkCitations, checkPactsHaveEvents, findUnusedPassages } from './citations';
import { checkDates } from './dateCheck';
import { checkEventOrder } from './eventOrder';
import { EVIDENCE_CHECKS } from './evidence';
import { checkDuplicateMembers } from './duplicateMembers';
import { checkActorLifecycles, checkPactEnds } from './lifecycle';
import { checkMembers } from './members';
import { checkDocumentFiles, checkPassageText } from './passageText';
import { checkReferences } from './references';
import { checkSchemas } from './schemaCheck';
import { sortIssues, type ValidationIssue } from './issues';
import { checkUniqueIds } from './uniqueIds';

/** The parsed JSON of each collection file and the text of each document, keyed by document id. */
export interface DatasetInput {
  collections: RawCollections;
  documentTexts: ReadonlyMap<string, string>;
}

export interface ValidateOptions {
  /** How messages name the data folder, e.g. `data` gives `data/events.json`. */
  dataDir?: string;
}

/** Either the typed dataset, or every error found; warnings in both cases. */
export type ValidationResult =
  | { ok: true; dataset: Dataset; warnings: ValidationIssue[] }
  | { ok: false; errors: ValidationIssue[]; warnings: ValidationIssue[] };

const CHECKS: readonly ((ctx: CheckContext) => ValidationIssue[])[] = [
  checkUniqueIds,
  checkReferences,
  checkDocumentFiles,
  checkPassageText,
  checkDates,
  checkEventOrder,
  checkMembers,
  checkDuplicateMembers,
  checkCitations,
  checkPactsHaveEvents,
  checkActorLifecycles,
  checkPactEnds,
  ...EVIDENCE_CHECKS,
];

/** Validates a whole dataset at once, without touching the file system, and reports every problem it finds. */
export function validateDataset(input: DatasetInput, options: ValidateOptions = {}): ValidationResult {
  const dataDir = options.dataDir ?? 'data';
  const schema = checkSchemas(input.collections, dataDir);
  const ctx: CheckContext = {
    dataDir,
    parsed: schema.parsed,
    knownIds: schema.knownIds,
    incomplete: schema.incomplete,
    documentTexts: input.documentTexts,
  };
  const errors = sortIssues([...schema.issues, ...CHECKS.flatMap((check) => check(ctx))]);
  const warnings = sortIssues(findUnusedPassages(ctx));
  if (errors.length > 0) return { ok: false, errors, warnings };
  const records = <T>(entries: readonly { record: T }[]) => entries.map((e) => e.record);
  const { parsed } = ctx;
  const dataset: Dataset = {
    documents: records(parsed.documents),
    passages: records(parsed.passages),
    actors: records(parsed.actors),
    pacts: records(parsed.pacts),
    events: records(parsed.events),
    rivalries: records(parsed.rivalries),
  };
  return { ok: true, dataset, warnings };
}
