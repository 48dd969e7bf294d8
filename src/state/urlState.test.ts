import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../domain/dates';
import { dateOutsideSpan, formatUrlView, parseUrlView } from './urlState';

describe('parseUrlView', () => {
  it('reads date, pact and basis', () => {
    expect(parseUrlView('?date=1960-01-01&pact=nato&basis=in-force')).toEqual({
      view: { day: toDayNumber('1960-01-01'), pactId: 'nato', basis: 'in-force' },
      problems: [],
    });
  });

  it.each([
    ['?date=1960-13-01', /date “1960-13-01” is not a date/],
    ['?date=yesterday', /date “yesterday”/],
    ['?pact=%3Cimg%20src%3Dx%3E', /pact “<img src=x>” is not a valid id/],
    ['?basis=ratified', /basis “ratified” should be signed or in-force/],
  ])('drops %s with a problem that names it', (search, message) => {
    const { view, problems } = parseUrlView(search);
    expect(view).toEqual({});
    expect(problems.join()).toMatch(message);
  });

  it('never throws and round-trips what it accepts, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (date, pact) => {
        const search = `?date=${encodeURIComponent(date)}&pact=${encodeURIComponent(pact)}`;
        const { view } = parseUrlView(search);
        expect(parseUrlView(formatUrlView(view, '')).view).toEqual(view);
      }),
    );
  });

  it('round-trips any valid day', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('1800-01-01'), max: toDayNumber('2100-12-31') }), (day) => {
        expect(parseUrlView(formatUrlView({ day }, '')).view.day).toBe(day);
      }),
    );
  });
});

describe('formatUrlView', () => {
  it('keeps unrelated parameters and leaves the default basis out', () => {
    expect(
      formatUrlView(
        { day: toDayNumber('2024-06-19'), pactId: 'rus-prk-2024', basis: 'signed' },
        '?dataset=big.json',
      ),
    ).toBe('?dataset=big.json&date=2024-06-19&pact=rus-prk-2024');
  });
});

describe('analysis views in the URL', () => {
  it('round-trips layout, blocs, rivalries, size, scope, tab and the comparison date', () => {
    const search =
      '?date=2025-01-01&layout=map&blocs=1&rivalries=1&size=betweenness&scope=all&tab=analysis&compare=1990-01-01';
    const { view, problems } = parseUrlView(search);
    expect(problems).toEqual([]);
    expect(view.analysis).toEqual({
      layout: 'map',
      colourByBloc: true,
      showRivalries: true,
      sizeBy: 'betweenness',
      tieScope: 'all',
      sideTab: 'analysis',
      compareDay: toDayNumber('1990-01-01'),
    });
    expect(parseUrlView(formatUrlView(view, '')).view).toEqual(view);
  });

  it.each([
    ['?layout=globe', /layout “globe” should be network or map/],
    ['?size=huge', /size “huge” should be none or degree or betweenness/],
    ['?compare=1990-02-30', /compare “1990-02-30” is not a date/],
  ])('drops %s with a problem', (search, message) => {
    const { view, problems } = parseUrlView(search);
    expect(view.analysis).toBeUndefined();
    expect(problems.join()).toMatch(message);
  });
});

describe('dateOutsideSpan', () => {
  const span = { from: toDayNumber('1907-08-31'), to: toDayNumber('2025-05-30') };
  it('names the date asked for and the date shown when a link lies outside the data', () => {
    expect(dateOutsideSpan(toDayNumber('1800-01-01'), span.from, span)).toBe(
      'The link asks for 1 January 1800 (1800-01-01), outside the data, which runs from 31 August 1907 to ' +
        '30 May 2025: showing 31 August 1907 (1907-08-31) instead.',
    );
  });
  it('says nothing when the date asked for is shown', () => {
    expect(dateOutsideSpan(toDayNumber('1960-01-01'), toDayNumber('1960-01-01'), span)).toBeNull();
  });
});

describe('filters in the URL', () => {
  it('round-trips obligations, kinds and regions, in canonical order; an empty list is "-"', () => {
    const { view, problems } = parseUrlView('?obligations=neutrality,defence&regions=-&kinds=non-aggression-pact');
    expect(problems).toEqual([]);
    expect(view.analysis?.filter).toEqual({
      obligations: ['defence', 'neutrality'],
      kinds: ['non-aggression-pact'],
      regions: [],
    });
    const again = formatUrlView(view, '');
    expect(again).toBe('?obligations=defence%2Cneutrality&kinds=non-aggression-pact&regions=-');
    expect(parseUrlView(again).view).toEqual(view);
  });

  it('leaves the default (no filter parameters) out of the link', () => {
    expect(
      formatUrlView({ analysis: { filter: { obligations: null, kinds: null, regions: null } } }, ''),
    ).toBe('');
  });

  it('drops an unknown class with a problem that names it, keeping the rest', () => {
    const { view, problems } = parseUrlView('?obligations=defence,friendship&regions=europe');
    expect(problems.join()).toMatch(/obligations “friendship” should be among defence, neutrality/);
    expect(view.analysis?.filter).toEqual({ obligations: null, kinds: null, regions: ['europe'] });
  });
});
