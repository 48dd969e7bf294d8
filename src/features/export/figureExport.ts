import type { Core } from 'cytoscape';
import { legendItems } from '../legend/figureLegend';
import type { PngExportInput } from './exportOptions';
import type { PngUnderlay } from '../../shared/exportUnderlay';
import type { AppState } from '../../state/types';
import { linkToView } from '../../state/urlSync';
import {
  defaultSubtitle,
  FIGURE_TITLE,
  figureCitation,
  figureContext,
  figureCreditLine,
  type FigureContext,
} from './figureContext';
import {
  BACKGROUNDS,
  DEFAULT_FIGURE_SETTINGS,
  figureFileName,
  sizeOptions,
  type FigureSettings,
} from './figureSettings';
import { shownOnGraph } from './shownOnGraph';

/** Everything one export needs, worked out from the graph, the app's context and the person's settings. */
export interface FigurePlan {
  input: PngExportInput;
  fileName: string;
  citation: string;
}

/** Settings with the defaults the context gives: the app's title, and the date, basis and selection as subtitle. */
export function settingsWithDefaults(
  ctx: FigureContext,
  settings: Partial<FigureSettings> & Pick<FigureSettings, 'title'>,
): FigureSettings {
  return { ...DEFAULT_FIGURE_SETTINGS, subtitle: defaultSubtitle(ctx), ...settings };
}

/** Plans a figure: what it shows decides its legend and credits; the view decides its file name. */
export function planFigure(
  cy: Core,
  ctx: FigureContext,
  settings: FigureSettings,
  extra: { underlay?: PngUnderlay; url: string; today: string },
): FigurePlan {
  const shown = shownOnGraph(cy, settings.full, ctx.marks);
  const credit = figureCreditLine(ctx, shown.pactIds);
  const input: PngExportInput = {
    ...sizeOptions(settings.size, settings.customWidth),
    full: settings.full,
    background: BACKGROUNDS[settings.background],
    // The subtitle takes the caption's second line; the date is in it by default and stays editable.
    caption: { title: settings.title, dateText: settings.subtitle, basisText: '', credit },
    ...(settings.legend ? { legend: legendItems(shown.summary) } : {}),
    ...(extra.underlay ? { underlay: extra.underlay } : {}),
  };
  const fileName = figureFileName(
    {
      isoDate: ctx.isoDate,
      selection: ctx.selection?.id ?? null,
      layout: ctx.layout,
      full: settings.full,
      size: settings.size,
      background: settings.background,
      marks: ctx.views.map((v) => v.name),
    },
    settings.format,
  );
  const citation = figureCitation(
    { title: settings.title, subtitle: settings.subtitle, credit },
    { url: extra.url, today: extra.today, full: settings.full },
  );
  return { input, fileName, citation };
}

/** Draws the planned figure as a PNG or SVG blob (the drawing code is loaded on first use). */
export async function figureBlob(
  cy: Core,
  plan: FigurePlan,
  format: FigureSettings['format'],
): Promise<Blob> {
  if (format === 'svg') {
    const { figureSvg } = await import('./figureSvg');
    return new Blob([figureSvg(cy, plan.input)], { type: 'image/svg+xml' });
  }
  const { toPngBlob } = await import('./toPngBlob');
  return toPngBlob(cy, plan.input);
}

/** The plan of a figure with every default (what "Export PNG" saves in one click). */
export function defaultPlan(cy: Core, state: AppState, full: boolean, underlay?: PngUnderlay): FigurePlan {
  const ctx = figureContext(state);
  if (!ctx) throw new Error('the data is not loaded yet');
  const settings = settingsWithDefaults(ctx, { title: FIGURE_TITLE, full });
  return planFigure(cy, ctx, settings, {
    ...(underlay ? { underlay } : {}),
    url: linkToView(state, location),
    today: new Date().toISOString().slice(0, 10),
  });
}
