import type { Actor, Member } from '../../domain/model';
import { dateRange, surelyBefore, type DayRange } from '../validation/dateRange';
import type { SpellDraft } from './alliances';

/** A membership with its dates parsed to the days they may mean, and the atlas actor it belongs to. */
export interface Spell extends SpellDraft {
  startRange: DayRange;
  endRange: DayRange | null;
  actor: Actor;
  /** Why the membership starts or ends where it does when the row alone does not say (a succession). */
  joinNote?: string;
  leaveNote?: string;
}

/** The days an ISO date may mean; throws on invalid dates, which assembleDate has already refused. */
export function rangeOf(iso: string): DayRange {
  const range = dateRange(iso);
  if (!range) throw new Error(`"${iso}" is not a valid date`);
  return range;
}

/** Parses the dates of one import (rangeOf: date parsing is arithmetic now, nothing to cache). */
export type RangeParser = (iso: string) => DayRange;

export function createRangeParser(): RangeParser {
  return rangeOf;
}

/** Rows of one actor that overlap or touch (ATOP repeats members across an alliance's phases) are one membership. */
export function mergeSpells(spells: readonly Spell[]): Spell[] {
  const byActor = new Map<string, Spell[]>();
  for (const spell of [...spells].sort((a, b) => a.startRange.first - b.startRange.first)) {
    const id = spell.actor.id;
    const list = byActor.get(id) ?? [];
    const last = list.at(-1);
    if (last && (last.endRange === null || spell.startRange.first <= last.endRange.last + 1)) {
      const laterEnd =
        last.endRange === null || spell.endRange === null ? null : later(last.endRange, spell.endRange);
      const leaveNote = laterEnd === spell.endRange ? spell.leaveNote : last.leaveNote;
      list[list.length - 1] = {
        ...last,
        end: laterEnd?.iso ?? null,
        endRange: laterEnd,
        ...(leaveNote === undefined ? {} : { leaveNote }),
      };
    } else list.push(spell);
    byActor.set(id, list);
  }
  return [...byActor.values()]
    .flat()
    .sort((a, b) => a.origin.row - b.origin.row || a.startRange.first - b.startRange.first);
}

function later(a: DayRange, b: DayRange): DayRange {
  return b.last > a.last ? b : a;
}

/** A member record: founders carry no `joined`; a member whose end overlaps the alliance's end leaves with it. */
export function toMember(spell: Spell, start: DayRange, end: DayRange | null): Member {
  const joins = surelyBefore(start, spell.startRange);
  const leaves = spell.endRange !== null && (end === null || surelyBefore(spell.endRange, end));
  return {
    actorId: spell.actor.id,
    ...(joins ? { joined: spell.start } : {}),
    ...(leaves && spell.end !== null ? { left: spell.end } : {}),
    origin: spell.origin,
  };
}
