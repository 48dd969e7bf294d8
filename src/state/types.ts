import type { Atlas } from '../domain/atlas/buildAtlas';
import type { FilterChoice } from '../domain/filter';

import type { TimelineBasis } from '../domain/timeline';
import type { ScaleMode } from '../domain/timescale/timeScale';
import type { ImportProgress, ImportResult } from '../domain/model/importResult';
import type { DatasetSource } from '../domain/model/datasetSource';

/** Whether a pact counts from its signing or from its entry into force. */
export type Basis = TimelineBasis;

export type DatasetStatus =
  | { kind: 'loading' }
  /** A dataset shown, and where it comes from (they change together). */
  | { kind: 'ready'; atlas: Atlas; source: DatasetSource }
  | { kind: 'error'; message: string };

export interface TimelineState {
  /** The date shown, as days since 1970-01-01. */
  day: number;
  basis: Basis;
  playing: boolean;
  /** Play speed in days of history per second of wall time. */
  speed: number;
  /** The span the slider covers; null = the dataset's whole span. */
  zoom: { from: number; to: number } | null;
  scaleMode: ScaleMode;
}

export interface SelectionState {
  pactId: string | null;
  actorId: string | null;
}

/** An import read and checked, waiting for the person to accept or reject it. */
export interface PendingImport {
  fileNames: string[];
  result: ImportResult;
}

export interface ViewState {
  /** The passage the document reader shows, or null when the reader is closed. */
  readerPassageId: string | null;
  notice: string | null;
  importing: boolean;
  /** How far the import being read has got (null before the first report). */
  importProgress: ImportProgress | null;
  pendingImport: PendingImport | null;
}

export const LAYOUT_MODES = ['network', 'map'] as const;
/** Where nodes sit: the force layout over the whole dataset, or states at their capitals on a world map. */
export type LayoutMode = (typeof LAYOUT_MODES)[number];
export type SizeBy = 'none' | 'degree' | 'betweenness';
export type TieScope = 'defence' | 'all';

/** The analysis views: layout, a second date to compare with, blocs, centrality and rivalries. */
export interface AnalysisState {
  layout: LayoutMode;
  /** The network keeps one layout over all of history instead of positions that follow the date. */
  fixedLayout: boolean;
  /** The other date of a comparison (days since 1970-01-01), or null when not comparing. */
  compareDay: number | null;
  colourByBloc: boolean;
  sizeBy: SizeBy;
  showRivalries: boolean;
  /** Which pacts tie states into blocs: those with a defence obligation, or all. */
  tieScope: TieScope;
  sideTab: 'details' | 'analysis';
  /** Which pacts are drawn: by strongest obligation (null: the dataset's default), kind and region. */
  filter: FilterChoice;
}

export interface AppState {
  data: DatasetStatus;
  timeline: TimelineState;
  selection: SelectionState;
  view: ViewState;
  analysis: AnalysisState;
}
