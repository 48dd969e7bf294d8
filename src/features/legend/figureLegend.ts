import { PACT_KIND_COLOURS, PACT_KIND_LABELS, REGION_COLOURS, REGION_LABELS } from '../../shared/palette';
import type { PactKind, Region } from '../../domain/model';

/** What a figure shows, read off the graph: the legend lists these and nothing else. */
export interface ShownSummary {
  pactKinds: ReadonlySet<string>;
  proposed: boolean;
  hubs: boolean;
  states: boolean;
  organisations: boolean;
  nuclear: boolean;
  /** Actors drawn faded because they have no pact at the date. */
  faded: boolean;
  regions: ReadonlySet<string>;
  /** Nodes filled by bloc instead of region. */
  blocs: boolean;
  rivalries: boolean;
  sizeBy: 'none' | 'degree' | 'betweenness';
  /** The other date of a comparison, as people read it, when comparing. */
  comparedWith: string | null;
  selected: boolean;
}

/** A figure with nothing drawn and no view marks, with `shown` laid over it. */
export function nothingShown(shown: Partial<ShownSummary> = {}): ShownSummary {
  return {
    pactKinds: new Set(),
    proposed: false,
    hubs: false,
    states: false,
    organisations: false,
    nuclear: false,
    faded: false,
    regions: new Set(),
    blocs: false,
    rivalries: false,
    sizeBy: 'none',
    comparedWith: null,
    selected: false,
    ...shown,
  };
}

/** How a legend entry is drawn: a stroke, or a node shape. Sizes in CSS px. */
export type LegendSymbol =
  | { type: 'line'; colour: string; width: number; dash?: readonly number[]; halo?: string }
  | {
      type: 'shape';
      shape: 'ellipse' | 'round-rectangle' | 'diamond';
      fill: string;
      stroke: string;
      strokeWidth: number;
      opacity?: number;
    };

type ShapeSymbol = Extract<LegendSymbol, { type: 'shape' }>;

export interface LegendItem {
  symbol: LegendSymbol;
  label: string;
}

// The palette's key order is the legend's order (the schema's order of kinds and regions).
const PACT_KINDS = Object.keys(PACT_KIND_COLOURS) as PactKind[];
const REGIONS = Object.keys(REGION_COLOURS) as Region[];
const GREY = '#dddddd';
const BORDER = '#4b5563';

function kindItems(shown: ShownSummary): LegendItem[] {
  return PACT_KINDS.filter((k) => shown.pactKinds.has(k)).map((kind: PactKind) => ({
    symbol: {
      type: 'line',
      colour: PACT_KIND_COLOURS[kind],
      width: 3,
      ...(kind === 'proposed-pact' ? { dash: [5, 3] } : {}),
    },
    label: PACT_KIND_LABELS[kind],
  }));
}

function nodeItems(shown: ShownSummary): LegendItem[] {
  const items: LegendItem[] = [];
  const shape = (
    form: ShapeSymbol['shape'],
    fill: string,
    stroke: string,
    strokeWidth: number,
    opacity?: number,
  ): ShapeSymbol => ({
    type: 'shape',
    shape: form,
    fill,
    stroke,
    strokeWidth,
    ...(opacity === undefined ? {} : { opacity }),
  });
  if (shown.hubs)
    items.push({
      symbol: shape('diamond', '#1f5fa8', '#ffffff', 1),
      label: 'Pact with three or more members (◆ hub)',
    });
  if (shown.proposed && !shown.pactKinds.has('proposed-pact'))
    items.push({
      symbol: { type: 'line', colour: '#2c3e50', width: 3, dash: [5, 3] },
      label: 'Proposed, not in force (dashed)',
    });
  if (shown.states) items.push({ symbol: shape('ellipse', GREY, BORDER, 1), label: 'State' });
  if (shown.organisations)
    items.push({ symbol: shape('round-rectangle', GREY, BORDER, 1), label: 'Organisation' });
  if (shown.nuclear)
    items.push({ symbol: shape('ellipse', GREY, '#111827', 3), label: 'Nuclear-armed (heavy ring)' });
  if (shown.faded)
    items.push({ symbol: shape('ellipse', GREY, BORDER, 1, 0.3), label: 'Faded: no pact at this date' });
  if (shown.sizeBy !== 'none')
    items.push({ symbol: shape('ellipse', GREY, BORDER, 1), label: `Size: ${shown.sizeBy} at this date` });
  if (shown.selected)
    items.push({
      symbol: shape('ellipse', GREY, '#f59e0b', 3),
      label: 'Highlighted: the selection (the rest faded)',
    });
  return items;
}

function fillItems(shown: ShownSummary): LegendItem[] {
  if (shown.blocs)
    return [
      {
        symbol: { type: 'shape', shape: 'ellipse', fill: '#8dd3c7', stroke: BORDER, strokeWidth: 1 },
        label: 'Fill: bloc at this date (one colour per bloc)',
      },
    ];
  return REGIONS.filter((r) => shown.regions.has(r)).map((region: Region) => ({
    symbol: { type: 'shape', shape: 'ellipse', fill: REGION_COLOURS[region], stroke: BORDER, strokeWidth: 1 },
    label: REGION_LABELS[region],
  }));
}

function markItems(shown: ShownSummary): LegendItem[] {
  const items: LegendItem[] = [];
  if (shown.rivalries)
    items.push({
      symbol: { type: 'line', colour: '#b91c1c', width: 2, dash: [2, 5] },
      label: 'Rivalry under way',
    });
  if (shown.comparedWith) {
    items.push(
      {
        symbol: { type: 'line', colour: '#1f5fa8', width: 5, halo: '#22c55e' },
        label: `Formed since ${shown.comparedWith}`,
      },
      {
        symbol: { type: 'line', colour: '#6b7280', width: 2.5, dash: [6, 4] },
        label: `Ended since ${shown.comparedWith}`,
      },
    );
  }
  return items;
}

/** The legend of a figure: the pact kinds drawn, the node encodings used, and the marks of the views that are on. */
export function legendItems(shown: ShownSummary): LegendItem[] {
  return [...kindItems(shown), ...nodeItems(shown), ...markItems(shown), ...fillItems(shown)];
}
