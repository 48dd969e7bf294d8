import { parseCsv } from '../import/csv';
import type { Crosswalk, DatasetFamily } from './crosswalk';

/** What a file says of one alliance: its start (as the crosswalk writes it) and its members' COW codes. */
export interface ObservedAlliance {
  start: string;
  members: Set<number>;
}

export type Observed = Map<string, ObservedAlliance>;

const key = (family: DatasetFamily, alliance: number) => `${family} ${alliance}`;

function table(text: string): Record<string, string>[] {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(`line ${parsed.line}: ${parsed.reason}`);
  const [header, ...rows] = parsed.records;
  const names = header?.fields.map((f) => f.trim().toLowerCase()) ?? [];
  return rows.map((row) => Object.fromEntries(names.map((n, i) => [n, (row.fields[i] ?? '').trim()])));
}

function iso(year: string, month: string, day: string): string {
  const pad = (v: string, n: number) => v.padStart(n, '0');
  const known = (v: string) => v !== '' && v !== '0' && v !== '-9';
  if (!known(month)) return pad(year, 4);
  return known(day) ? `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` : `${pad(year, 4)}-${pad(month, 2)}`;
}

/** Reads the alliances of a COW member-level file (alliance_v4.1_by_member.csv). */
export function observeCow(text: string, into: Observed = new Map()): Observed {
  for (const row of table(text)) {
    const k = key('cow', Number(row.version4id));
    const seen = into.get(k) ?? {
      start: iso(row.all_st_year ?? '', row.all_st_month ?? '', row.all_st_day ?? ''),
      members: new Set<number>(),
    };
    seen.members.add(Number(row.ccode));
    into.set(k, seen);
  }
  return into;
}

/** Reads the alliances of ATOP's member-level file, with the alliance-level file for their starts. */
export function observeAtop(memberText: string, allianceText: string, into: Observed = new Map()): Observed {
  for (const row of table(allianceText))
    into.set(key('atop', Number(row.atopid)), {
      start: iso(row.begyr ?? '', row.begmo ?? '', row.begday ?? ''),
      members: new Set(),
    });
  for (const row of table(memberText))
    into.get(key('atop', Number(row.atopid)))?.members.add(Number(row.member));
  return into;
}

/**
 * Checks every mapping of the crosswalk that the observed files contain: the start and the member codes it
 * records must be the file's. `mustCover` lists dataset alliances that must be found (a whole file covers all).
 */
export function checkCrosswalk(
  crosswalk: Crosswalk,
  observed: Observed,
  options: { requireAll?: DatasetFamily[]; pactIds?: ReadonlySet<string> } = {},
): { problems: string[]; checked: number } {
  const problems: string[] = [];
  let checked = 0;
  for (const entry of crosswalk.alliances) {
    if (options.pactIds && entry.pact !== undefined && !options.pactIds.has(entry.pact))
      problems.push(`${entry.id}: pact "${entry.pact}" is not in data/pacts.json`);
    for (const family of ['cow', 'atop'] as const)
      for (const record of entry[family] ?? []) {
        const seen = observed.get(key(family, record.alliance));
        if (!seen) {
          if (options.requireAll?.includes(family))
            problems.push(`${entry.id}: ${family.toUpperCase()} ${record.alliance} is not in the file`);
          continue;
        }
        checked++;
        const label = `${entry.id}: ${family.toUpperCase()} ${record.alliance}`;
        if (seen.start !== record.start)
          problems.push(`${label} starts ${seen.start} in the file, not ${record.start}`);
        const inFile = [...seen.members].sort((a, b) => a - b).join(', ');
        const recorded = [...record.members].sort((a, b) => a - b).join(', ');
        if (inFile !== recorded)
          problems.push(`${label} has members [${inFile}] in the file, not [${recorded}]`);
      }
  }
  return { problems, checked };
}
