import { describe, expect, it } from 'vitest';
import { toDayNumber as d } from '../dates';
import { clipToSpans, existenceDays, inSpans } from './existence';
import { memberStanding, membershipDays } from './membership';

const ALWAYS = existenceDays(undefined, d);
// Japan in COW: 1860 until the surrender (14 August 1945, inclusive), again from 28 April 1952.
const japan = existenceDays(
  {
    existence: [
      { from: '1952-04-28', source: 'cow-states-2016' },
      { from: '1860-01-01', until: '1945-08-15', source: 'cow-states-2016' },
    ],
  },
  d,
);

describe('existence', () => {
  it('an actor without a list exists at every date', () => {
    expect(inSpans(ALWAYS, d('1800-01-01'))).toBe(true);
    expect(inSpans(ALWAYS, d('2100-01-01'))).toBe(true);
  });

  it('spans are sorted and half-open: gone on `until`, back on the next `from`', () => {
    expect(japan.map((s) => s.start)).toEqual([d('1860-01-01'), d('1952-04-28')]);
    expect(inSpans(japan, d('1945-08-14'))).toBe(true);
    expect(inSpans(japan, d('1945-08-15'))).toBe(false);
    expect(inSpans(japan, d('1950-01-01'))).toBe(false);
    expect(inSpans(japan, d('1952-04-28'))).toBe(true);
  });

  it('clips an interval to the spans, one piece per span', () => {
    expect(clipToSpans(d('1940-01-01'), d('1960-01-01'), japan)).toEqual([
      { start: d('1940-01-01'), end: d('1945-08-15') },
      { start: d('1952-04-28'), end: d('1960-01-01') },
    ]);
    expect(clipToSpans(NaN, d('1960-01-01'), japan)).toEqual([]);
  });
});

describe('membershipDays: the membership rule', () => {
  const nato = { start: d('1949-04-04'), end: Infinity };

  it('a founding member is a member from the pact start', () => {
    expect(membershipDays(nato, {}, ALWAYS, d)).toEqual([{ start: d('1949-04-04'), end: Infinity }]);
  });

  it('Poland, joined 1999-03-12: not a member in 1960, a member in 2000', () => {
    const days = membershipDays(nato, { joined: '1999-03-12' }, ALWAYS, d);
    expect(memberStanding(days, d('1960-01-01'))).toBe('later');
    expect(memberStanding(days, d('1999-03-11'))).toBe('later');
    expect(memberStanding(days, d('1999-03-12'))).toBe('current');
  });

  it('West Germany, joined 1955-05-06 and succeeded 1990-10-03: earlier member in 2000', () => {
    const days = membershipDays(nato, { joined: '1955-05-06', left: '1990-10-03' }, ALWAYS, d);
    expect(days).toEqual([{ start: d('1955-05-06'), end: d('1990-10-03') }]);
    expect(memberStanding(days, d('1960-01-01'))).toBe('current');
    expect(memberStanding(days, d('1990-10-02'))).toBe('current');
    expect(memberStanding(days, d('1990-10-03'))).toBe('earlier');
  });

  it('a state is a member only while it exists: the US–Japan treaty signed 1951-09-08 holds for Japan from 1952-04-28', () => {
    const treaty = { start: d('1951-09-08'), end: d('1960-06-23') };
    const days = membershipDays(treaty, {}, japan, d);
    expect(days).toEqual([{ start: d('1952-04-28'), end: d('1960-06-23') }]);
    expect(memberStanding(days, d('1952-01-01'))).toBe('later');
  });

  it('members of an undated pact, or records that end before they start, never hold', () => {
    expect(membershipDays({ start: NaN, end: Infinity }, {}, ALWAYS, d)).toEqual([]);
    expect(membershipDays(nato, { joined: '1960-01-01', left: '1955-01-01' }, ALWAYS, d)).toEqual([]);
    expect(memberStanding([], d('1960-01-01'))).toBe('never');
  });
});
