import { describe, expect, it } from 'vitest';
import { loadRealAtlas } from '../../tests/unit/support/atlasFixtures';
import { DOCUMENTS_LABEL } from '../state/createAppStore';
import { sourceCredit } from './AppHeader';

describe('sourceCredit', () => {
  const atlas = loadRealAtlas();
  it('names every document by author, publisher and year', () => {
    const credit = sourceCredit(atlas, DOCUMENTS_LABEL);
    console.log(credit);
    expect(credit).toMatch(/^Sources: Afridi \(.*2024\); Hayes/);
    expect(credit).toContain('Pempel (');
    expect(credit.split(';')).toHaveLength(atlas.dataset.documents.length);
    expect(credit).toMatch(/Dates marked † in the app are from the public record\.$/);
  });
  it('names an imported file', () => {
    expect(sourceCredit(atlas, 'cow.csv beside the documents')).toContain(
      ' Data: cow.csv beside the documents.',
    );
  });
});
