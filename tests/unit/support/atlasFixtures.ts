import { validateDataDir } from '../../../scripts/loadDataFromDisk';
import { buildAtlas, type Atlas } from '../../../src/domain/atlas/buildAtlas';

/** The shipped dataset, validated and built, for component tests (read from disk once per test file). */
export function loadRealAtlas(): Atlas {
  const { loaded, result } = validateDataDir('data');
  if (!result.ok) throw new Error(`data/ is invalid: ${result.errors.length} errors`);
  return buildAtlas(result.dataset, loaded.input.documentTexts);
}

export { tinyDataset } from './tinyDataset';
