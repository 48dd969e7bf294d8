import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../dates';
import { buildTimelineIndex } from './index';
import type { TimelineBasis, TimelineInput } from './index';

type Ev = TimelineInput['events'][number];
const ev = (pactId: string, type: Ev['type'], date: string): Ev => ({ pactId, type, date });

// A small world: one Cold War style pact with later joiners, a pact signed but not yet in force,
// a proposal that never went further, a pact with no dated start, and a superseded pact.
const FIXTURE: TimelineInput = {
  pacts: [
    {
      id: 'eastern',
      members: [
        { actorId: 'a' },
        { actorId: 'b' },
        { actorId: 'c', joined: '1956-03', left: '1968-09-13' },
        { actorId: 'd', joined: '1950' }, // joined "before" the pact existed: starts with it
        { actorId: 'e', joined: '1990' }, // joins by year precision: 1 January 1990
      ],
    },
    { id: 'paper', members: [{ actorId: 'a' }, { actorId: 'x' }] },
    { id: 'dream', members: [{ actorId: 'b' }, { actorId: 'x' }] },
    { id: 'ghost', members: [{ actorId: 'a' }] },
    { id: 'force-only', members: [{ actorId: 'x', left: '1985-02' }] },
    { id: 'old', members: [{ actorId: 'a' }] },
    { id: 'new', members: [{ actorId: 'a' }] },
  ],
  events: [
    ev('eastern', 'proposed', '1954'),
    ev('eastern', 'signed', '1955-05-14'),
    ev('eastern', 'ratified', '1955-05-20'),
    ev('eastern', 'entered-into-force', '1955-06-04'),
    ev('eastern', 'joined', '1956-03'),
    ev('eastern', 'withdrew', '1968-09-13'),
    ev('eastern', 'terminated', '1991-07-01'),
    ev('paper', 'signed', '2024-06-19'),
    ev('paper', 'entered-into-force', '2024-12-04'),
    ev('dream', 'proposed', '2010'),
    ev('ghost', 'ratified', '1960'), // ratified is not a start event: still undated
    ev('force-only', 'entered-into-force', '1980-05'),
    ev('old', 'signed', '1902-01-30'),
    ev('old', 'superseded', '1907-08-31'),
    ev('new', 'signed', '1907-08-31'),
    ev('new', 'terminated', '1917-11'),
  ],
};

const signedIndex = buildTimelineIndex(FIXTURE, 'signed');
const inForceIndex = buildTimelineIndex(FIXTURE, 'in-force');
const indexFor = (basis: TimelineBasis) => (basis === 'signed' ? signedIndex : inForceIndex);

function activeOn(basis: TimelineBasis, iso: string) {
  const active = indexFor(basis).activeAt(toDayNumber(iso));
  return { pacts: [...active.pactIds].sort(), members: active.memberships.map((m) => m.key).sort() };
}

describe('activeAt on the fixture', () => {
  it.each<[TimelineBasis, string, string[], string[]]>([
    ['signed', '1955-05-13', [], []],
    ['signed', '1955-05-14', ['eastern'], ['eastern/a', 'eastern/b', 'eastern/d']],
    ['in-force', '1955-05-14', [], []],
    ['in-force', '1955-06-03', [], []],
    ['in-force', '1955-06-04', ['eastern'], ['eastern/a', 'eastern/b', 'eastern/d']],
    ['signed', '1956-02-29', ['eastern'], ['eastern/a', 'eastern/b', 'eastern/d']],
    ['signed', '1956-03-01', ['eastern'], ['eastern/a', 'eastern/b', 'eastern/c', 'eastern/d']],
    ['signed', '1968-09-12', ['eastern'], ['eastern/a', 'eastern/b', 'eastern/c', 'eastern/d']],
    ['signed', '1968-09-13', ['eastern'], ['eastern/a', 'eastern/b', 'eastern/d']],
    ['signed', '1980-04-30', ['eastern'], ['eastern/a', 'eastern/b', 'eastern/d']],
    [
      'signed',
      '1980-05-01',
      ['eastern', 'force-only'],
      ['eastern/a', 'eastern/b', 'eastern/d', 'force-only/x'],
    ],
    [
      'in-force',
      '1985-01-31',
      ['eastern', 'force-only'],
      ['eastern/a', 'eastern/b', 'eastern/d', 'force-only/x'],
    ],
    ['in-force', '1985-02-01', ['eastern', 'force-only'], ['eastern/a', 'eastern/b', 'eastern/d']],
    ['signed', '1990-01-01', ['eastern', 'force-only'], ['eastern/a', 'eastern/b', 'eastern/d', 'eastern/e']],
    ['signed', '1991-06-30', ['eastern', 'force-only'], ['eastern/a', 'eastern/b', 'eastern/d', 'eastern/e']],
    ['signed', '1991-07-01', ['force-only'], []],
    ['signed', '2009-12-31', ['force-only'], []],
    ['signed', '2010-01-01', ['dream', 'force-only'], ['dream/b', 'dream/x']],
    ['signed', '2024-07-01', ['dream', 'force-only', 'paper'], ['dream/b', 'dream/x', 'paper/a', 'paper/x']],
    ['in-force', '2024-07-01', ['dream', 'force-only'], ['dream/b', 'dream/x']],
    [
      'in-force',
      '2024-12-04',
      ['dream', 'force-only', 'paper'],
      ['dream/b', 'dream/x', 'paper/a', 'paper/x'],
    ],
    ['signed', '1907-08-30', ['old'], ['old/a']],
    ['signed', '1907-08-31', ['new'], ['new/a']],
    ['signed', '1917-11-01', [], []],
    ['in-force', '1907-08-31', ['new'], ['new/a']],
  ])('under %s on %s: pacts %j, memberships %j', (basis, iso, pacts, members) => {
    expect(activeOn(basis, iso)).toEqual({ pacts, members });
  });

  it('never activates a pact without a dated start, nor its members', () => {
    expect(signedIndex.undated).toEqual(['ghost']);
    expect(inForceIndex.undated).toEqual(['ghost']);
    for (const day of signedIndex.eventDays) {
      expect(signedIndex.activeAt(day).pactIds).not.toContain('ghost');
      expect(signedIndex.activeAt(day).memberships.map((m) => m.pactId)).not.toContain('ghost');
    }
  });

  it('returns the same membership objects on every query', () => {
    const day = toDayNumber('1960-01-01');
    const first = signedIndex.activeAt(day).memberships;
    expect(signedIndex.activeAt(day).memberships).toEqual(first);
    expect(signedIndex.activeAt(day).memberships.every((m, i) => m === first[i])).toBe(true);
  });
});

describe('pactSpan', () => {
  it.each<[TimelineBasis, string, string | undefined, string | undefined, string | undefined]>([
    ['signed', 'eastern', '1955-05-14', '1991-07-01', 'signed'],
    ['in-force', 'eastern', '1955-06-04', '1991-07-01', 'entered-into-force'],
    ['signed', 'paper', '2024-06-19', undefined, 'signed'],
    ['in-force', 'paper', '2024-12-04', undefined, 'entered-into-force'],
    ['signed', 'dream', '2010', undefined, 'proposed'],
    ['in-force', 'dream', '2010', undefined, 'proposed'],
    ['signed', 'force-only', '1980-05', undefined, 'entered-into-force'],
    ['in-force', 'old', '1902-01-30', '1907-08-31', 'signed'],
    ['signed', 'ghost', undefined, undefined, undefined],
  ])('under %s, %s runs from %s to %s, started by %s', (basis, id, start, end, startEvent) => {
    expect(indexFor(basis).pactSpan(id)).toEqual({
      start: start === undefined ? undefined : toDayNumber(start),
      end: end === undefined ? Infinity : toDayNumber(end),
      startEvent,
    });
  });

  it('knows nothing of unknown pacts', () => expect(signedIndex.pactSpan('nope')).toBeUndefined());
});

describe('changesBetween on the fixture', () => {
  const keys = (set: { pactIds: string[]; memberships: { key: string }[] }) => [
    ...[...set.pactIds].sort(),
    ...set.memberships.map((m) => m.key).sort(),
  ];
  it.each<[TimelineBasis, string, string, string[], string[]]>([
    ['signed', '1955-05-13', '1955-05-14', ['eastern', 'eastern/a', 'eastern/b', 'eastern/d'], []],
    ['signed', '1955-05-14', '1955-05-13', [], ['eastern', 'eastern/a', 'eastern/b', 'eastern/d']],
    ['signed', '1960-01-01', '1970-01-01', [], ['eastern/c']],
    ['signed', '1970-01-01', '1960-01-01', ['eastern/c'], []],
    // c joins and leaves inside the jump: never seen at either end, so not reported.
    ['signed', '1956-01-01', '1970-01-01', [], []],
    [
      'signed',
      '1991-06-30',
      '1991-07-01',
      [],
      ['eastern', 'eastern/a', 'eastern/b', 'eastern/d', 'eastern/e'],
    ],
    ['signed', '1907-08-30', '1907-08-31', ['new', 'new/a'], ['old', 'old/a']],
    ['in-force', '2024-07-01', '2024-12-04', ['paper', 'paper/a', 'paper/x'], []],
    ['signed', '2024-07-01', '2024-12-04', [], []],
  ])('under %s from %s to %s: on %j, off %j', (basis, from, to, on, off) => {
    const changes = indexFor(basis).changesBetween(toDayNumber(from), toDayNumber(to));
    expect({ on: keys(changes.activated), off: keys(changes.deactivated) }).toEqual({ on, off });
  });
});

describe('event days', () => {
  const day = toDayNumber;
  it('spans the first to the last event', () => {
    expect(signedIndex.span).toEqual({ first: day('1902-01-30'), last: day('2024-12-04') });
  });

  it('lists each event day once, in order', () => {
    const days = [...signedIndex.eventDays];
    expect(days).toEqual([...new Set(FIXTURE.events.map((e) => day(e.date)))].sort((a, b) => a - b));
  });

  it.each([
    ['1955-05-14', '1955-05-20', '1954-01-01'],
    ['1955-05-15', '1955-05-20', '1955-05-14'],
    ['1907-08-31', '1917-11-01', '1902-01-30'],
    ['1917-11-01', '1954-01-01', '1907-08-31'],
    ['1902-01-30', '1907-08-31', undefined],
    ['2024-12-04', undefined, '2024-06-19'],
  ])('from %s the next event is on %s and the previous on %s', (from, next, prev) => {
    expect(signedIndex.nextEventDay(day(from))).toBe(next && day(next));
    expect(signedIndex.prevEventDay(day(from))).toBe(prev && day(prev));
  });

  it('has no span and no steps without events', () => {
    const empty = buildTimelineIndex({ pacts: [], events: [] }, 'signed');
    expect(empty.span).toBeUndefined();
    expect(empty.nextEventDay(0)).toBeUndefined();
    expect(empty.prevEventDay(0)).toBeUndefined();
    expect(empty.activeAt(0)).toEqual({ pactIds: [], memberships: [] });
  });
});
