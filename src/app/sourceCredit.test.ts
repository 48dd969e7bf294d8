import { describe, expect, it } from 'vitest';
import { loadRealAtlas } from '../../tests/unit/support/atlasFixtures';
import { DOCUMENTS_SOURCE } from '../domain/model/datasetSource';
import { sourceCredit } from './AppHeader';

describe('sourceCredit', () => {
  const atlas = loadRealAtlas();
  it('names every document by author, publisher and year', () => {
    const credit = sourceCredit(atlas, DOCUMENTS_SOURCE);
    expect(credit).toMatch(/^Sources: Afridi \(.*2024\); Hayes/);
    expect(credit).toContain('Pempel (');
    expect(credit.split(';')).toHaveLength(atlas.dataset.documents.length);
    expect(credit).toMatch(/Dates marked † in the app are from the public record\.$/);
  });
  it('names an imported file', () => {
    expect(sourceCredit(atlas, { kind: 'imported', fileLabel: 'cow.csv', mode: 'beside' })).toContain(
      " Data: cow.csv beside the documents' dataset.",
    );
    expect(sourceCredit(atlas, { kind: 'linked', path: 'bench/medium.json' })).toContain(' Data: bench/medium.json.');
  });
});
