import type { Actor, Obligations, Pact, PactEvent, PactKind } from '../../domain/model';
import type { CowState } from '../cow/cowStates';
import { actorOfState, successionOf } from '../cow/successions';
import { surelyBefore, type DayRange } from '../validation/dateRange';
import { skipRow } from './csvTable';
import { allianceSummary, kindOf, type SourceInfo } from './describe';
import { nameAlliance } from './naming';
import { createRangeParser, mergeSpells, toMember, type RangeParser, type Spell } from './spells';
import type { SkippedRow } from '../../domain/model/importResult';
import type { Origin } from './types';

/** One state's membership of an alliance as a row states it; dates are ISO with the row's precision. */
export interface SpellDraft {
  state: CowState;
  start: string;
  /** Null when the state was still a member when the alliance or the data ended. */
  end: string | null;
  origin: Origin;
  /** Columns named when the start or the end is at fault. */
  startField: string;
  endField: string;
  /** A member since before the data begin (COW left_censor = 1): a founding member, whatever its start cell says. */
  inBeforeData?: boolean;
}

/** An alliance gathered from its rows, before it becomes a pact, its members and its events. */
export interface AllianceDraft {
  source: SourceInfo;
  id: string;
  start: string;
  /** When it ended; null when it was still in force at the end of the data or its end is not known. */
  end: string | null;
  /** The end of the data when the alliance was still in force then (right-censored). */
  censoredAt: string | null;
  /** The start of the data when the alliance was already in force then (left-censored); `start` stays its own start. */
  observedFrom: string | null;
  obligations: Obligations;
  /** The kind when the dataset states it (COW ss_type); otherwise it follows from the obligations. */
  kind?: PactKind;
  /** How the dataset types it, in words, for the summary ("COW Type III, entente"). */
  typeNote?: string;
  origin: Origin;
  /** How the summary names the files read, when more than the origin's file. */
  files?: string;
  endField: string;
  spells: SpellDraft[];
}

/** The records an import adds, the rows that could not be used, and what was adjusted on the way. */
export interface BuiltAlliances {
  actors: Actor[];
  pacts: Pact[];
  events: PactEvent[];
  skipped: SkippedRow[];
  warnings: string[];
}

// A member dated days outside its alliance is a data quirk (COW 38, 95, 323, 347: 1 to 18 days): clamp it, say so.
// More than a month out is no quirk, and the row is skipped with its reason.
const CLAMP_DAYS = 31;

/** Turns alliance drafts into pacts, members and events that pass the dataset validator, each with its origin. */
export function buildAlliances(
  drafts: readonly AllianceDraft[],
  range: RangeParser = createRangeParser(),
): BuiltAlliances {
  const out: BuiltAlliances = { actors: [], pacts: [], events: [], skipped: [], warnings: [] };
  const actors = new Map<string, Actor>();
  for (const draft of drafts) {
    const built = buildAlliance(draft, out, range);
    if (!built) continue;
    out.pacts.push(built.pact);
    out.events.push(...built.events);
    for (const spell of built.spells)
      if (!actors.has(spell.actor.id)) actors.set(spell.actor.id, spell.actor);
  }
  out.actors = [...actors.values()].map((actor) => withSuccessorsIn(actor, actors));
  return out;
}

// A succession names only states the import has: the Soviet Union of a file that ends before 1992 has no Russia.
function withSuccessorsIn(actor: Actor, actors: ReadonlyMap<string, Actor>): Actor {
  if (!actor.successors) return actor;
  const rest: Actor = { ...actor };
  delete rest.successors;
  const successors = actor.successors.filter((s) => actors.has(s.actorId));
  return successors.length ? { ...rest, successors } : rest;
}

function buildAlliance(draft: AllianceDraft, out: BuiltAlliances, range: RangeParser) {
  const start = range(draft.start);
  const end = draft.end === null ? null : range(draft.end);
  const skip = (spell: SpellDraft, field: string, reason: string) =>
    out.skipped.push(skipRow(spell.origin.file, spell.origin.row, field, reason));
  const warn = (spell: SpellDraft, field: string, text: string) =>
    out.warnings.push(`${spell.origin.file}: line ${spell.origin.row}, ${field}: ${text}`);
  if (end && surelyBefore(end, start)) {
    for (const spell of draft.spells)
      skip(spell, draft.endField, `the alliance ends (${end.iso}) before it begins (${start.iso})`);
    return null;
  }
  const alliance = { draft, label: `${draft.source.short} ${draft.id}`, start, end };
  const spells: Spell[] = [];
  for (const row of draft.spells) {
    const dated = withinAlliance(row, alliance, range, { skip, warn });
    if (dated) spells.push(...splitAtSuccession(dated, range));
  }
  if (spells.length === 0) return null;
  const merged = mergeSpells(spells);
  const pactId = `${draft.source.short.toLowerCase()}-${draft.id}`;
  const members = merged.map((spell) => toMember(spell, start, end));
  const events = allianceEvents(draft, pactId, merged, members);
  const actors = uniqueActors(merged);
  const kind = draft.kind ?? kindOf(draft.obligations);
  const names = nameAlliance({
    source: draft.source,
    id: draft.id,
    kind,
    obligations: draft.obligations,
    start: draft.start,
    memberNames: actors.map((a) => a.name),
  });
  const pact: Pact = {
    id: pactId,
    name: names.name,
    shortName: names.shortName,
    kind,
    obligations: draft.obligations,
    members,
    status: draft.end === null && draft.censoredAt !== null ? 'active' : 'terminated',
    summary: allianceSummary({
      source: draft.source,
      file: draft.files ?? draft.origin.file,
      id: draft.id,
      members: actors.length,
      obligations: draft.obligations,
      start: draft.start,
      end: draft.end,
      censoredAt: draft.censoredAt,
      observedFrom: draft.observedFrom,
      ...(draft.typeNote === undefined ? {} : { typeNote: draft.typeNote }),
      ...(names.known ? { knownAs: names.name } : {}),
    }),
    passageIds: [],
    ...(draft.censoredAt === null ? {} : { censoredAt: draft.censoredAt }),
    ...(draft.observedFrom === null ? {} : { observedFrom: draft.observedFrom }),
    origin: draft.origin,
    datasetRows: [
      { file: draft.origin.file, row: draft.origin.row, dataset: draft.source.release, alliance: draft.id },
    ],
  };
  return { pact, events, spells: merged };
}

function uniqueActors(spells: readonly Spell[]): Actor[] {
  const seen = new Map<string, Actor>();
  for (const spell of spells) if (!seen.has(spell.actor.id)) seen.set(spell.actor.id, spell.actor);
  return [...seen.values()];
}

type DatedSpell = SpellDraft & { startRange: DayRange; endRange: DayRange | null };

interface RowReport {
  skip: (spell: SpellDraft, field: string, reason: string) => void;
  warn: (spell: SpellDraft, field: string, text: string) => void;
}

/**
 * One row's membership inside its alliance's dates: a start or end within CLAMP_DAYS outside them is moved to the
 * alliance's, with a warning; null (the row skipped, with its reason) when it is further out or ends before it starts.
 */
function withinAlliance(
  row: SpellDraft,
  alliance: { draft: AllianceDraft; label: string; start: DayRange; end: DayRange | null },
  range: RangeParser,
  report: RowReport,
): DatedSpell | null {
  const { draft, label, start, end } = alliance;
  // Whether a date `days` outside the alliance is kept, moved to the alliance's date and said so.
  const clamped = (field: string, days: number, tooFar: string, note: string) => {
    if (days > CLAMP_DAYS) report.skip(row, field, tooFar);
    else report.warn(row, field, note);
    return days <= CLAMP_DAYS;
  };
  let startRange = row.inBeforeData ? start : range(row.start);
  let endRange = row.end === null ? null : range(row.end);
  let spellStart = row.inBeforeData ? draft.start : row.start;
  let spellEnd = row.end;
  if (surelyBefore(startRange, start)) {
    const days = start.first - startRange.last;
    const note = `${row.state.name} is dated ${row.start}, ${plural(days, 'day')} before ${label} began (${start.iso}): counted as a founding member from ${start.iso}`;
    if (!clamped(row.startField, days, `${row.start} is before the alliance began (${start.iso})`, note))
      return null;
    startRange = start;
    spellStart = draft.start;
  }
  if (end && endRange && surelyBefore(end, endRange)) {
    const days = endRange.first - end.last;
    const note = `${row.state.name} is dated ${endRange.iso}, ${plural(days, 'day')} after ${label} ended (${end.iso}): counted as a member until it ended`;
    if (!clamped(row.endField, days, `${endRange.iso} is after the alliance ended (${end.iso})`, note))
      return null;
    endRange = end;
    spellEnd = draft.end;
  }
  if (endRange && endRange.last <= startRange.first) {
    report.skip(row, row.endField, `${endRange.iso} is not after the membership began (${spellStart})`);
    return null;
  }
  return { ...row, start: spellStart, end: spellEnd, startRange, endRange };
}

// COW and ATOP code the Russian Empire, the Soviet Union and Russia alike (365): a membership that runs across
// 30 December 1922 or 26 December 1991 is cut there and handed to the next era's actor, so the atlas never draws
// one state as another.
function splitAtSuccession(spell: DatedSpell, range: RangeParser): Spell[] {
  const succession = successionOf(spell.state.ccode);
  if (!succession) return [{ ...spell, actor: actorOfState(spell.state) }];
  const out: Spell[] = [];
  for (const era of succession.eras) {
    const from = era.from === undefined ? null : range(era.from);
    const until = era.until === undefined ? null : range(era.until);
    if (until && spell.startRange.first >= until.first) continue;
    if (from && spell.endRange !== null && spell.endRange.last < from.first) continue;
    const cutStart = from !== null && spell.startRange.first < from.first;
    const cutEnd = until !== null && (spell.endRange === null || spell.endRange.last >= until.first);
    out.push({
      ...spell,
      actor: era.actor,
      ...(cutStart && era.from !== undefined
        ? { start: era.from, startRange: from, joinNote: succession.notes[era.from] }
        : {}),
      ...(cutEnd && era.until !== undefined
        ? { end: era.until, endRange: until, leaveNote: succession.notes[era.until] }
        : {}),
    });
  }
  return out;
}

function allianceEvents(
  draft: AllianceDraft,
  pactId: string,
  spells: readonly Spell[],
  members: readonly ReturnType<typeof toMember>[],
): PactEvent[] {
  const event = (
    id: string,
    type: PactEvent['type'],
    date: string,
    origin: Origin,
    extra: Partial<PactEvent> = {},
  ): PactEvent => ({
    id: `${pactId}-${id}`,
    pactId,
    type,
    date,
    dateSource: 'public-record',
    passageIds: [],
    ...extra,
    origin,
  });
  const startNote =
    draft.observedFrom !== null
      ? `Start of the alliance as ${draft.source.dataset} records it, before its data begin (${draft.observedFrom}): the data observe it from then on.`
      : `Start of the alliance in ${draft.source.dataset}.`;
  const events = [event('signed', 'signed', draft.start, draft.origin, { note: startNote })];
  members.forEach((member, i) => {
    const spell = spells[i];
    const origin = spell?.origin ?? draft.origin;
    const tag = `${member.actorId}-${origin.row}`;
    const note = (text: string | undefined) => (text === undefined ? {} : { note: text });
    if (member.joined)
      events.push(
        event(`joined-${tag}`, 'joined', member.joined, origin, {
          actorIds: [member.actorId],
          ...note(spell?.joinNote),
        }),
      );
    if (member.left)
      events.push(
        event(`withdrew-${tag}`, 'withdrew', member.left, origin, {
          actorIds: [member.actorId],
          ...note(spell?.leaveNote),
        }),
      );
  });
  if (draft.end !== null)
    events.push(
      event('terminated', 'terminated', draft.end, draft.origin, {
        note: `End of the alliance in ${draft.source.dataset}.`,
      }),
    );
  return events;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
