import { blocsAt } from './blocs';
import type { AnalysisContext } from './context';
import type { BlocOptions } from './blocs';

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
 * get distinct colours. Past `maxDays` event days, that many evenly spaced ones are scanned (120 when chained
 * blocs are split: community detection costs milliseconds per day at the field's scale).
 */
export function blocColourIndex(
  ctx: AnalysisContext,
  options: BlocOptions = {},
  maxDays = options.split ? 120 : 400,
): Map<string, number> {
  const index = new Map<string, number>();
  for (const day of scannedDays(ctx.timeline.eventDays, maxDays))
    for (const bloc of blocsAt(ctx, day, options).blocs)
      if (!index.has(bloc.id)) index.set(bloc.id, index.size);
  return index;
}

function scannedDays(days: Int32Array, maxDays: number): number[] {
  const n = days.length;
  const m = Math.max(1, Math.floor(maxDays));
  if (n <= m) return Array.from(days);
  return Array.from({ length: m }, (_, i) => days[Math.round((i * (n - 1)) / (m - 1 || 1))] as number);
}

/** The palette colour of a bloc id; an id the index missed (between scanned days) gets one from its hash. */
export function blocColour(index: ReadonlyMap<string, number>, blocId: string): string {
  const i = index.get(blocId) ?? hash(blocId);
  return BLOC_PALETTE[i % BLOC_PALETTE.length] as string;
}

// FNV-1a: any stable spread will do, so an unseen bloc keeps one colour.
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
