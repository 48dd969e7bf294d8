import { describe, expect, it } from 'vitest';
import { parseAtlasFile, serializeAtlasFile } from '../atlasFile';
import { generateDataset, type SyntheticOptions } from './generateDataset';

const SMALL: SyntheticOptions = { states: 24, pacts: 60, events: 240, seed: 7 };

function fileOf(options: SyntheticOptions): string {
  const { dataset, documentTexts } = generateDataset(options);
  return serializeAtlasFile(dataset, documentTexts);
}

describe('generateDataset', () => {
  it('writes a dataset that the app’s loader accepts with no error and no warning', () => {
    const result = parseAtlasFile(fileOf(SMALL), 'small.json');
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('gives the same bytes for the same seed, and different data for another seed', () => {
    expect(fileOf(SMALL)).toBe(fileOf(SMALL));
    expect(fileOf({ ...SMALL, seed: 8 })).not.toBe(fileOf(SMALL));
  });

  it.each<SyntheticOptions>([
    { states: 3, pacts: 1, events: 1, seed: 1 },
    { states: 10, pacts: 30, events: 30, seed: 2 },
    { states: 40, pacts: 100, events: 350, seed: 3 },
    { states: 60, pacts: 200, events: 2000, seed: 4 },
  ])('respects the requested sizes: $states states, $pacts pacts, $events events', (options) => {
    const { dataset, documentTexts, counts } = generateDataset(options);
    expect(dataset.actors).toHaveLength(options.states);
    expect(dataset.pacts).toHaveLength(options.pacts);
    expect(dataset.events).toHaveLength(options.events);
    expect(counts).toMatchObject({ states: options.states, pacts: options.pacts, events: options.events });
    const result = parseAtlasFile(serializeAtlasFile(dataset, documentTexts), 'x.json');
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('is shaped like the real record: mostly bilateral, a few large enlarging treaties, ends and exits', () => {
    const { dataset } = generateDataset({ states: 80, pacts: 300, events: 1500, seed: 5 });
    const sizes = dataset.pacts.map((p) => new Set(p.members.map((m) => m.actorId)).size);
    const count = (type: string) => dataset.events.filter((e) => e.type === type).length;
    expect(sizes.filter((n) => n === 2).length / sizes.length).toBeGreaterThan(0.7);
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(30);
    expect(count('joined')).toBeGreaterThan(50);
    expect(count('withdrew')).toBeGreaterThan(0);
    expect(count('terminated')).toBeGreaterThan(0);
    const years = dataset.events.map((e) => Number(e.date.slice(0, 4)));
    expect(Math.min(...years)).toBeGreaterThanOrEqual(1815);
    expect(Math.max(...years)).toBeLessThanOrEqual(2018);
    expect(new Set(dataset.events.map((e) => e.date.length))).toEqual(new Set([4, 7, 10]));
  });

  it('cites exact slices of the generated documents', () => {
    const { dataset, documentTexts } = generateDataset(SMALL);
    for (const p of dataset.passages)
      expect(documentTexts.get(p.documentId)?.slice(p.start, p.end)).toBe(p.text);
    const cited = new Set(dataset.passages.map((p) => p.id));
    for (const e of dataset.events) expect(e.passageIds.every((id) => cited.has(id))).toBe(true);
  });

  it('refuses sizes it cannot honour, saying which', () => {
    expect(() => generateDataset({ ...SMALL, events: SMALL.pacts - 1 })).toThrow(/events must be .*≥ 60/);
    expect(() => generateDataset({ ...SMALL, states: 2 })).toThrow(/states must be/);
  });
});
