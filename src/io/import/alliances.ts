import type { Actor, Member, Obligations, Pact, PactEvent } from '../../domain/model';
import { cowActorId, type CowState } from '../cow/cowStates';
import { surelyBefore } from '../validation/dateRange';
import { skipRow } from './csvTable';
import { allianceName, allianceSummary, kindOf, type SourceInfo } from './describe';
import { mergeSpells, rangeOf, toMember, type Spell } from './spells';
import type { Origin, SkippedRow } from './types';

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
}

/** An alliance gathered from its rows, before it becomes a pact, its members and its events. */
export interface AllianceDraft {
  source: SourceInfo;
  id: number;
  start: string;
  /** When it ended; null when it was still in force at the end of the data or its end is not known. */
  end: string | null;
  /** The end of the data when the alliance was still in force then (right-censored). */
  censoredAt: string | null;
  /** In force before the data begin, so `start` is the start of the data, not a signing. */
  leftCensored: boolean;
  obligations: Obligations;
  origin: Origin;
  /** How the summary names the files read, when more than the origin's file. */
  files?: string;
  endField: string;
  spells: SpellDraft[];
}

/** The records an import adds, and the rows that could not be used. */
export interface BuiltAlliances {
  actors: Actor[];
  pacts: Pact[];
  events: PactEvent[];
  skipped: SkippedRow[];
}

/** Turns alliance drafts into pacts, members and events that pass the dataset validator, each with its origin. */
export function buildAlliances(drafts: readonly AllianceDraft[]): BuiltAlliances {
  const out: BuiltAlliances = { actors: [], pacts: [], events: [], skipped: [] };
  const actors = new Map<string, Actor>();
  for (const draft of drafts) {
    const built = buildAlliance(draft, out.skipped);
    if (!built) continue;
    out.pacts.push(built.pact);
    out.events.push(...built.events);
    for (const spell of built.spells) actors.set(cowActorId(spell.state), toActor(spell.state));
  }
  out.actors = [...actors.values()];
  return out;
}

function buildAlliance(draft: AllianceDraft, skipped: SkippedRow[]) {
  const start = rangeOf(draft.start);
  const end = draft.end === null ? null : rangeOf(draft.end);
  const skip = (spell: SpellDraft, field: string, reason: string) =>
    skipped.push(skipRow(spell.origin.file, spell.origin.row, field, reason));
  if (end && surelyBefore(end, start)) {
    for (const spell of draft.spells)
      skip(spell, draft.endField, `the alliance ends (${end.iso}) before it begins (${start.iso})`);
    return null;
  }
  const spells: Spell[] = [];
  for (const draft_ of draft.spells) {
    const spell: Spell = {
      ...draft_,
      startRange: rangeOf(draft_.start),
      endRange: draft_.end === null ? null : rangeOf(draft_.end),
    };
    if (surelyBefore(spell.startRange, start))
      skip(spell, spell.startField, `${spell.start} is before the alliance began (${start.iso})`);
    else if (end && spell.endRange && surelyBefore(end, spell.endRange))
      skip(spell, spell.endField, `${spell.endRange.iso} is after the alliance ended (${end.iso})`);
    else if (spell.endRange && spell.endRange.last <= spell.startRange.first)
      skip(spell, spell.endField, `${spell.endRange.iso} is not after the membership began (${spell.start})`);
    else spells.push(spell);
  }
  if (spells.length === 0) return null;
  const merged = mergeSpells(spells);
  const pactId = `${draft.source.short.toLowerCase()}-${draft.id}`;
  const members = merged.map((spell) => toMember(spell, start, end));
  const events = allianceEvents(draft, pactId, merged, members);
  const names = [...new Set(merged.map((s) => s.state.name))];
  const pact: Pact = {
    id: pactId,
    name: allianceName(draft.source, draft.id, names),
    shortName: `${draft.source.short} ${draft.id}`,
    kind: kindOf(draft.obligations),
    obligations: draft.obligations,
    members,
    status: draft.end === null && draft.censoredAt !== null ? 'active' : 'terminated',
    summary: allianceSummary({
      source: draft.source,
      file: draft.files ?? draft.origin.file,
      id: draft.id,
      members: names.length,
      obligations: draft.obligations,
      start: draft.start,
      end: draft.end,
      censoredAt: draft.censoredAt,
    }),
    passageIds: [],
    ...(draft.censoredAt === null ? {} : { censoredAt: draft.censoredAt }),
    origin: draft.origin,
  };
  return { pact, events, spells: merged };
}

function allianceEvents(
  draft: AllianceDraft,
  pactId: string,
  spells: readonly Spell[],
  members: readonly Member[],
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
  const startNote = draft.leftCensored
    ? `In force before ${draft.source.dataset} begins (left-censored): this is the start of the data, not the signing.`
    : `Start of the alliance in ${draft.source.dataset}.`;
  const events = [event('signed', 'signed', draft.start, draft.origin, { note: startNote })];
  members.forEach((member, i) => {
    const { origin } = spells[i] ?? draft;
    const tag = `${member.actorId}-${origin.row}`;
    if (member.joined)
      events.push(event(`joined-${tag}`, 'joined', member.joined, origin, { actorIds: [member.actorId] }));
    if (member.left)
      events.push(event(`withdrew-${tag}`, 'withdrew', member.left, origin, { actorIds: [member.actorId] }));
  });
  if (draft.end !== null)
    events.push(
      event('terminated', 'terminated', draft.end, draft.origin, {
        note: `End of the alliance in ${draft.source.dataset}.`,
      }),
    );
  return events;
}

function toActor(state: CowState): Actor {
  const { name, region, lat, lon, iso3 } = state;
  return {
    id: cowActorId(state),
    name,
    kind: 'state',
    ...(iso3 === undefined ? {} : { iso3 }),
    region,
    lat,
    lon,
  };
}
