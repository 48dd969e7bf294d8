import { describe, expect, it } from 'vitest';
import { testPact } from '../../../tests/unit/support/testPact';
import { DRAW_BUDGET, drawCost, fitToBudget } from './drawBudget';
import { importFiles } from './importFiles';
import { REPORT_LIMIT, problemKind } from './reportCap';
import { fixture, validationErrors } from './testFixtures';

const atlasFile = (collections: Record<string, unknown[]>) =>
  JSON.stringify({
    format: 'alliance-atlas-dataset',
    version: 1,
    documents: [],
    passages: [],
    actors: [],
    pacts: [],
    events: [],
    rivalries: [],
    ...collections,
  });

describe('a file with many invalid records gives a capped report (finding 4)', () => {
  it('20,000 invalid actors: the first problems one by one, the rest counted by kind', () => {
    const actors = Array.from({ length: 20_000 }, (_, i) => ({ id: `a${i}`, kind: 'state' }));
    const result = importFiles([{ name: 'many.json', text: atlasFile({ actors }) }]);
    const lines = result.fatal?.split('\n') ?? [];
    expect(lines.length).toBeLessThan(REPORT_LIMIT + 20);
    expect(lines[0]).toBe('many.json: actors[0] (a0).name: missing (expected string)');
    expect(result.fatal).toMatch(/…and [\d,]+ more problems \([\d,]+ in all\), by kind:/);
    expect(result.fatal).toMatch(/^ {2}[\d,]+ × actors\[#\] \(…\)\.name: missing \(expected string\)$/m);
    expect(result.fatal?.length).toBeLessThan(40_000);
  });

  it('1,000 skipped rows: 200 listed, the total and the kinds kept', () => {
    const [header = '', row = ''] = fixture('cow_valid.csv').text.split(/\r?\n/);
    const bad = Array.from({ length: 1000 }, (_, i) => row.replace(/^201,2,/, `${300 + i},999,`));
    const result = importFiles([{ name: 'bad.csv', text: [header, row, ...bad].join('\n') }]);
    expect(result.skipped).toHaveLength(REPORT_LIMIT);
    expect(result.skippedTotal).toBe(1000);
    expect(result.skippedKinds?.[0]).toMatch(/^ {2}800 × line #, ccode: "…" \("…"\) is not a state code/);
  });

  it('problemKind drops the place and the values, keeping the field and the reason', () => {
    expect(problemKind('f.json: actors[12] (usa).lat: expected number, got string "x"')).toBe(
      'actors[#] (…).lat: expected number, got string "…"',
    );
  });
});

describe('an import too large to draw is opened filtered or not at all (finding 5)', () => {
  it('one pact with 40,000 members over 40,000 actors is refused before Accept, saying why', () => {
    const actors = Array.from({ length: 40_000 }, (_, i) => ({
      id: `s${i}`,
      name: `State ${i}`,
      kind: 'state',
      region: 'europe',
      lat: 0,
      lon: 0,
    }));
    const pact = testPact('big', {
      members: actors.map((a) => ({ actorId: a.id })),
      origin: { file: 'x.csv', row: 2 },
    });
    const event = {
      id: 'big-signed',
      pactId: 'big',
      type: 'signed',
      date: '1950',
      dateSource: 'public-record',
      passageIds: [],
      origin: { file: 'x.csv', row: 2 },
    };
    const result = importFiles([
      { name: 'big.json', text: atlasFile({ actors, pacts: [pact], events: [event] }) },
    ]);
    expect(result.fatal).toMatch(
      /^Too large to draw: it would need 80,001 graph elements and 1 events .*not even its earliest pact fits/,
    );
    expect(result.dataset.pacts).toEqual([]);
  });

  it('fitToBudget keeps the earliest pacts that fit, and what it keeps still validates', () => {
    const { dataset } = importFiles([fixture('cow_valid.csv')]);
    const whole = drawCost(dataset);
    const fit = fitToBudget(dataset, { elements: whole.elements - 1, events: DRAW_BUDGET.events });
    expect(fit.kept).toBeGreaterThan(0);
    expect(fit.dropped).toBeGreaterThan(0);
    expect(fit.kept + fit.dropped).toBe(dataset.pacts.length);
    expect(drawCost(fit.dataset).elements).toBeLessThan(whole.elements);
    expect(validationErrors(fit.dataset)).toEqual([]);
  });

  it('the pacts count too: a budget of 2 pacts keeps the 2 earliest, however few elements they need', () => {
    const { dataset } = importFiles([fixture('cow_valid.csv')]);
    expect(dataset.pacts.length).toBeGreaterThan(2);
    const fit = fitToBudget(dataset, { elements: 1_000_000, events: 1_000_000, pacts: 2 });
    expect(fit.kept).toBe(2);
    expect(fit.dropped).toBe(dataset.pacts.length - 2);
    expect(drawCost(fit.dataset).pacts).toBe(2);
    expect(validationErrors(fit.dataset)).toEqual([]);
    expect(DRAW_BUDGET.pacts).toBe(5_000);
  });
});
