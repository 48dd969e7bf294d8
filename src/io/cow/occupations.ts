import { z } from 'zod';
import type { ExistenceSpan } from '../../domain/model';
import { isoDate } from '../../domain/model/schema';
import raw from '../../../data/occupations.json';

export const occupationsSchema = z.strictObject({
  about: z.string().min(1),
  source: z.literal('public-record'),
  occupations: z.array(
    z.strictObject({
      ccode: z.int().positive(),
      name: z.string().min(1),
      from: isoDate,
      until: isoDate,
      occupation: z.string().min(1),
      note: z.string().min(1),
    }),
  ),
});

/** data/occupations.json: states under occupation while COW's state system leaves them out. */
export const OCCUPATIONS = occupationsSchema.parse(raw);

/** The occupation spans of a COW state, as existence spans (source: the public record). */
export function occupationSpans(ccode: number): ExistenceSpan[] {
  return OCCUPATIONS.occupations
    .filter((o) => o.ccode === ccode)
    .map(({ from, until, occupation, note }) => ({ from, until, source: 'public-record', note, occupation }));
}
