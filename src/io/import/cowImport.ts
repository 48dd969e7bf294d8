import type { Obligations, PactKind } from '../../domain/model';
import { buildAlliances, type AllianceDraft, type SpellDraft } from './alliances';
import { readTable, skipRow, type TableSpec } from './csvTable';
import type { SourceInfo } from './describe';
import { readAll, rowReader } from './rowReaders';
import { emptyDataset, type SkippedRow } from '../../domain/model/importResult';
import { FORMAT_LABELS, type CsvImport } from './types';

/** COW Formal Alliances v4.1 observes alliances from 1 January 1816 (earlier ones are left-censored)… */
export const COW_DATA_START = '1816-01-01';
/** …to 31 December 2012: an alliance with no end date was still in effect then (right-censored). */
export const COW_DATA_END = '2012-12-31';

export const COW_SOURCE: SourceInfo = {
  short: 'COW',
  dataset: 'Correlates of War Formal Alliances v4.1',
  release: 'COW 4.1',
  idColumn: 'version4id',
};

/** The columns of alliance_v4.1_by_member.csv the importer reads (ss_type, state_name and version are optional). */
export const COW_COLUMNS: TableSpec = {
  label: FORMAT_LABELS['cow-members'],
  required: [
    'version4id',
    'ccode',
    'all_st_day',
    'all_st_month',
    'all_st_year',
    'all_end_day',
    'all_end_month',
    'all_end_year',
    'mem_st_day',
    'mem_st_month',
    'mem_st_year',
    'mem_end_day',
    'mem_end_month',
    'mem_end_year',
    'left_censor',
    'right_censor',
    'defense',
    'neutrality',
    'nonaggression',
    'entente',
  ],
};

type Triple = readonly [string, string, string];
const ALL_ST: Triple = ['all_st_year', 'all_st_month', 'all_st_day'];
const ALL_END: Triple = ['all_end_year', 'all_end_month', 'all_end_day'];
const MEM_ST: Triple = ['mem_st_year', 'mem_st_month', 'mem_st_day'];
const MEM_END: Triple = ['mem_end_year', 'mem_end_month', 'mem_end_day'];

/** COW's alliance types (ss_type), as the codebook defines them. */
export interface CowType {
  /** As the codebook numbers it: I, IIa, IIb, III. */
  code: 'I' | 'II' | 'IIa' | 'IIb' | 'III';
  kind: PactKind;
  /** The pledge the type stands for. */
  obligation: keyof Obligations;
  words: string;
}

const COW_TYPES: Record<CowType['code'], CowType> = {
  I: { code: 'I', kind: 'mutual-defence-treaty', obligation: 'defence', words: 'defence pact' },
  II: { code: 'II', kind: 'non-aggression-pact', obligation: 'neutrality', words: 'neutrality pact' },
  IIa: { code: 'IIa', kind: 'non-aggression-pact', obligation: 'neutrality', words: 'neutrality pact' },
  IIb: {
    code: 'IIb',
    kind: 'non-aggression-pact',
    obligation: 'nonAggression',
    words: 'non-aggression pact',
  },
  III: { code: 'III', kind: 'strategic-partnership', obligation: 'consultation', words: 'entente' },
};

interface CowRow {
  id: string;
  start: string;
  end: string | null;
  leftCensored: boolean;
  rightCensored: boolean;
  obligations: Obligations;
  type: CowType | null;
  spell: SpellDraft;
}

/**
 * Imports the COW member-level file as its codebook means it: one pact per version4id, one member per row.
 * The alliance's dates repeat on every row (a blank end: still in effect at the end of 2012); `left_censor`
 * and `right_censor` are per member: a row with an end date and right_censor 0 is a member that left.
 */
export function importCow(text: string, file: string): CsvImport {
  const read = readTable(text, file, COW_COLUMNS);
  if (!read.ok) return { dataset: emptyDataset(), skipped: [], warnings: [], fatal: read.fatal };
  const skipped: SkippedRow[] = [];
  const warnings: string[] = [];
  const version = read.table.columns.has('version') ? versionsOf(read.table.rows, read.table) : [];
  if (version.some((v) => v !== '4.1'))
    warnings.push(
      `${file}: the version column says ${version.join(', ')}; read as COW Formal Alliances v4.1, the only release this importer knows`,
    );
  const groups = new Map<string, CowRow[]>();
  for (const record of read.table.rows) {
    const row = readCowRow(rowReader(read.table, record), file, record.line);
    if (!row.ok) {
      skipped.push(skipRow(file, record.line, row.column, row.reason));
      continue;
    }
    const group = groups.get(row.value.id) ?? [];
    const clash = group[0] && disagreement(group[0], row.value);
    if (clash) {
      skipped.push(skipRow(file, record.line, clash.column, clash.reason));
      continue;
    }
    group.push(row.value);
    groups.set(row.value.id, group);
  }
  const drafts = [...groups.values()].flatMap((rows) => toDraft(rows, warnings));
  const built = buildAlliances(drafts);
  skipped.push(...built.skipped);
  skipped.sort((a, b) => a.line - b.line);
  warnings.push(...built.warnings);
  const dataset = { ...emptyDataset(), actors: built.actors, pacts: built.pacts, events: built.events };
  return { dataset, skipped, warnings, fatal: null, release: COW_SOURCE.release };
}

function versionsOf(rows: readonly { fields: string[] }[], table: { columns: ReadonlyMap<string, number> }) {
  const index = table.columns.get('version') ?? -1;
  return [...new Set(rows.map((r) => (r.fields[index] ?? '').trim()).filter((v) => v !== ''))];
}

function readCowRow(r: ReturnType<typeof rowReader>, file: string, line: number) {
  const read = readAll({
    id: r.id('version4id'),
    state: r.state('ccode', 'state_name'),
    start: r.date(ALL_ST, true),
    end: r.date(ALL_END, false),
    memStart: r.date(MEM_ST, false),
    memEnd: r.date(MEM_END, false),
    leftCensored: r.flag('left_censor'),
    rightCensored: r.flag('right_censor'),
    defence: r.flag('defense'),
    neutrality: r.flag('neutrality'),
    nonAggression: r.flag('nonaggression'),
    consultation: r.flag('entente'),
  });
  if (!read.ok) return read;
  const v = read.value;
  const start = v.start ?? '';
  const type = cowType(r.raw('ss_type'));
  if (type === undefined)
    return {
      ok: false as const,
      column: 'ss_type',
      reason: `${JSON.stringify(r.raw('ss_type'))} is not a COW alliance type (expected Type I, IIa, IIb or III)`,
    };
  if (v.memStart === null && !v.leftCensored)
    return { ok: false as const, column: 'mem_st_year', reason: 'is missing (a year is needed)' };
  // right_censor = 0: the member's end is known: the member left, on its own end date or with the alliance.
  const memberEnd = v.rightCensored ? null : (v.memEnd ?? v.end);
  if (!v.rightCensored && memberEnd === null)
    return {
      ok: false as const,
      column: 'mem_end_year',
      reason: 'is missing, and so is all_end_year, but right_censor is 0 (the member must have left)',
    };
  const spell: SpellDraft = {
    state: v.state,
    start: v.memStart ?? start,
    end: memberEnd,
    origin: { file, row: line, dataset: 'cow-4.1' },
    startField: 'mem_st_year',
    endField: 'mem_end_year',
    // left_censor: a member since before the data begin; its start cell is the start of the data, not a joining.
    ...(v.leftCensored ? { inBeforeData: true } : {}),
  };
  const row: CowRow = {
    id: v.id,
    start,
    end: v.end,
    leftCensored: v.leftCensored,
    rightCensored: v.rightCensored,
    obligations: {
      defence: v.defence,
      offence: false,
      neutrality: v.neutrality,
      nonAggression: v.nonAggression,
      consultation: v.consultation,
    },
    type,
    spell,
  };
  return { ok: true as const, value: row };
}

// Every row repeats the alliance's dates; a row that contradicts the first cannot be placed.
function disagreement(first: CowRow, row: CowRow): { column: string; reason: string } | null {
  const line = first.spell.origin.row;
  if (row.start !== first.start)
    return {
      column: 'all_st_year',
      reason: `${row.start} differs from the alliance's start on line ${line} (${first.start})`,
    };
  if (row.end !== first.end)
    return {
      column: 'all_end_year',
      reason: `${row.end ?? 'nothing'} differs from the alliance's end on line ${line} (${first.end ?? 'nothing'})`,
    };
  return null;
}

// The kind is COW's type (ss_type); the obligations are every pledge any member row records, and the type's own.
function toDraft(rows: readonly CowRow[], warnings: string[]): AllianceDraft[] {
  const first = rows[0];
  if (!first) return [];
  const any = (key: keyof Obligations) =>
    rows.some((row) => row.obligations[key] || row.type?.obligation === key);
  const obligations: Obligations = {
    defence: any('defence'),
    offence: false,
    neutrality: any('neutrality'),
    nonAggression: any('nonAggression'),
    consultation: any('consultation'),
  };
  const types = [...new Set(rows.flatMap((row) => (row.type ? [row.type] : [])))];
  // When rows disagree, the strongest type speaks for the alliance (COW types a few alliances per member).
  const order: CowType['code'][] = ['I', 'II', 'IIa', 'IIb', 'III'];
  const type = types.sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code))[0];
  if (types.length > 1)
    warnings.push(
      `${first.spell.origin.file}: version4id ${first.id}: its rows give ${types.map((t) => `Type ${t.code}`).join(' and ')}; shown as Type ${type?.code ?? ''}`,
    );
  // An end on the data's last day with right_censor = 1 (as some exports write it) is the data ending, not the alliance.
  const end = first.end === COW_DATA_END && rows.some((row) => row.rightCensored) ? null : first.end;
  return [
    {
      source: COW_SOURCE,
      id: first.id,
      start: first.start,
      end,
      censoredAt: end === null ? COW_DATA_END : null,
      observedFrom: rows.some((row) => row.leftCensored) ? COW_DATA_START : null,
      obligations,
      ...(type ? { kind: type.kind, typeNote: `COW Type ${type.code}: ${type.words}` } : {}),
      origin: first.spell.origin,
      endField: 'all_end_year',
      spells: rows.map((row) => row.spell),
    },
  ];
}

/**
 * Reads ss_type as the codebook defines it: Type I defence pact, Type IIa neutrality pact, Type IIb
 * non-aggression pact, Type III entente. The file's own labels are not trusted: v4.1 writes "Type IIa:
 * Non-Aggression Pact" on rows whose neutrality column is 1. Null for a blank cell; undefined when unreadable.
 */
export function cowType(ssType: string): CowType | null | undefined {
  const t = ssType.trim();
  if (t === '') return null;
  const code = /^(?:type\s*)?(iii|iib|iia|ii|i|3|2b|2a|2|1)\b/i.exec(t)?.[1]?.toLowerCase();
  switch (code) {
    case 'i':
    case '1':
      return COW_TYPES.I;
    case 'ii':
    case '2':
      return COW_TYPES.II;
    case 'iia':
    case '2a':
      return COW_TYPES.IIa;
    case 'iib':
    case '2b':
      return COW_TYPES.IIb;
    case 'iii':
    case '3':
      return COW_TYPES.III;
    default:
      return undefined;
  }
}

/** The obligations an ss_type names: Type I defence, IIa neutrality, IIb non-aggression, III entente. */
export function ssTypeObligations(ssType: string): Obligations {
  const type = cowType(ssType);
  return {
    defence: type?.obligation === 'defence',
    offence: false,
    neutrality: type?.obligation === 'neutrality',
    nonAggression: type?.obligation === 'nonAggression',
    consultation: type?.obligation === 'consultation',
  };
}
