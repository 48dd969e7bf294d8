import type { Core } from 'cytoscape';
import type { Atlas } from '../domain/atlas/buildAtlas';
import type { AnalysisState, Basis } from '../state/types';

const anyOn = (a: AnalysisState) =>
  a.colourByBloc || a.sizeBy !== 'none' || a.showRivalries || a.compareDay !== null;

/**
 * Paints the analysis views that are on (blocs, sizes, rivalries, a comparison) on any instance as of `day`, with
 * betweenness computed at once: what an animation frame needs. Loads the analysis code only when a view is on.
 */
export async function paintAnalysisAt(
  cy: Core,
  atlas: Atlas,
  basis: Basis,
  analysis: AnalysisState,
  day: number,
): Promise<void> {
  if (!anyOn(analysis)) return;
  const patch = await import('./analysisPatch');
  const ctx = patch.contextFor(atlas, basis);
  patch.applyBlocColours(cy, ctx, day, analysis);
  patch.applyRivalries(cy, ctx, day, analysis);
  patch.applyComparison(cy, atlas, basis, day, analysis);
  patch.applyCentralitySizes(cy, ctx, day, analysis);
}
