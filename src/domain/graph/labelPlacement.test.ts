import { describe, expect, it } from 'vitest';
import { labelPriority, placeLabels, type LabelCandidate } from './labelPlacement';

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
