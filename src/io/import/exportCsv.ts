import type { Dataset, Pact, PactEvent } from '../../domain/model';
import { serializeCsv } from './csv';

/** A dataset as three CSV files, one record a row, each with a header row. */
export interface DatasetCsv {
  pacts: string;
  members: string;
  events: string;
}

/** The header of each exported file, in column order. */
export const CSV_EXPORT_COLUMNS = {
  pacts: [
    'id',
    'name',
    'short_name',
    'kind',
    'status',
    'defence',
    'offence',
    'neutrality',
    'non_aggression',
    'consultation',
    'censored_at',
    'summary',
    'passage_ids',
    'origin_file',
    'origin_row',
  ],
  members: ['pact_id', 'actor_id', 'actor_name', 'iso3', 'joined', 'left', 'origin_file', 'origin_row'],
  events: [
    'id',
    'pact_id',
    'type',
    'date',
    'actor_ids',
    'date_source',
    'note',
    'passage_ids',
    'origin_file',
    'origin_row',
  ],
} as const;

// Lists inside one cell are separated by semicolons: ids never contain one.
const list = (ids: readonly string[] | undefined) => (ids ?? []).join(';');
const flag = (value: boolean) => (value ? '1' : '0');
const originCells = (origin: Pact['origin']) => [origin?.file ?? '', origin ? String(origin.row) : ''];

// A spreadsheet runs a cell that starts with one of these as a formula (`=HYPERLINK(…)`), even from a CSV.
const FORMULA_START = /^[=+\-@\t\r']/;

/**
 * Neutralises a cell a spreadsheet would run as a formula, as OWASP recommends for CSV injection: a leading `'`
 * before `= + - @`, a tab or a carriage return. A leading `'` is doubled too, so `restoreFormulaCell` undoes it exactly.
 */
export function neutraliseFormulaCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The text a neutralised cell held before export. */
export function restoreFormulaCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

const safeRows = (rows: readonly (readonly string[])[]) => rows.map((row) => row.map(neutraliseFormulaCell));

/**
 * Writes the pacts, their members and their events as RFC 4180 CSV (CRLF, quoted where needed), with a header
 * row each. Any cell a spreadsheet would run as a formula is neutralised (`neutraliseFormulaCell`).
 */
export function datasetToCsv(dataset: Dataset): DatasetCsv {
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const pacts = dataset.pacts.map((p) => [
    p.id,
    p.name,
    p.shortName,
    p.kind,
    p.status,
    flag(p.obligations.defence),
    flag(p.obligations.offence),
    flag(p.obligations.neutrality),
    flag(p.obligations.nonAggression),
    flag(p.obligations.consultation),
    p.censoredAt ?? '',
    p.summary,
    list(p.passageIds),
    ...originCells(p.origin),
  ]);
  const members = dataset.pacts.flatMap((p) =>
    p.members.map((m) => {
      const actor = actors.get(m.actorId);
      return [
        p.id,
        m.actorId,
        actor?.name ?? '',
        actor?.iso3 ?? '',
        m.joined ?? '',
        m.left ?? '',
        ...originCells(m.origin),
      ];
    }),
  );
  const events = dataset.events.map((e: PactEvent) => [
    e.id,
    e.pactId,
    e.type,
    e.date,
    list(e.actorIds),
    e.dateSource,
    e.note ?? '',
    list(e.passageIds),
    ...originCells(e.origin),
  ]);
  return {
    pacts: serializeCsv([CSV_EXPORT_COLUMNS.pacts, ...safeRows(pacts)]),
    members: serializeCsv([CSV_EXPORT_COLUMNS.members, ...safeRows(members)]),
    events: serializeCsv([CSV_EXPORT_COLUMNS.events, ...safeRows(events)]),
  };
}
