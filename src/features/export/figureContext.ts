import type { Atlas } from '../../domain/atlas/buildAtlas';
import { dayToIso, formatDay } from '../../domain/dates';
import { creditText, figureCredits } from '../../domain/figure/figureCredits';
import { plainLine } from '../../domain/text/cleanText';
import type { AppState } from '../../state/types';
import type { ViewMarks } from './shownOnGraph';
import { countHidden, regionLookup, resolveFilter, shownInWords } from '../../domain/filter';
import { REGION_LABELS } from '../../shared/palette';

export const FIGURE_TITLE = 'Alliance Atlas: military alliances and security pacts';

/** What the app shows, in the words and names a figure needs; read from the store when the dialog opens. */
export interface FigureContext {
  atlas: Atlas;
  day: number;
  isoDate: string;
  dateText: string;
  basisText: string;
  selection: { id: string; label: string } | null;
  layout: AppState['analysis']['layout'];
  marks: ViewMarks;
  /** Analysis views on, for the subtitle ("blocs coloured") and the file name ("blocs"). */
  views: { text: string; name: string }[];
}

function selectionOf(state: AppState, atlas: Atlas): FigureContext['selection'] {
  const { pactId, actorId } = state.selection;
  if (pactId) return { id: pactId, label: plainLine(atlas.pactById.get(pactId)?.name ?? pactId) };
  if (actorId) return { id: actorId, label: plainLine(atlas.actorById.get(actorId)?.name ?? actorId) };
  return null;
}

/** "filtered: defence pacts only (210 of 253 pacts in force hidden)", or nothing when every pact is drawn. */
function filterView(state: AppState, atlas: Atlas): FigureContext['views'] {
  const filter = resolveFilter(state.analysis.filter, atlas.dataset.pacts.length);
  const shown = shownInWords(filter, (r) => REGION_LABELS[r]);
  if (!shown) return [];
  const active = atlas.timelines[state.timeline.basis].activeAt(state.timeline.day).pactIds;
  const hidden = countHidden(filter, active, atlas.pactById, regionLookup(atlas)).total;
  return [
    { text: `filtered: ${shown} (${hidden} of ${active.length} pacts in force hidden)`, name: 'filtered' },
  ];
}

function viewsOf(analysis: AppState['analysis']): FigureContext['views'] {
  const views: FigureContext['views'] = [];
  if (analysis.colourByBloc)
    views.push({
      text: `blocs coloured (${analysis.tieScope === 'all' ? 'any pact' : 'defence ties'})`,
      name: 'blocs',
    });
  if (analysis.sizeBy !== 'none') views.push({ text: `sized by ${analysis.sizeBy}`, name: analysis.sizeBy });
  if (analysis.showRivalries) views.push({ text: 'rivalries shown', name: 'rivalries' });
  if (analysis.compareDay !== null)
    views.push({
      text: `compared with ${formatDay(analysis.compareDay)}`,
      name: `vs-${dayToIso(analysis.compareDay)}`,
    });
  return views;
}

/** The figure's context from the app state, or null while no dataset is ready. */
export function figureContext(state: AppState): FigureContext | null {
  if (state.data.kind !== 'ready') return null;
  const { atlas } = state.data;
  const { day, basis } = state.timeline;
  const { analysis } = state;
  return {
    atlas,
    day,
    isoDate: dayToIso(day),
    dateText: formatDay(day),
    basisText: basis === 'signed' ? 'pacts counted from signing' : 'pacts counted from entry into force',
    selection: selectionOf(state, atlas),
    layout: analysis.layout,
    marks: {
      blocs: analysis.colourByBloc,
      sizeBy: analysis.sizeBy,
      comparedWith: analysis.compareDay === null ? null : formatDay(analysis.compareDay),
    },
    views: [...filterView(state, atlas), ...viewsOf(analysis)],
  };
}

/** "1 January 1960 · pacts counted from signing · North Atlantic Treaty selected · blocs coloured (defence ties)". */
export function defaultSubtitle(ctx: FigureContext): string {
  return [
    ctx.dateText,
    ctx.basisText,
    ctx.selection ? `${ctx.selection.label} selected` : '',
    ctx.layout === 'map' ? 'states at their capitals' : '',
    ...ctx.views.map((v) => v.text),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The credit line for the pacts a figure shows. */
export function figureCreditLine(ctx: FigureContext, pactIds: Iterable<string>): string {
  return creditText(figureCredits(ctx.atlas.dataset, pactIds));
}

/** A citation to paste under the figure: what it shows, its sources, where and when it was made. */
export function figureCitation(
  texts: { title: string; subtitle: string; credit: string },
  where: { url: string; today: string; full: boolean },
): string {
  const what = [plainLine(texts.title), plainLine(texts.subtitle)].filter(Boolean).join(': ');
  const scope = where.full ? 'whole graph' : 'view as shown';
  return `Figure: ${what} (${scope}). Made with Alliance Atlas, ${where.url}, on ${where.today}. ${plainLine(texts.credit)}`;
}
