import { buildAtlas, type Atlas } from '../domain/atlas/buildAtlas';
import { DOCUMENTS_SOURCE, type DatasetSource } from '../domain/model/datasetSource';
import { loadBundledDataset } from '../io/bundledDataset';
import { resolveDatasetPath } from './datasetPath';
import { loadSavedAtlas, type SetAsideNote } from './loadSavedAtlas';

export type AtlasLoad =
  { atlas: Atlas; source: DatasetSource; notice?: string; setAside?: SetAsideNote } | { error: string };

function listErrors(errors: readonly string[]): string {
  const more = errors.length > 5 ? `\n…and ${errors.length - 5} more` : '';
  return `${errors.slice(0, 5).join('\n')}${more}`;
}

/** The documents' dataset as an Atlas (validated at build time). */
export async function loadBundledAtlas(): Promise<AtlasLoad> {
  try {
    const { dataset, documentTexts } = await loadBundledDataset();
    return { atlas: buildAtlas(dataset, documentTexts), source: DOCUMENTS_SOURCE };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The dataset a link names with `?dataset=<path>.json` (served beside the app, e.g. a generated benchmark
 * dataset), else the documents' dataset. A dataset that cannot be loaded falls back to the documents' one
 * with a notice that says why.
 */
export async function loadInitialAtlas(
  search: string,
  fetchFn: typeof fetch = fetch,
  pageUrl: string = window.location.href,
): Promise<AtlasLoad> {
  const path = new URLSearchParams(search).get('dataset');
  if (path === null) return loadSavedOrBundled();
  const fallback = async (why: string): Promise<AtlasLoad> => {
    const bundled = await loadBundledAtlas();
    return 'atlas' in bundled
      ? {
          ...bundled,
          notice: `Could not open the dataset “${path.slice(0, 80)}”: ${why}. Showing the documents' dataset.`,
        }
      : bundled;
  };
  const resolved = resolveDatasetPath(path, pageUrl);
  if (!resolved.ok) return fallback(resolved.why);
  try {
    // A redirect could leave the origin the path was checked against: refuse it.
    const response = await fetchFn(resolved.url.href, { redirect: 'error', credentials: 'same-origin' });
    if (!response.ok) return fallback(`the server answered ${response.status}`);
    // The validator (and zod) load only when a dataset other than the bundled one is opened.
    const { parseAtlasFile } = await import('../io/atlasFile');
    const parsed = parseAtlasFile(await response.text(), path);
    if (!parsed.ok) return fallback(listErrors(parsed.errors));
    return { atlas: buildAtlas(parsed.dataset, parsed.documentTexts), source: { kind: 'linked', path } };
  } catch (error) {
    return fallback(error instanceof Error ? error.message : String(error));
  }
}

/** The saved import when it opens; else the documents' dataset, with a note on any saved import set aside. */
async function loadSavedOrBundled(): Promise<AtlasLoad> {
  const saved = await loadSavedAtlas();
  const note = saved.kind === 'set-aside' ? saved.note : await earlierSetAside();
  const withNote = note ? { setAside: note } : {};
  if (saved.kind === 'opened') return { atlas: saved.atlas, source: saved.source, ...withNote };
  const bundled = await loadBundledAtlas();
  return 'atlas' in bundled ? { ...bundled, ...withNote } : bundled;
}

// A record set aside on an earlier visit stays offered until the person downloads or discards it.
async function earlierSetAside(): Promise<SetAsideNote | null> {
  try {
    const { loadSetAside } = await import('../io/savedImport');
    const aside = await loadSetAside();
    return aside ? { label: aside.label, problems: aside.problems } : null;
  } catch {
    return null;
  }
}
