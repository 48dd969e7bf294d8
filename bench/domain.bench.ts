// The domain's hot paths, measured by `npm run bench:domain` (vitest bench, Node): date parsing, building the
// atlas of a medium dataset (1,000 pacts, 10,000 events), and the timeline's answers while scrubbing.
import { bench, describe } from 'vitest';
import { buildAtlas } from '../src/domain/atlas/buildAtlas';
import { addCalendar, parsePreciseDate, toDayNumber } from '../src/domain/dates';
import { generateDataset } from '../src/io/synthetic/generateDataset';

const { dataset, documentTexts } = generateDataset({ states: 200, pacts: 1000, events: 10_000, seed: 1 });
const isoDates = dataset.events.map((event) => event.date);
const atlas = buildAtlas(dataset, documentTexts);
const timeline = atlas.timelines.signed;
// A month-by-month scrub across the whole span, as the slider's arrow key makes it.
const months: number[] = [];
for (let day = atlas.span.from; day <= atlas.span.to; day = addCalendar(day, 'month', 1)) months.push(day);

describe('dates', () => {
  bench(`parse ${isoDates.length.toLocaleString('en')} event dates`, () => {
    for (const iso of isoDates) parsePreciseDate(iso);
  });
  bench(`to day numbers (${isoDates.length.toLocaleString('en')})`, () => {
    for (const iso of isoDates) toDayNumber(iso);
  });
});

describe('atlas', () => {
  bench('buildAtlas, medium (1,000 pacts, 10,000 events)', () => {
    buildAtlas(dataset, documentTexts);
  });
});

describe('timeline while scrubbing', () => {
  bench(`activeAt, ${months.length} months`, () => {
    for (const day of months) timeline.activeAt(day);
  });
  bench(`changesBetween, ${months.length - 1} one-month steps`, () => {
    for (let i = 1; i < months.length; i++) timeline.changesBetween(months[i - 1]!, months[i]!);
  });
});
