import { z } from 'zod';
import { isoDate } from '../../domain/model/schema';
import { derivedFileHeader, sourceFileShape } from '../derivedFile';
import raw from '../../../data/crosswalk/alliances.json';

const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lowercase id of letters, digits and hyphens');

/** What a dataset's file says of the alliance: its start and the COW codes of its members, to check a mapping by. */
const datasetAllianceSchema = z.strictObject({
  alliance: z.int().positive(),
  start: isoDate,
  members: z.array(z.int().positive()).min(1),
});

export const crosswalkEntrySchema = z.strictObject({
  id: slug,
  name: z.string().min(1),
  shortName: z.string().min(1),
  /** The documents' pact (data/pacts.json) when it is the same treaty. */
  pact: slug.optional(),
  cow: z.array(datasetAllianceSchema).min(1).optional(),
  atop: z.array(datasetAllianceSchema).min(1).optional(),
  /** What the treaty is: where and when it was signed, by whom. */
  source: z.string().min(1),
});

export const crosswalkSchema = z.strictObject({
  ...derivedFileHeader,
  files: z.array(z.strictObject({ dataset: z.string().min(1), ...sourceFileShape })),
  alliances: z.array(crosswalkEntrySchema),
});

export type CrosswalkEntry = z.infer<typeof crosswalkEntrySchema>;
export type Crosswalk = z.infer<typeof crosswalkSchema>;
/** Which dataset's numbering an alliance id is in. */
export type DatasetFamily = 'cow' | 'atop';

/** Problems that make a crosswalk unusable beyond its schema: an id mapped twice, an empty entry. */
export function crosswalkProblems(crosswalk: Crosswalk): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const entry of crosswalk.alliances) {
    if (!entry.cow && !entry.atop) problems.push(`${entry.id}: maps no COW or ATOP alliance`);
    for (const family of ['cow', 'atop'] as const)
      for (const { alliance } of entry[family] ?? []) {
        const key = `${family} ${alliance}`;
        const other = seen.get(key);
        if (other !== undefined)
          problems.push(`${entry.id}: ${key.toUpperCase()} is already mapped by ${other}`);
        seen.set(key, entry.id);
      }
    if (seen.has(`id ${entry.id}`)) problems.push(`${entry.id}: the id is used twice`);
    seen.set(`id ${entry.id}`, entry.id);
  }
  return problems;
}

/** Looks alliances up by dataset and number. */
export interface CrosswalkIndex {
  entries: readonly CrosswalkEntry[];
  find(family: DatasetFamily, alliance: string | number): CrosswalkEntry | undefined;
}

export function indexCrosswalk(crosswalk: Crosswalk): CrosswalkIndex {
  const byKey = new Map<string, CrosswalkEntry>();
  for (const entry of crosswalk.alliances)
    for (const family of ['cow', 'atop'] as const)
      for (const { alliance } of entry[family] ?? []) byKey.set(`${family}:${alliance}`, entry);
  return { entries: crosswalk.alliances, find: (family, alliance) => byKey.get(`${family}:${alliance}`) };
}

// Validated once at the edge: a broken crosswalk names nothing rather than naming wrongly (the tests keep it valid).
const parsed = crosswalkSchema.safeParse(raw);
const usable = parsed.success && crosswalkProblems(parsed.data).length === 0;

/** The crosswalk shipped in data/crosswalk/alliances.json. */
export const CROSSWALK: CrosswalkIndex = indexCrosswalk(
  usable ? parsed.data : { about: '', derivation: '', files: [], alliances: [] },
);
