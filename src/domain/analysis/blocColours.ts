import { blocsAt } from './blocs';
import type { AnalysisContext } from './context';
import type { TieOptions } from './ties';

/** Ten distinguishable colours (Tableau 10) for blocs; index with a bloc's colour index modulo the length. */
export const BLOC_PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
] as const;

/**
 * A colour index per bloc id, numbered in order of first appearance over the dataset's event days (larger
 * blocs first on the same day), so a bloc keeps its colour as the date moves and blocs that coexist early
 * get distinct colours.
 */
export function blocColourIndex(ctx: AnalysisContext, options: TieOptions = {}): Map<string, number> {
  const index = new Map<string, number>();
  for (const day of ctx.timeline.eventDays)
    for (const bloc of blocsAt(ctx, day, options).blocs)
      if (!index.has(bloc.id)) index.set(bloc.id, index.size);
  return index;
}

/** The palette colour of a bloc id, grey for an id the index has not seen. */
export function blocColour(index: ReadonlyMap<string, number>, blocId: string): string {
  const i = index.get(blocId);
  return i === undefined ? '#888888' : (BLOC_PALETTE[i % BLOC_PALETTE.length] as string);
}
