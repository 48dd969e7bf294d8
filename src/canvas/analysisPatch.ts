import type { Core } from 'cytoscape';
import type { Atlas } from '../domain/atlas/buildAtlas';
import {
  analysisContextOf,
  blocColour,
  blocColourIndex,
  blocsAt,
  centralityAt,
  compareDates,
  rivalriesAt,
  type AnalysisContext,
} from '../domain/analysis';
import type { DateComparison } from '../domain/analysis';
import { actorNodeId, membershipEdgeId } from '../domain/graph/buildGraphElements';
import type { AnalysisState, Basis } from '../state/types';

// Loaded with the analysis code (graphology and all) only when an analysis view is first turned on.

const MIN_SIZE = 18;
const MAX_SIZE = 56;
const colourIndexCache = new WeakMap<AnalysisContext, Map<string, Map<string, number>>>();

function colourIndex(ctx: AnalysisContext, scope: AnalysisState['tieScope']): Map<string, number> {
  const byScope = colourIndexCache.get(ctx) ?? new Map<string, Map<string, number>>();
  colourIndexCache.set(ctx, byScope);
  const cached = byScope.get(scope);
  if (cached) return cached;
  const index = blocColourIndex(ctx, { scope, split: true });
  byScope.set(scope, index);
  return index;
}

/** Node colours by bloc at the date (data `blocColour`), or none. */
export function applyBlocColours(cy: Core, ctx: AnalysisContext, day: number, analysis: AnalysisState): void {
  const colours = new Map<string, string>();
  if (analysis.colourByBloc) {
    const index = colourIndex(ctx, analysis.tieScope);
    for (const bloc of blocsAt(ctx, day, { scope: analysis.tieScope, split: true }).blocs) {
      const colour = blocColour(index, bloc.id);
      for (const member of bloc.members) colours.set(actorNodeId(member), colour);
    }
  }
  cy.batch(() => {
    cy.nodes('[role = "actor"]').forEach((node) => {
      const colour = colours.get(node.id());
      if (colour === undefined) {
        if (node.data('blocColour') !== undefined) node.removeData('blocColour');
      } else if (node.data('blocColour') !== colour) node.data('blocColour', colour);
    });
  });
}

/** Node sizes by degree or betweenness at the date (data `size`), or none. */
export function applyCentralitySizes(
  cy: Core,
  ctx: AnalysisContext,
  day: number,
  analysis: AnalysisState,
): void {
  const sizes = new Map<string, number>();
  if (analysis.sizeBy !== 'none') {
    const betweenness = analysis.sizeBy === 'betweenness';
    for (const c of centralityAt(ctx, day, { scope: analysis.tieScope, betweenness }).values()) {
      const share = betweenness ? c.betweennessNormalized : c.degreeNormalized;
      sizes.set(actorNodeId(c.actorId), Math.round(MIN_SIZE + Math.sqrt(share) * (MAX_SIZE - MIN_SIZE)));
    }
  }
  cy.batch(() => {
    cy.nodes('[role = "actor"]').forEach((node) => {
      const size = analysis.sizeBy === 'none' ? undefined : (sizes.get(node.id()) ?? MIN_SIZE - 4);
      if (size === undefined) {
        if (node.data('size') !== undefined) node.removeData('size');
      } else if (node.data('size') !== size) node.data('size', size);
    });
  });
}

/** Rivalry edges under way at the date, when the rivalries view is on. */
export function applyRivalries(cy: Core, ctx: AnalysisContext, day: number, analysis: AnalysisState): void {
  const shown = new Set(analysis.showRivalries ? rivalriesAt(ctx, day).map((r) => `r:${r.id}`) : []);
  cy.batch(() => {
    cy.edges('[role = "rivalry"]').forEach((edge) => {
      if (shown.has(edge.id())) edge.removeClass('hidden');
      else edge.addClass('hidden');
    });
  });
}

/** Marks pacts formed and ended between the comparison date and the date shown; ended ones stay drawn. */
export function applyComparison(
  cy: Core,
  atlas: Atlas,
  basis: Basis,
  day: number,
  analysis: AnalysisState,
): Pick<DateComparison, 'formed' | 'ended' | 'joined' | 'left'> {
  const result =
    analysis.compareDay === null
      ? { formed: [], ended: [], joined: [], left: [] }
      : compareDates(atlas.timelines[basis], analysis.compareDay, day, atlas.pactById.keys());
  // Read from the earlier date to the later one, whichever is shown.
  const formed = new Set(result.formed);
  const ended = new Set(result.ended);
  // Members who joined or left a continuing pact are marked like formed and ended ties, on their edge and node.
  const joined = new Set(result.joined.map((m) => membershipEdgeId(m.pactId, m.actorId)));
  const left = new Set(result.left.map((m) => membershipEdgeId(m.pactId, m.actorId)));
  cy.batch(() => {
    cy.elements('.cmp-formed, .cmp-ended, .cmp-continuing').removeClass(
      'cmp-formed cmp-ended cmp-continuing',
    );
    if (analysis.compareDay === null) return;
    for (const m of result.joined) cy.getElementById(actorNodeId(m.actorId)).addClass('cmp-formed');
    cy.elements('[pactId]').forEach((ele) => {
      const pactId = ele.data('pactId') as string;
      if (formed.has(pactId) || joined.has(ele.id())) ele.addClass('cmp-formed');
      else if (ended.has(pactId) || left.has(ele.id())) ele.addClass('cmp-ended');
      else ele.addClass('cmp-continuing');
    });
  });
  return result;
}

/** The analysis context of the atlas under a basis (cached by the analysis module). */
export function contextFor(atlas: Atlas, basis: Basis): AnalysisContext {
  return analysisContextOf(atlas, basis);
}
