import type { Obligations } from '../../domain/model';
import { buildAlliances, type AllianceDraft, type SpellDraft } from './alliances';
import { readTable, skipRow, type CsvTable, type TableSpec } from './csvTable';
import type { SourceInfo } from './describe';
import { readAll, rowReader, type RowReader } from './rowReaders';
import { createRangeParser, type RangeParser } from './spells';
import { emptyDataset, type SkippedRow } from '../../domain/model/importResult';
import { FORMAT_LABELS, type CsvImport, type ImportFile, type Origin } from './types';

/** A release of ATOP and the last day its data cover, from its codebook. */
export interface AtopRelease {
  version: string;
  /** `ineffect = 1` / exit year 0 means still in force on this day. */
  end: string;
}

/**
 * Coverage ends per release, from the codebooks: version 5.0 "updates the ATOP data through December 31, 2018"
 * and the 5.1 codebook gives the data "for the years 1815–2018"; version 4.0 "updates the ATOP data through
 * December 31, 2016" (4.01 is its corrected release).
 */
export const ATOP_RELEASES: readonly AtopRelease[] = [
  { version: '5.1', end: '2018-12-31' },
  { version: '5.0', end: '2018-12-31' },
  { version: '4.01', end: '2016-12-31' },
  { version: '4.0', end: '2016-12-31' },
];

/** ATOP 5.1 covers 1815–2018: an alliance in force at its end is censored there. */
export const ATOP_DATA_END = '2018-12-31';

/** Which dataset an ATOP import is, by release. */
export function atopSource(version: string): SourceInfo {
  return {
    short: 'ATOP',
    dataset: `Alliance Treaty Obligations and Provisions (ATOP) ${version}`,
    release: `ATOP ${version}`,
    idColumn: 'atopid',
  };
}

export const ATOP_SOURCE: SourceInfo = atopSource('5.1');

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
  id: string;
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
  const fail = (fatal: string) => ({ dataset: emptyDataset(), skipped: [], warnings: [], fatal });
  const memberTable = readTable(members.text, members.name, ATOP_MEMBER_COLUMNS);
  if (!memberTable.ok) return fail(memberTable.fatal);
  const allianceTable = alliances && readTable(alliances.text, alliances.name, ATOP_ALLIANCE_COLUMNS);
  if (allianceTable && !allianceTable.ok) return fail(allianceTable.fatal);
  const skipped: SkippedRow[] = [];
  const warnings: string[] = [];
  const release = readRelease(
    members.name,
    memberTable.table,
    allianceTable ? allianceTable.table : null,
    warnings,
  );
  if (typeof release === 'string') return fail(release);
  const allianceRows = allianceTable
    ? readAllianceRows(allianceTable.table, skipped)
    : new Map<string, AllianceRow>();
  const groups = new Map<string, MemberRow[]>();
  for (const record of memberTable.table.rows) {
    const row = readMemberRow(rowReader(memberTable.table, record), {
      file: members.name,
      row: record.line,
      dataset: 'atop-5.1',
    });
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
  const range = createRangeParser();
  const drafts = [...groups].map(([id, rows]) => toDraft(id, rows, allianceRows.get(id), release, range));
  const built = buildAlliances(drafts, range);
  skipped.push(...built.skipped);
  warnings.push(...built.warnings);
  // Member-file rows first, as the user chose them; line order within each file.
  const fileRank = (row: SkippedRow) => (row.file === members.name ? 0 : 1);
  skipped.sort((a, b) => fileRank(a) - fileRank(b) || a.line - b.line);
  return {
    dataset: { ...emptyDataset(), actors: built.actors, pacts: built.pacts, events: built.events },
    skipped,
    warnings,
    fatal: null,
    release: release.source.release,
  };
}

interface ReadRelease {
  source: SourceInfo;
  end: string;
}

/**
 * The release the files say they are, from their `version` column (ATOP writes it on every row; the 4.01
 * alliance file has it as the float 4.0100002). Files of two releases are refused together; a file without the
 * column is taken from its name (atop4_01m.csv), else as 5.1, and a warning says so.
 */
function readRelease(
  memberFile: string,
  members: CsvTable,
  alliances: CsvTable | null,
  warnings: string[],
): ReadRelease | string {
  const versionsIn = (table: CsvTable) => {
    const index = table.columns.get('version');
    if (index === undefined) return [];
    const raw = new Set(table.rows.map((row) => (row.fields[index] ?? '').trim()).filter((v) => v !== ''));
    return [...raw].map((v) => ({ raw: v, release: releaseOf(v) }));
  };
  const found = [members, ...(alliances ? [alliances] : [])].flatMap((table) =>
    versionsIn(table).map((v) => ({ ...v, file: table.file })),
  );
  const unknown = found.filter((v) => v.release === undefined);
  if (unknown.length > 0)
    return unknown
      .map(
        (v) =>
          `${v.file}: the version column says ${JSON.stringify(v.raw)}, an ATOP release this importer does not know (it knows ${ATOP_RELEASES.map((r) => r.version).join(', ')}); its coverage end cannot be known`,
      )
      .join('\n');
  const releases = [...new Set(found.map((v) => v.release?.version))];
  if (releases.length > 1)
    return `${found.map((v) => `${v.file} is ATOP ${v.release?.version ?? v.raw}`).join(', ')}: choose files of one ATOP release`;
  let release = found[0]?.release;
  if (!release) {
    const fromName = /atop[_-]?v?(\d)[._](\d+)/i.exec(memberFile);
    release = fromName ? releaseOf(`${fromName[1]}.${fromName[2]}`) : undefined;
    release ??= ATOP_RELEASES[0];
    if (!release) return `${memberFile}: no ATOP release known`;
    warnings.push(
      `${memberFile}: no version column; read as ATOP ${release.version}${fromName ? ' from the file name' : ''}, whose data end on ${release.end}`,
    );
  }
  return { source: atopSource(release.version), end: release.end };
}

// "4.0100002" is how a float export writes 4.01: versions are compared as numbers to two decimals.
function releaseOf(raw: string): AtopRelease | undefined {
  const n = Number(raw);
  if (!Number.isFinite(n)) return undefined;
  return ATOP_RELEASES.find((r) => Math.abs(Number(r.version) - n) < 0.001);
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

function readAllianceRows(table: CsvTable, skipped: SkippedRow[]): Map<string, AllianceRow> {
  const rows = new Map<string, AllianceRow>();
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
      const origin = { file: table.file, row: record.line, dataset: 'atop-5.1' as const };
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
  id: string,
  rows: readonly MemberRow[],
  alliance: AllianceRow | undefined,
  release: ReadRelease,
  range: RangeParser = createRangeParser(),
): AllianceDraft {
  const spells = rows.map((row) => row.spell);
  const first = rows[0]?.spell.origin ?? { file: '', row: 1, dataset: 'atop-5.1' as const };
  const start =
    alliance?.start ??
    earliest(
      spells.map((s) => s.start),
      range,
    );
  const inForce = alliance ? alliance.end === null : spells.some((s) => s.end === null);
  const end = inForce
    ? null
    : (alliance?.end ??
      latest(
        spells.flatMap((s) => (s.end === null ? [] : [s.end])),
        range,
      ));
  const any = (key: keyof Obligations) => rows.some((row) => row.obligations[key]);
  return {
    source: release.source,
    id,
    start,
    end,
    censoredAt: inForce ? release.end : null,
    observedFrom: null,
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

function earliest(isos: readonly string[], range: RangeParser): string {
  return isos.reduce((a, b) => (range(b).first < range(a).first ? b : a), isos[0] ?? '');
}

function latest(isos: readonly string[], range: RangeParser): string {
  return isos.reduce((a, b) => (range(b).last > range(a).last ? b : a), isos[0] ?? '');
}
