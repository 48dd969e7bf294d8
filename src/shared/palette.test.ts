import { describe, expect, it } from 'vitest';
import { seenDifference, type Deficiency } from '../domain/colour/visionDeficiency';
import type { PactKind } from '../domain/model';
import { PACT_KIND_COLOURS, PACT_KIND_LINES } from './palette';

// Every pact kind stays tellable from every other, with typical vision and under the three dichromacies:
// either their colours differ clearly (CIEDE2000 ≥ 10 after the Machado 2009 simulation) or their lines do.
const VISIONS: (Deficiency | null)[] = [null, 'protanopia', 'deuteranopia', 'tritanopia'];
const MIN_DELTA_E = 10;
const kinds = Object.keys(PACT_KIND_COLOURS) as PactKind[];
const pairs = kinds.flatMap((a, i) => kinds.slice(i + 1).map((b) => [a, b] as const));

describe('pact kinds under colour-vision deficiencies', () => {
  it.each(VISIONS.map((v) => [v ?? 'typical vision', v] as const))(
    '%s: every pair differs in colour or in line',
    (_, vision) => {
      const confusable = pairs.filter(
        ([a, b]) =>
          PACT_KIND_LINES[a] === PACT_KIND_LINES[b] &&
          seenDifference(PACT_KIND_COLOURS[a], PACT_KIND_COLOURS[b], vision) < MIN_DELTA_E,
      );
      expect(confusable).toEqual([]);
    },
  );

  it('the simulation is not a no-op: red and green merge under deuteranopia', () => {
    expect(seenDifference('#d62728', '#2ca02c', null)).toBeGreaterThan(40);
    expect(seenDifference('#d62728', '#2ca02c', 'deuteranopia')).toBeLessThan(
      seenDifference('#d62728', '#2ca02c', null) / 2,
    );
  });
});
