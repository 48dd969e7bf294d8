import { dayOf, dayToIso, toDayNumber } from '../../domain/dates';
import { readTable, type CsvTable } from '../import/csvTable';

/** COW's State System Membership List v2016 begins on 1 January 1816… */
export const STATE_LIST_START = '1816-01-01';
/** …and ends on 31 December 2016: a spell ending then was still going on. */
export const STATE_LIST_END = '2016-12-31';

/** One spell of a state's membership of the COW state system, as states2016.csv gives it (both ends inclusive). */
export interface StateSpell {
  ccode: number;
  abbreviation: string;
  name: string;
  first: string;
  last: string;
  line: number;
}

/** A state's spells as existence spans: `from` inclusive, `until` exclusive; absent where the list does not bound it. */
export interface StateSpans {
  ccode: number;
  abbreviation: string;
  name: string;
  spans: { from?: string; until?: string }[];
}

export type Read<T> = { ok: true; value: T } | { ok: false; problems: string[] };

const SPELL_COLUMNS = [
  'stateabb',
  'ccode',
  'statenme',
  'styear',
  'stmonth',
  'stday',
  'endyear',
  'endmonth',
  'endday',
];

/** Reads states2016.csv (columns beyond COW's are ignored); every row that is not a valid spell is a problem. */
export function readStateSpells(text: string, file: string): Read<StateSpell[]> {
  const read = readTable(text, file, { label: 'COW states2016.csv', required: SPELL_COLUMNS });
  if (!read.ok) return { ok: false, problems: [read.fatal] };
  const problems: string[] = [];
  const spells: StateSpell[] = [];
  for (const row of read.table.rows) {
    const cell = (column: string) => (row.fields[read.table.columns.get(column) ?? -1] ?? '').trim();
    const where = `${file}: line ${row.line}`;
    const ccode = Number(cell('ccode'));
    const first = isoOf(cell('styear'), cell('stmonth'), cell('stday'));
    const last = isoOf(cell('endyear'), cell('endmonth'), cell('endday'));
    if (!Number.isInteger(ccode) || ccode <= 0)
      problems.push(`${where}, ccode: "${cell('ccode')}" is not a state code`);
    else if (first === null) problems.push(`${where}, styear/stmonth/stday: not a calendar date`);
    else if (last === null) problems.push(`${where}, endyear/endmonth/endday: not a calendar date`);
    else if (last < first) problems.push(`${where}: the spell ends (${last}) before it begins (${first})`);
    else
      spells.push({
        ccode,
        abbreviation: cell('stateabb'),
        name: cell('statenme'),
        first,
        last,
        line: row.line,
      });
  }
  problems.push(...overlaps(spells, file));
  return problems.length ? { ok: false, problems } : { ok: true, value: spells };
}

/** Reads system2016.csv (one row per state and year in the system) into the years of each state code. */
export function readSystemYears(text: string, file: string): Read<Map<number, Set<number>>> {
  const read = readTable(text, file, { label: 'COW system2016.csv', required: ['ccode', 'year'] });
  if (!read.ok) return { ok: false, problems: [read.fatal] };
  const years = new Map<number, Set<number>>();
  const problems: string[] = [];
  for (const row of read.table.rows) {
    const ccode = Number(field(read.table, row.fields, 'ccode'));
    const year = Number(field(read.table, row.fields, 'year'));
    if (!Number.isInteger(ccode) || !Number.isInteger(year)) {
      problems.push(`${file}: line ${row.line}: ccode and year must be integers`);
      continue;
    }
    const set = years.get(ccode) ?? new Set<number>();
    set.add(year);
    years.set(ccode, set);
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: years };
}

/**
 * The two COW files must tell one story: a state is in system2016.csv for exactly the years its spells in
 * states2016.csv touch. Returns each disagreement, naming the code and the years.
 */
export function disagreements(
  spells: readonly StateSpell[],
  years: ReadonlyMap<number, ReadonlySet<number>>,
): string[] {
  const fromSpells = new Map<number, Set<number>>();
  for (const s of spells) {
    const set = fromSpells.get(s.ccode) ?? new Set<number>();
    for (let y = Number(s.first.slice(0, 4)); y <= Number(s.last.slice(0, 4)); y++) set.add(y);
    fromSpells.set(s.ccode, set);
  }
  const out: string[] = [];
  for (const ccode of [...new Set([...fromSpells.keys(), ...years.keys()])].sort((a, b) => a - b)) {
    const a = fromSpells.get(ccode) ?? new Set<number>();
    const b = years.get(ccode) ?? new Set<number>();
    const onlySpells = [...a].filter((y) => !b.has(y));
    const onlyYears = [...b].filter((y) => !a.has(y));
    if (onlySpells.length)
      out.push(`ccode ${ccode}: spells cover ${yearList(onlySpells)}, absent from the state-year file`);
    if (onlyYears.length)
      out.push(`ccode ${ccode}: the state-year file has ${yearList(onlyYears)}, no spell covers it`);
  }
  return out;
}

/** Groups spells by state code as existence spans: inclusive last days become exclusive `until`s; list bounds stay open. */
export function toStateSpans(spells: readonly StateSpell[]): StateSpans[] {
  const byCode = new Map<number, StateSpans>();
  for (const s of [...spells].sort((a, b) => a.ccode - b.ccode || a.first.localeCompare(b.first))) {
    const state = byCode.get(s.ccode) ?? {
      ccode: s.ccode,
      abbreviation: s.abbreviation,
      name: s.name,
      spans: [],
    };
    state.spans.push({
      ...(s.first === STATE_LIST_START ? {} : { from: s.first }),
      ...(s.last === STATE_LIST_END ? {} : { until: dayToIso(toDayNumber(s.last) + 1) }),
    });
    byCode.set(s.ccode, state);
  }
  return [...byCode.values()];
}

function overlaps(spells: readonly StateSpell[], file: string): string[] {
  const out: string[] = [];
  const sorted = [...spells].sort((a, b) => a.ccode - b.ccode || a.first.localeCompare(b.first));
  sorted.forEach((s, i) => {
    const prev = sorted[i - 1];
    if (prev && prev.ccode === s.ccode && s.first <= prev.last)
      out.push(
        `${file}: line ${s.line}: ccode ${s.ccode} begins ${s.first}, before its spell of line ${prev.line} ends (${prev.last})`,
      );
  });
  return out;
}

function isoOf(year: string, month: string, day: string): string | null {
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  if (![y, m, d].every(Number.isInteger) || m < 1 || m > 12 || d < 1) return null;
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return dayToIso(dayOf(y, m, d)) === iso ? iso : null;
}

function field(table: CsvTable, fields: readonly string[], column: string): string {
  return (fields[table.columns.get(column) ?? -1] ?? '').trim();
}

function yearList(years: number[]): string {
  return years.sort((a, b) => a - b).join(', ');
}
