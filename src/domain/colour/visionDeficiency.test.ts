import { describe, expect, it } from 'vitest';
import { deltaE2000, lab, linearRgb, simulate } from './visionDeficiency';

describe('CIEDE2000', () => {
  // Sharma, Wu & Dalal (2005), test data pairs 1, 7 and 17.
  it.each([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
  ] as const)('%j vs %j is %d', (p, q, expected) => {
    expect(deltaE2000(p, q)).toBeCloseTo(expected, 3);
  });
  it('white is L* 100 and grey has no chroma', () => {
    const [l, a, b] = lab(linearRgb('#ffffff'));
    expect(l).toBeCloseTo(100, 1);
    expect(Math.hypot(...lab(linearRgb('#808080')).slice(1))).toBeLessThan(0.01);
    expect(Math.hypot(a, b)).toBeLessThan(0.01);
  });
  it('greys look the same under every deficiency', () => {
    const grey = linearRgb('#808080');
    for (const d of ['protanopia', 'deuteranopia', 'tritanopia'] as const)
      simulate(grey, d).forEach((c, i) => expect(c).toBeCloseTo(grey[i]!, 2));
  });
});
