import { z } from 'zod';
import type { Actor } from '../../domain/model';
import { isoDate } from '../../domain/model/schema';
import { derivedFileHeader, sourceFileShape } from '../derivedFile';
import raw from '../../../data/cow-states-2016.json';
import { occupationSpans } from './occupations';

const spanSchema = z.strictObject({ from: isoDate.optional(), until: isoDate.optional() });

export const cowStateSpansSchema = z.strictObject({
  ...derivedFileHeader,
  files: z.array(
    z.strictObject({
      ...sourceFileShape,
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      rows: z.int().positive(),
    }),
  ),
  publisher: z.string().min(1),
  states: z.array(
    z.strictObject({
      ccode: z.int().positive(),
      abbreviation: z.string().min(1),
      name: z.string().min(1),
      spans: z.array(spanSchema).min(1),
    }),
  ),
});

export type CowStateSpans = z.infer<typeof cowStateSpansSchema>;
type Existence = NonNullable<Actor['existence']>;

/** The spans in data/cow-states-2016.json (COW State System Membership List v2016), by state code. */
export const COW_STATE_SPANS: CowStateSpans = cowStateSpansSchema.parse(raw);

const BY_CODE = new Map(COW_STATE_SPANS.states.map((s) => [s.ccode, s.spans]));

/**
 * When a COW state existed: its spells in the state system, and the occupations that fill gaps between them, as an
 * actor's existence list; undefined for an unknown code.
 */
export function cowExistence(ccode: number): Existence | undefined {
  const spans = BY_CODE.get(ccode);
  if (!spans) return undefined;
  // Occupations fill gaps of the list (data/occupations.json): the state is drawn then, marked as occupied.
  return [
    ...spans.map((span) => ({ ...span, source: 'cow-states-2016' as const })),
    ...occupationSpans(ccode),
  ].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
}

/** The spans of a code clipped to [from, until): for a COW code that stands for two actors in turn (365). */
export function cowExistenceBetween(ccode: number, from?: string, until?: string): Existence {
  const out: Existence = [];
  for (const span of cowExistence(ccode) ?? []) {
    const start = later(span.from, from);
    const end = earlier(span.until, until);
    if (start !== undefined && end !== undefined && start >= end) continue;
    const clipped = { ...span };
    delete clipped.from;
    delete clipped.until;
    out.push({
      ...(start === undefined ? {} : { from: start }),
      ...(end === undefined ? {} : { until: end }),
      ...clipped,
    });
  }
  return out;
}

// ISO days compare as strings; undefined is the open end.
function later(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

function earlier(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a < b ? a : b;
}
