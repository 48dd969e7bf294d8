import type { Obligations } from '../../domain/model';
import { buildAlliances, type AllianceDraft, type SpellDraft } from './alliances';
import { readTable, skipRow, type CsvTable, type TableSpec } from './csvTable';
import type { SourceInfo } from './describe';
import { readAll, rowReader, type RowReader } from './rowReaders';
import { rangeOf } from './spells';
import {
  emptyDataset,
  FORMAT_LABELS,
  type CsvImport,
  type ImportFile,
  type Origin,
  type SkippedRow,
} from './types';

/** ATOP 5.1 covers 1815–2018: an alliance in force at its end is censored there. */
export const ATOP_DATA_END = '2018';

export const ATOP_SOURCE: SourceInfo = {
  short: 'ATOP',
  dataset: 'Alliance Treaty Obligations and Provisions (ATOP) 5.1',
  idColumn: 'atopid',
};

const OBLIGATION_COLUMNS = ['defense', 'offense', 'neutral', 'nonagg', 'consul'] as const;

/** The columns of atop5_1m.csv the importer reads; others are ignored. */
export const ATOP_MEMBER_COLUMNS: TableSpec = {
  label: FORMAT_LABELS['atop-members'],
  required: [
    'atopid',
    'member',
    'yrent',
    'moent',
    'dayent',
    'yrexit',
    'moexit',
    'dayexit',
    ...OBLIGATION_COLUMNS,
  ],
};

/** The columns of atop5_1a.csv the importer needs; begmo, begday, endmo, endday and ineffect are read when present. */
export const ATOP_ALLIANCE_COLUMNS: TableSpec = {
  label: FORMAT_LABELS['atop-alliances'],
  required: ['atopid', 'begyr', 'endyr', ...OBLIGATION_COLUMNS],
};

interface AllianceRow {
  start: string;
  end: string | null;
  obligations: Obligations;
  origin: Origin;
}

interface MemberRow {
  id: number;
  obligations: Obligations;
  spell: SpellDraft;
}

/** A CSV file to import: the name messages use and its text. */
export type CsvSource = Pick<ImportFile, 'name' | 'text'>;

/**
 * Imports ATOP member-level rows (member = COW ccode), with the alliance-level file when given for each
 * alliance's dates and obligations; without it they come from the members. Exit year 0 = still in force.
 */
export function importAtop(members: CsvSource, alliances?: CsvSource): CsvImport {
  const fail = (fatal: string) => ({ dataset: emptyDataset(), skipped: [], fatal });
  const memberTable = readTable(members.text, members.name, ATOP_MEMBER_COLUMNS);
  if (!memberTable.ok) return fail(memberTable.fatal);
  const allianceTable = alliances && readTable(alliances.text, alliances.name, ATOP_ALLIANCE_COLUMNS);
  if (allianceTable && !allianceTable.ok) return fail(allianceTable.fatal);
  const skipped: SkippedRow[] = [];
  const allianceRows = allianceTable
    ? readAllianceRows(allianceTable.table, skipped)
    : new Map<number, AllianceRow>();
  const groups = new Map<number, MemberRow[]>();
  for (const record of memberTable.table.rows) {
    const row = readMemberRow(rowReader(memberTable.table, record), { file: members.name, row: record.line });
    if (!row.ok) skipped.push(skipRow(members.name, record.line, row.column, row.reason));
    else {
      const group = groups.get(row.value.id) ?? [];
      group.push(row.value);
      groups.set(row.value.id, group);
    }
  }
  for (const [id, row] of allianceRows)
    if (!groups.has(id))
      skipped.push(
        skipRow(
          row.origin.file,
          row.origin.row,
          'atopid',
          `${id} has no member rows in ${members.name}: not imported`,
        ),
      );
  const drafts = [...groups].map(([id, rows]) => toDraft(id, rows, allianceRows.get(id)));
  const built = buildAlliances(drafts);
  skipped.push(...built.skipped);
  // Member-file rows first, as the user chose them; line order within each file.
  const fileRank = (row: SkippedRow) => (row.file === members.name ? 0 : 1);
  skipped.sort((a, b) => fileRank(a) - fileRank(b) || a.line - b.line);
  return {
    dataset: { ...emptyDataset(), actors: built.actors, pacts: built.pacts, events: built.events },
    skipped,
    fatal: null,
  };
}

// Exit year 0 (or blank) means the membership or alliance was still in force when the data end.
function exitDate(r: RowReader, columns: readonly [string, string, string]) {
  return r.raw(columns[0]) === '0' || r.raw(columns[0]) === ''
    ? { ok: true as const, value: null }
    : r.date(columns, true);
}

function obligationsOf(r: RowReader) {
  return readAll({
    defence: r.flag('defense'),
    offence: r.flag('offense'),
    neutrality: r.flag('neutral'),
    nonAggression: r.flag('nonagg'),
    consultation: r.flag('consul'),
  });
}

function readAllianceRows(table: CsvTable, skipped: SkippedRow[]): Map<number, AllianceRow> {
  const rows = new Map<number, AllianceRow>();
  for (const record of table.rows) {
    const r = rowReader(table, record);
    const read = readAll({
      id: r.id('atopid'),
      start: r.date(['begyr', 'begmo', 'begday'], true),
      end: exitDate(r, ['endyr', 'endmo', 'endday']),
      ineffect: r.flag('ineffect'),
      obligations: obligationsOf(r),
    });
    if (!read.ok) skipped.push(skipRow(table.file, record.line, read.column, read.reason));
    else {
      const { id, start, end, ineffect, obligations } = read.value;
      const origin = { file: table.file, row: record.line };
      rows.set(id, { start: start ?? '', end: ineffect ? null : end, obligations, origin });
    }
  }
  return rows;
}

function readMemberRow(r: RowReader, origin: Origin) {
  const read = readAll({
    id: r.id('atopid'),
    state: r.state('member'),
    start: r.date(['yrent', 'moent', 'dayent'], true),
    end: exitDate(r, ['yrexit', 'moexit', 'dayexit']),
    obligations: obligationsOf(r),
  });
  if (!read.ok) return read;
  const { id, state, start, end, obligations } = read.value;
  const spell: SpellDraft = {
    state,
    start: start ?? '',
    end,
    origin,
    startField: 'yrent',
    endField: 'yrexit',
  };
  return { ok: true as const, value: { id, obligations, spell } satisfies MemberRow };
}

// Without the alliance-level row the alliance spans its members: earliest entry to latest exit.
function toDraft(
  id: number,
  rows: readonly MemberRow[],
  alliance: AllianceRow | undefined,
): AllianceDraft {
  const spells = rows.map((row) => row.spell);
  const first = rows[0]?.spell.origin ?? { file: '', row: 1 };
  const start =
    alliance?.start ??
    earliest(spells.map((s) => s.start));
  const inForce = alliance ? alliance.end === null : spells.some((s) => s.end === null);
  const end = inForce
    ? null
    : (alliance?.end ??
      latest(spells.flatMap((s) => (s.end === null ? [] : [s.end]))));
  const any = (key: keyof Obligations) => rows.some((row) => row.obligations[key]);
  return {
    source: ATOP_SOURCE,
    id,
    start,
    end,
    censoredAt: inForce ? ATOP_DATA_END : null,
    leftCensored: false,
    obligations: alliance?.obligations ?? {
      defence: any('defence'),
      offence: any('offence'),
      neutrality: any('neutrality'),
      nonAggression: any('nonAggression'),
      consultation: any('consultation'),
    },
    origin: alliance?.origin ?? first,
    ...(alliance ? { files: `${first.file} and ${alliance.origin.file}` } : {}),
    endField: alliance ? 'endyr' : 'yrexit',
    spells,
  };
}

function earliest(isos: readonly string[]): string {
  return isos.reduce((a, b) => (rangeOf(b).first < rangeOf(a).first ? b : a), isos[0] ?? '');
}

function latest(isos: readonly string[]): string {
  return isos.reduce((a, b) => (rangeOf(b).last > rangeOf(a).last ? b : a), isos[0] ?? '');
}
