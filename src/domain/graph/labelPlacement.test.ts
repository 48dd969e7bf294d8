import { describe, expect, it } from 'vitest';
import { chooseLabelPlaces, labelPriority, placeLabels, type LabelCandidate } from './labelPlacement';

const at = (id: string, x: number, y: number, priority: number, width = 40): LabelCandidate => ({
  id,
  node: { x1: x - 5, y1: y - 5, x2: x + 5, y2: y + 5 },
  label: { x1: x - width / 2, y1: y + 7, x2: x + width / 2, y2: y + 20 },
  priority,
});

describe('placeLabels', () => {
  it('keeps every label that collides with nothing', () => {
    expect(placeLabels([at('a', 0, 0, 1), at('b', 100, 0, 1)])).toEqual(new Set(['a', 'b']));
  });
  it('of two colliding labels the more important one stays', () => {
    expect(placeLabels([at('a', 0, 0, 1), at('b', 20, 2, 5)])).toEqual(new Set(['b']));
  });
  it('a label never covers another node', () => {
    const covered = at('n', 0, 14, 0, 0);
    const label = at('a', 0, 0, 9);
    expect(placeLabels([label, { ...covered, label: { x1: 500, y1: 500, x2: 501, y2: 501 } }])).toEqual(
      new Set(['n']),
    );
  });
  it('ties go by id, whatever the order of the input', () => {
    const one = [at('b', 0, 0, 1), at('a', 10, 0, 1)];
    expect(placeLabels(one)).toEqual(placeLabels([...one].reverse()));
    expect(placeLabels(one)).toEqual(new Set(['a']));
  });
});

describe('chooseLabelPlaces', () => {
  // Above: the default place mirrored over the node; right: beside it.
  const withOthers = (c: LabelCandidate): LabelCandidate => {
    const cx = (c.node.x1 + c.node.x2) / 2;
    const cy = (c.node.y1 + c.node.y2) / 2;
    const w = c.label.x2 - c.label.x1;
    return {
      ...c,
      others: [
        { x1: c.label.x1, y1: cy - 20, x2: c.label.x2, y2: cy - 7 },
        { x1: cx + 7, y1: cy - 6, x2: cx + 7 + w, y2: cy + 6 },
      ],
    };
  };
  it('a label whose default place is taken takes the next free one, in order', () => {
    // b's label below would cover node a (whose label is placed first); above is free.
    expect(chooseLabelPlaces([at('a', 0, 0, 5), withOthers(at('b', 20, -16, 1))])).toEqual(
      new Map([
        ['a', 0],
        ['b', 1],
      ]),
    );
  });
  it('skips a place that covers a node, and gives way when no place is free', () => {
    // c's label below would cover node d and above would cover node e: it goes right.
    const c = withOthers(at('c', 0, 0, 5, 10));
    const d = { ...at('d', 0, 14, 0, 0), label: { x1: 900, y1: 900, x2: 901, y2: 901 } };
    const e = { ...at('e', 0, -14, 0, 0), label: { x1: 950, y1: 950, x2: 951, y2: 951 } };
    expect(chooseLabelPlaces([c, d, e]).get('c')).toBe(2);
    // With a node on the right too, c has no place left.
    const f = { ...at('f', 14, 0, 0, 0), label: { x1: 990, y1: 990, x2: 991, y2: 991 } };
    expect(chooseLabelPlaces([c, d, e, f]).has('c')).toBe(false);
  });
  it('keeps labels inside the view when one is given: one cut by its edge takes another place or gives way', () => {
    const view = { x1: -100, y1: -100, x2: 100, y2: 100 };
    // Near the left edge: under the node the label runs past x = -100; above too; to the right it fits.
    const edge = withOthers(at('e', -85, 0, 5, 40));
    expect(chooseLabelPlaces([edge]).get('e')).toBe(0);
    expect(chooseLabelPlaces([edge], view).get('e')).toBe(2);
    // Out at the bottom, with no place inside: no label.
    expect(chooseLabelPlaces([at('b', 0, 90, 5)], view).has('b')).toBe(false);
    // A node off screen is not held to the view.
    expect(chooseLabelPlaces([at('o', 300, 0, 5)], view).get('o')).toBe(0);
  });

  it('places the same labels as placeLabels when no candidate has other places', () => {
    const list = [at('a', 0, 0, 1), at('b', 20, 2, 5), at('c', 100, 0, 2)];
    expect(new Set(chooseLabelPlaces(list).keys())).toEqual(placeLabels(list));
    expect([...chooseLabelPlaces(list).values()]).toEqual([0, 0]);
  });
});

describe('labelPriority', () => {
  const base = {
    selected: false,
    idle: false,
    degree: 3,
    hub: false,
    known: true,
    crowded: false,
    renderedSize: 22,
  };
  it('puts the selection first, then known hubs, states by degree, made-up hubs, faded states', () => {
    const order = [
      labelPriority({ ...base, selected: true, degree: 1 }),
      labelPriority({ ...base, hub: true, degree: 21 }),
      labelPriority({ ...base, degree: 5 }),
      labelPriority({ ...base, degree: 2 }),
      labelPriority({ ...base, hub: true, known: false, degree: 21 }),
      labelPriority({ ...base, degree: 1 }),
      labelPriority({ ...base, idle: true, degree: 0 }),
    ];
    expect(order.every((p, i) => i === 0 || (order[i - 1] as number) > p)).toBe(true);
  });
  it('a 21-member hub with a made-up name ranks below a state with five ties drawn', () => {
    expect(labelPriority({ ...base, hub: true, known: false, degree: 21 })).toBeLessThan(
      labelPriority({ ...base, degree: 5 }),
    );
  });
});
