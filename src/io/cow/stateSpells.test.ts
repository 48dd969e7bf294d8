// COW's State System Membership List v2016 on real rows (tests/fixtures/cow-states/SOURCE.md): the spells file
// read as existence spans, checked against the state-year file, and the spans shipped in data/cow-states-2016.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COW_STATES } from './cowStates';
import { OCCUPATIONS, occupationSpans } from './occupations';
import { COW_STATE_SPANS, cowExistence, cowExistenceBetween } from './stateExistence';
import { disagreements, readStateSpells, readSystemYears, toStateSpans } from './stateSpells';

const ROOT = new URL('../../../', import.meta.url).pathname;
const read = (name: string) => readFileSync(`${ROOT}tests/fixtures/cow-states/${name}`, 'utf8');
const STATES = read('states2016_excerpt.csv');
const SYSTEM = read('system2016_excerpt.csv');

function spellsOf(text: string) {
  const r = readStateSpells(text, 'states2016.csv');
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.value;
}

function yearsOf(text: string) {
  const r = readSystemYears(text, 'system2016.csv');
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.value;
}

describe('states2016.csv, real rows', () => {
  const spans = toStateSpans(spellsOf(STATES));
  const of = (ccode: number) => spans.find((s) => s.ccode === ccode)?.spans;

  it('reads every spell, COW inclusive last days becoming exclusive ends', () => {
    expect(spellsOf(STATES)).toHaveLength(10);
    expect(of(260)).toEqual([{ from: '1955-05-05', until: '1990-10-03' }]);
    expect(of(265)).toEqual([{ from: '1954-03-25', until: '1990-10-03' }]);
  });

  it('keeps the gaps: Japan out of the system under occupation, Austria annexed and occupied', () => {
    expect(of(740)).toEqual([{ from: '1860-01-01', until: '1945-08-15' }, { from: '1952-04-28' }]);
    expect(of(305)).toEqual([{ from: '1919-09-10', until: '1938-03-14' }, { from: '1955-07-27' }]);
  });

  it('ends Czechoslovakia on 31 December 1992 and starts its successors the next day', () => {
    expect(of(315)?.at(-1)).toEqual({ from: '1945-05-10', until: '1993-01-01' });
    expect(of(316)).toEqual([{ from: '1993-01-01' }]);
    expect(of(317)).toEqual([{ from: '1993-01-01' }]);
  });

  it('agrees year by year with the state-year file system2016.csv', () => {
    expect(disagreements(spellsOf(STATES), yearsOf(SYSTEM))).toEqual([]);
  });

  it('names the code and the years where the two files disagree', () => {
    const without1953 = SYSTEM.split('\n')
      .filter((line) => line !== 'JPN,740,1953,2016')
      .join('\n');
    expect(disagreements(spellsOf(STATES), yearsOf(without1953))).toEqual([
      'ccode 740: spells cover 1953, absent from the state-year file',
    ]);
    const with1950 = `${SYSTEM}JPN,740,1950,2016\n`;
    expect(disagreements(spellsOf(STATES), yearsOf(with1950))).toEqual([
      'ccode 740: the state-year file has 1950, no spell covers it',
    ]);
  });

  it('refuses spells that overlap or end before they begin, naming file and line', () => {
    const broken = STATES.replace('JPN,740,Japan,1952,4,28', 'JPN,740,Japan,1945,4,28').replace(
      'GFR,260,German Federal Republic,1955,5,5,1990,10,2',
      'GFR,260,German Federal Republic,1955,5,5,1954,10,2',
    );
    const r = readStateSpells(broken, 'states2016.csv');
    expect(r.ok ? [] : r.problems).toEqual([
      'states2016.csv: line 2: the spell ends (1954-10-02) before it begins (1955-05-05)',
      'states2016.csv: line 11: ccode 740 begins 1945-04-28, before its spell of line 10 ends (1945-08-14)',
    ]);
  });
});

describe('data/occupations.json', () => {
  it('fills gaps of the COW list only: each occupation ends where a COW spell begins, and starts where one ends or at a founding', () => {
    for (const o of OCCUPATIONS.occupations) {
      const spans = COW_STATE_SPANS.states.find((s) => s.ccode === o.ccode)?.spans ?? [];
      expect(
        spans.map((s) => s.from),
        `${o.name} resumes`,
      ).toContain(o.until);
      const founded = ['1945-04-27', '1949-05-23', '1949-10-07'];
      expect([...spans.map((s) => s.until), ...founded], `${o.name} begins`).toContain(o.from);
    }
  });

  it('names Japan under Allied occupation from 15 August 1945 to 28 April 1952', () => {
    expect(occupationSpans(740)).toEqual([
      expect.objectContaining({
        from: '1945-08-15',
        until: '1952-04-28',
        source: 'public-record',
        occupation: 'Allied occupation',
      }),
    ]);
  });
});

describe('data/cow-states-2016.json', () => {
  it('has a span list for every one of the 217 codes of the state table, and no other', () => {
    expect(COW_STATE_SPANS.states.map((s) => s.ccode)).toEqual([...COW_STATES.keys()].sort((a, b) => a - b));
  });

  it('records the files it was generated from', () => {
    expect(COW_STATE_SPANS.files.map((f) => [f.file, f.rows])).toEqual([
      ['states2016.csv', 243],
      ['system2016.csv', 15951],
    ]);
  });

  it('gives actors their spans with the source, open where the list does not bound them', () => {
    expect(cowExistence(265)).toEqual([
      expect.objectContaining({ from: '1949-10-07', until: '1954-03-25', occupation: 'Soviet occupation' }),
      { from: '1954-03-25', until: '1990-10-03', source: 'cow-states-2016' },
    ]);
    expect(cowExistence(2)).toEqual([{ source: 'cow-states-2016' }]);
    expect(cowExistence(8152)).toBeUndefined();
  });

  it('clips a code to an era: Russia before the Union Treaty and after the Soviet Union', () => {
    expect(cowExistenceBetween(365, undefined, '1922-12-30')).toEqual([
      { until: '1922-12-30', source: 'cow-states-2016' },
    ]);
    expect(cowExistenceBetween(365, '1991-12-26')).toEqual([
      { from: '1991-12-26', source: 'cow-states-2016' },
    ]);
    expect(cowExistenceBetween(1, '1946-01-01', '1950-01-01')).toEqual([]);
    expect(cowExistenceBetween(740, '1946-01-01', '1950-01-01')).toEqual([
      expect.objectContaining({ from: '1946-01-01', until: '1950-01-01', occupation: 'Allied occupation' }),
    ]);
  });
});
