import { describe, expect, it } from 'vitest';
import { PACT_KIND_LABELS, REGION_LABELS } from '../../shared/palette';
import { legendItems, nothingShown, type ShownSummary } from './figureLegend';
import { layoutLegend } from './legendLayout';

const labels = (shown: Partial<ShownSummary>) => legendItems(nothingShown(shown)).map((i) => i.label);

describe('legendItems', () => {
  it('lists nothing for an empty figure', () => {
    expect(labels({})).toEqual([]);
  });
  it('lists only the pact kinds drawn, in the palette order', () => {
    expect(
      labels({ pactKinds: new Set(['multilateral-security-organisation', 'mutual-defence-treaty']) }),
    ).toEqual([
      PACT_KIND_LABELS['mutual-defence-treaty'],
      PACT_KIND_LABELS['multilateral-security-organisation'],
    ]);
  });
  it('explains the node encodings used, and only those', () => {
    const items = labels({ states: true, nuclear: true, hubs: true, regions: new Set(['europe']) });
    expect(items).toEqual([
      'Pact with three or more members (◆ hub)',
      'State',
      'Nuclear-armed (heavy ring)',
      REGION_LABELS.europe,
    ]);
    expect(items).not.toContain('Organisation');
    expect(items).not.toContain('Faded: no pact at this date');
  });
  it('replaces the region fills by the bloc fill when blocs are coloured', () => {
    const items = labels({ states: true, blocs: true, regions: new Set(['europe', 'east-asia']) });
    expect(items).toContain('Fill: bloc at this date (one colour per bloc)');
    expect(items).not.toContain(REGION_LABELS.europe);
  });
  it('adds rivalry, comparison, size and selection marks when those views are on', () => {
    const items = labels({
      rivalries: true,
      comparedWith: '1 January 1990',
      sizeBy: 'degree',
      selected: true,
      states: true,
    });
    expect(items).toEqual(
      expect.arrayContaining([
        'Rivalry under way',
        'Formed since 1 January 1990',
        'Ended since 1 January 1990',
        'Size: degree at this date',
        'Highlighted: the selection (the rest faded)',
      ]),
    );
  });
  it('draws proposed pacts dashed', () => {
    const [item] = legendItems(nothingShown({ pactKinds: new Set(['proposed-pact']) }));
    expect(item?.symbol).toMatchObject({ type: 'line', dash: [5, 3] });
  });
});

describe('layoutLegend', () => {
  const measure = (text: string) => text.length * 7;
  const items = legendItems(
    nothingShown({ states: true, organisations: true, nuclear: true, faded: true, hubs: true }),
  );
  it('wraps entries into rows within the width and makes the band as tall as its rows', () => {
    const wide = layoutLegend(items, 2000, 'sans-serif', measure);
    const narrow = layoutLegend(items, 300, 'sans-serif', measure);
    expect(new Set(wide.items.map((i) => i.y)).size).toBe(1);
    expect(new Set(narrow.items.map((i) => i.y)).size).toBeGreaterThan(1);
    expect(narrow.height).toBeGreaterThan(wide.height);
    for (const placed of narrow.items) {
      const width = 24 + 6 + measure(placed.item.label);
      // An entry wider than a row starts its own row; every other one ends inside the padding.
      if (width > 300 - 24) expect(placed.x).toBe(12);
      else expect(placed.x + width).toBeLessThanOrEqual(300 - 12);
    }
  });
  it('has no band when there is nothing to explain', () => {
    expect(layoutLegend([], 800, 'sans-serif', measure).height).toBe(0);
  });
});
