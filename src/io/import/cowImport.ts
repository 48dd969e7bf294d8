import type { Obligations } from '../../domain/model';
import { buildAlliances, type AllianceDraft, type SpellDraft } from './alliances';
import { readTable, skipRow, type TableSpec } from './csvTable';
import type { SourceInfo } from './describe';
import { readAll, rowReader } from './rowReaders';
import { emptyDataset, FORMAT_LABELS, type CsvImport, type SkippedRow } from './types';

/** COW Formal Alliances v4.1 ends with 2012: an alliance right-censored there was still in force. */
export const COW_DATA_END = '2012';

export const COW_SOURCE: SourceInfo = {
  short: 'COW',
  dataset: 'Correlates of War Formal Alliances v4.1',
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

interface CowRow {
  id: number;
  start: string;
  end: string | null;
  leftCensored: boolean;
  rightCensored: boolean;
  obligations: Obligations;
  typeObligations: Obligations;
  spell: SpellDraft;
}

/**
 * Imports the COW member-level file: one pact per version4id, one member per row, events for the start,
 * later joins, withdrawals and the end. A right-censored alliance has no end event but `censoredAt`.
 */
export function importCow(text: string, file: string): CsvImport {
  const read = readTable(text, file, COW_COLUMNS);
  if (!read.ok) return { dataset: emptyDataset(), skipped: [], fatal: read.fatal };
  const skipped: SkippedRow[] = [];
  const groups = new Map<number, CowRow[]>();
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
  const drafts = [...groups.values()].flatMap(toDraft);
  const built = buildAlliances(drafts);
  skipped.push(...built.skipped);
  skipped.sort((a, b) => a.line - b.line);
  const dataset = { ...emptyDataset(), actors: built.actors, pacts: built.pacts, events: built.events };
  return { dataset, skipped, fatal: null };
}

function readCowRow(r: ReturnType<typeof rowReader>, file: string, line: number) {
  const read = readAll({
    id: r.id('version4id'),
    state: r.state('ccode', 'state_name'),
    start: r.date(ALL_ST, true),
    end: r.date(ALL_END, false),
    memStart: r.date(MEM_ST, true),
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
  if (!v.rightCensored && v.end === null)
    return {
      ok: false as const,
      column: 'all_end_year',
      reason: 'is missing, and right_censor is 0 (the alliance must have ended)',
    };
  const spell: SpellDraft = {
    state: v.state,
    start: v.memStart ?? start,
    // A censored member was still in when the data end; otherwise it left on its end date, or with the alliance.
    end: v.rightCensored ? null : (v.memEnd ?? v.end),
    origin: { file, row: line },
    startField: 'mem_st_year',
    endField: 'mem_end_year',
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
    typeObligations: ssTypeObligations(r.raw('ss_type')),
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
  if (!row.rightCensored && !first.rightCensored && row.end !== first.end)
    return {
      column: 'all_end_year',
      reason: `${row.end ?? 'nothing'} differs from the alliance's end on line ${line} (${first.end ?? 'nothing'})`,
    };
  return null;
}

// Obligations are those of any member (COW codes them per member); ss_type speaks only when no flag is set.
function toDraft(rows: readonly CowRow[]): AllianceDraft[] {
  const first = rows[0];
  if (!first) return [];
  const censored = rows.some((row) => row.rightCensored);
  const flagged = rows.some((row) => Object.values(row.obligations).some(Boolean));
  const source = (row: CowRow) => (flagged ? row.obligations : row.typeObligations);
  const any = (key: keyof Obligations) => rows.some((row) => source(row)[key]);
  const obligations: Obligations = {
    defence: any('defence'),
    offence: false,
    neutrality: any('neutrality'),
    nonAggression: any('nonAggression'),
    consultation: any('consultation'),
  };
  const ended = rows.find((row) => !row.rightCensored && row.end !== null);
  return [
    {
      source: COW_SOURCE,
      id: first.id,
      start: first.start,
      end: censored ? null : (ended?.end ?? null),
      censoredAt: censored ? (rows.find((row) => row.rightCensored)?.end ?? COW_DATA_END) : null,
      leftCensored: rows.some((row) => row.leftCensored),
      obligations,
      origin: first.spell.origin,
      endField: 'all_end_year',
      spells: rows.map((row) => row.spell),
    },
  ];
}

/** The obligations an ss_type names: Type I defence, IIa neutrality, IIb non-aggression, III entente. */
export function ssTypeObligations(ssType: string): Obligations {
  const t = ssType
    .trim()
    .toLowerCase()
    .replace(/^type\s*/, '');
  return {
    defence: t === 'i' || t === '1',
    offence: false,
    neutrality: t === 'iia' || t === '2a',
    nonAggression: t === 'iib' || t === '2b',
    consultation: t === 'iii' || t === '3',
  };
}
