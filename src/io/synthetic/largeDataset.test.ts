// The loading path of a benchmark-sized dataset: parse + validate + buildAtlas, then timeline answers.
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../domain/atlas/buildAtlas';
import { toDayNumber } from '../../domain/dates';
import { parseAtlasFile, serializeAtlasFile } from '../atlasFile';
import { generateDataset } from './generateDataset';

describe('a medium synthetic dataset (200 states, 1,000 pacts, 10,000 events)', () => {
  it(
    'loads through parseAtlasFile and buildAtlas, and the timeline counts make sense',
    { timeout: 60_000 },
    () => {
      const { dataset, documentTexts } = generateDataset({
        states: 200,
        pacts: 1000,
        events: 10_000,
        seed: 1,
      });
      const parsed = parseAtlasFile(serializeAtlasFile(dataset, documentTexts), 'medium.json');
      if (!parsed.ok) throw new Error(parsed.errors.slice(0, 5).join('\n'));
      const atlas = buildAtlas(parsed.dataset, parsed.documentTexts);
      expect(atlas.pactById.size).toBe(1000);
      expect(atlas.chronicle).toHaveLength(10_000);

      const timeline = atlas.timelines.signed;
      expect(timeline.activeAt(atlas.span.from - 1).pactIds).toEqual([]);
      const at = (iso: string) => timeline.activeAt(toDayNumber(iso)).pactIds.length;
      expect(at('1850-01-01')).toBeGreaterThan(0);
      expect(at('1850-01-01')).toBeLessThan(at('1950-01-01'));

      // On the last day, exactly the pacts that never ended are active, with their members that never left.
      const open = parsed.dataset.pacts.filter((p) => p.status === 'active' || p.status === 'proposed');
      const last = timeline.activeAt(atlas.span.to);
      expect(new Set(last.pactIds)).toEqual(new Set(open.map((p) => p.id)));
      expect(last.memberships).toHaveLength(open.flatMap((p) => p.members.filter((m) => !m.left)).length);
    },
  );
});
