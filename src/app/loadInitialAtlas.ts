import { buildAtlas, type Atlas } from '../domain/atlas/buildAtlas';
import { loadBundledDataset } from '../io/bundledDataset';
import { formatIssue } from '../io/validation/issues';

/** The documents' dataset as an Atlas, or an error message listing the first problems found. */
export function loadInitialAtlas(): { atlas: Atlas } | { error: string } {
  const result = loadBundledDataset();
  if (!result.ok) {
    const shown = result.errors.slice(0, 5).map(formatIssue).join('\n');
    const more = result.errors.length > 5 ? `\n…and ${result.errors.length - 5} more` : '';
    return { error: `The bundled dataset is invalid:\n${shown}${more}` };
  }
  return { atlas: buildAtlas(result.dataset) };
}
