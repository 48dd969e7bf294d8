import { dayToIso, formatDay, isoDayToNumber } from '../domain/dates';
import { OBLIGATION_CLASSES, type FilterChoice } from '../domain/filter';
import { PACT_KINDS, REGIONS } from '../domain/model/vocabulary';
import type { AnalysisState, Basis, SizeBy } from './types';

/** The part of the view a link carries. */
export interface UrlView {
  day?: number;
  pactId?: string;
  actorId?: string;
  basis?: Basis;
  /** Analysis views: `layout=map`, `blocs=1`, `rivalries=1`, `fixed=1`, `size=degree|betweenness`, `compare=YYYY-MM-DD`, `scope=all`, `tab=analysis`. */
  analysis?: Partial<AnalysisState>;
}

const SIZES: readonly SizeBy[] = ['none', 'degree', 'betweenness'];

function parseAnalysis(params: URLSearchParams, problems: string[]): Partial<AnalysisState> {
  const analysis: Partial<AnalysisState> = {};
  const choice = <T extends string>(key: string, allowed: readonly T[], apply: (value: T) => void) => {
    const value = params.get(key);
    if (value === null) return;
    if ((allowed as readonly string[]).includes(value)) apply(value as T);
    else problems.push(`${key} “${value.slice(0, 40)}” should be ${allowed.join(' or ')}`);
  };
  choice('layout', ['network', 'map'] as const, (v) => (analysis.layout = v));
  choice('blocs', ['0', '1'] as const, (v) => (analysis.colourByBloc = v === '1'));
  choice('rivalries', ['0', '1'] as const, (v) => (analysis.showRivalries = v === '1'));
  choice('fixed', ['0', '1'] as const, (v) => (analysis.fixedLayout = v === '1'));
  choice('size', SIZES, (v) => (analysis.sizeBy = v));
  choice('scope', ['defence', 'all'] as const, (v) => (analysis.tieScope = v));
  choice('tab', ['details', 'analysis'] as const, (v) => (analysis.sideTab = v));
  const filter = parseFilter(params, problems);
  if (filter) analysis.filter = filter;
  const compare = params.get('compare');
  if (compare !== null) {
    const day = isoDayToNumber(compare);
    if (day === null) problems.push(`compare “${compare.slice(0, 40)}” is not a date like 1990-01-01`);
    else analysis.compareDay = day;
  }
  return analysis;
}

// Filters: `obligations=defence,neutrality` (`none` shown as `obligations=` is written `obligations=-`),
// `kinds=<kind>,…`, `regions=<region>,…`. Absent: the dataset's default obligations, every kind, every region.
const FILTER_LISTS = [
  ['obligations', OBLIGATION_CLASSES],
  ['kinds', PACT_KINDS],
  ['regions', REGIONS],
] as const;
const EMPTY_LIST = '-';

function parseFilter(params: URLSearchParams, problems: string[]): FilterChoice | null {
  const choice: { -readonly [K in keyof FilterChoice]: FilterChoice[K] } = {
    obligations: null,
    kinds: null,
    regions: null,
  };
  let any = false;
  for (const [key, allowed] of FILTER_LISTS) {
    const value = params.get(key);
    if (value === null) continue;
    const items = value === EMPTY_LIST ? [] : value.split(',');
    const bad = items.filter((item) => !(allowed as readonly string[]).includes(item));
    if (bad.length) {
      problems.push(`${key} “${bad.join(',').slice(0, 40)}” should be among ${allowed.join(', ')}`);
      continue;
    }
    // Kept in the canonical order, each once, so two links to one view read the same.
    const list = allowed.filter((item) => items.includes(item));
    (choice as Record<string, readonly string[] | null>)[key] = list;
    any = true;
  }
  return any ? choice : null;
}

function formatFilter(params: URLSearchParams, filter: FilterChoice): void {
  for (const [key] of FILTER_LISTS) {
    const list = filter[key];
    if (list) params.set(key, list.length ? list.join(',') : EMPTY_LIST);
  }
}

function formatAnalysis(params: URLSearchParams, a: Partial<AnalysisState>): void {
  if (a.layout === 'map') params.set('layout', 'map');
  if (a.colourByBloc) params.set('blocs', '1');
  if (a.showRivalries) params.set('rivalries', '1');
  if (a.fixedLayout) params.set('fixed', '1');
  if (a.sizeBy && a.sizeBy !== 'none') params.set('size', a.sizeBy);
  if (a.tieScope === 'all') params.set('scope', 'all');
  if (a.sideTab === 'analysis') params.set('tab', 'analysis');
  if (a.compareDay !== undefined && a.compareDay !== null) params.set('compare', dayToIso(a.compareDay));
  if (a.filter) formatFilter(params, a.filter);
}

const ANALYSIS_KEYS = [
  'layout',
  'fixed',
  'blocs',
  'rivalries',
  'size',
  'scope',
  'tab',
  'compare',
  ...FILTER_LISTS.map(([key]) => key),
];

const ID = /^[a-z0-9][a-z0-9-]{0,80}$/;

/** Reads `?date=YYYY-MM-DD&pact=<id>&actor=<id>&basis=signed|in-force`; garbage is dropped with a problem that names it. */
export function parseUrlView(search: string): { view: UrlView; problems: string[] } {
  const params = new URLSearchParams(search);
  const view: UrlView = {};
  const problems: string[] = [];
  const date = params.get('date');
  if (date !== null) {
    const day = isoDayToNumber(date);
    if (day === null) problems.push(`date “${date.slice(0, 40)}” is not a date like 1960-01-01`);
    else view.day = day;
  }
  for (const [key, field] of [
    ['pact', 'pactId'],
    ['actor', 'actorId'],
  ] as const) {
    const value = params.get(key);
    if (value === null) continue;
    if (ID.test(value)) view[field] = value;
    else problems.push(`${key} “${value.slice(0, 40)}” is not a valid id`);
  }
  const basis = params.get('basis');
  if (basis !== null) {
    if (basis === 'signed' || basis === 'in-force') view.basis = basis;
    else problems.push(`basis “${basis.slice(0, 40)}” should be signed or in-force`);
  }
  const analysis = parseAnalysis(params, problems);
  if (Object.keys(analysis).length) view.analysis = analysis;
  return { view, problems };
}

/** Writes a view as a query string, keeping unrelated parameters (e.g. a dataset URL) as they were. */
export function formatUrlView(view: UrlView, base: string): string {
  const params = new URLSearchParams(base);
  for (const key of ['date', 'pact', 'actor', 'basis', ...ANALYSIS_KEYS]) params.delete(key);
  if (view.day !== undefined) params.set('date', dayToIso(view.day));
  if (view.pactId) params.set('pact', view.pactId);
  if (view.actorId) params.set('actor', view.actorId);
  if (view.basis && view.basis !== 'signed') params.set('basis', view.basis);
  if (view.analysis) formatAnalysis(params, view.analysis);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The notice for a link whose date lies outside the data: which date was asked for and which is shown; null when it was shown. */
export function dateOutsideSpan(
  asked: number,
  shown: number,
  span: { from: number; to: number },
): string | null {
  if (asked === shown) return null;
  return (
    `The link asks for ${formatDay(asked)} (${dayToIso(asked)}), outside the data, which runs from ` +
    `${formatDay(span.from)} to ${formatDay(span.to)}: showing ${formatDay(shown)} (${dayToIso(shown)}) instead.`
  );
}
