import { buildAtlas, type Atlas } from '../../domain/atlas/buildAtlas';
import { mergeDatasets, mergeDocumentTexts } from '../../domain/merge/mergeDatasets';
import { loadBundledDataset } from '../../io/bundledDataset';
import { failedImport } from '../../domain/model/importResult';
import { importLabel, type ImportMode } from '../../domain/model/datasetSource';
import { clearSavedImport, saveImport, type SavedImport } from '../../io/savedImport';
import {
  datasetReady,
  importChecked,
  importClosed,
  importProgressed,
  importStarted,
  setNotice,
} from '../../state/actions';
import type { AppStore } from '../../state/createAppStore';
import { dispatch } from '../../state/dispatch';
import type { RunningImport } from './runImport';

/**
 * Reads and checks the files a person chose or dropped, then asks them to accept or reject the result. Nothing
 * shown changes here: a failed or rejected import leaves the current view and data as they were.
 */
export async function startImport(store: AppStore, files: readonly File[]): Promise<void> {
  const fileNames = files.map((f) => f.name);
  const busy = busyWith(store);
  // One import at a time: a second one racing the first would silently replace it (or be replaced).
  if (busy) {
    dispatch(store, setNotice(`${quoteNames(fileNames)} ${fileNames.length === 1 ? 'was' : 'were'} not opened: ${busy}. Finish it first.`));
    return;
  }
  dispatch(store, importStarted());
  // Reading, parsing and checking run in a worker: the page stays responsive and Cancel works at any moment.
  const { runImport } = await import('./runImport');
  const running = runImport(files, (progress) => dispatch(store, importProgressed(progress)));
  runningImports.set(store, running);
  try {
    const result = await running.result;
    if (result !== null) dispatch(store, importChecked({ fileNames, result }));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    dispatch(store, importChecked({ fileNames, result: failedImport(`${fileNames.join(', ')}: could not be read: ${why}`) }));
  } finally {
    if (runningImports.get(store) === running) runningImports.delete(store);
  }
}

// The import under way in each store (one at a time), so Cancel can stop it.
const runningImports = new WeakMap<AppStore, RunningImport>();

/** Stops the import being read, wherever it is; nothing shown changes. */
export function cancelImport(store: AppStore): void {
  const running = runningImports.get(store);
  runningImports.delete(store);
  running?.cancel();
  if (store.getState().view.importing) {
    dispatch(store, importClosed());
    dispatch(store, setNotice('The import was cancelled; nothing changed.'));
  }
}

function busyWith(store: AppStore): string | null {
  const { importing, pendingImport } = store.getState().view;
  if (pendingImport) return `the import of ${quoteNames(pendingImport.fileNames)} is waiting for you to accept or reject it`;
  return importing ? 'another import is still being read' : null;
}

const quoteNames = (names: readonly string[]) => names.map((name) => `“${name}”`).join(' + ');

/** Builds what an accepted import shows: the imported dataset alone, or beside the documents' dataset. */
export async function atlasForImport(saved: Pick<SavedImport, 'dataset' | 'documentTexts' | 'mode'>): Promise<Atlas> {
  const texts = new Map(saved.documentTexts);
  if (saved.mode === 'alone') return buildAtlas(saved.dataset, texts);
  const base = await loadBundledDataset();
  // The crosswalk loads with the importers, on first use.
  const { importIdentities } = await import('../../io/crosswalk/identities');
  const merged = mergeDatasets(base.dataset, saved.dataset, importIdentities(saved.dataset));
  return buildAtlas(merged, mergeDocumentTexts(base.dataset, base.documentTexts, saved.dataset, texts, merged));
}

/** Shows the pending import and saves it so it survives a reload. */
export async function acceptImport(store: AppStore, mode: ImportMode): Promise<void> {
  const pending = store.getState().view.pendingImport;
  if (!pending || pending.result.fatal) return;
  const { result, fileNames } = pending;
  const label = importLabel(fileNames);
  const saved: SavedImport = {
    version: 1,
    label,
    mode,
    dataset: result.dataset,
    documentTexts: [...result.documentTexts],
    savedAt: new Date().toISOString(),
  };
  const atlas = await atlasForImport(saved);
  // Building the atlas and drawing it are each long on a big import: let the page breathe between the two tasks.
  await nextTask();
  dispatch(store, datasetReady(atlas, undefined, { kind: 'imported', fileLabel: label, mode }));
  dispatch(store, importClosed());
  try {
    await saveImport(saved);
    dispatch(store, setNotice(`Opened ${label}: ${result.dataset.pacts.length} pacts. It is saved in this browser until you clear it.`));
  } catch (error) {
    dispatch(store, setNotice(`Opened ${label}, but it could not be saved for next time: ${error instanceof Error ? error.message : String(error)}`));
  }
}

/** Resolves in a new task of the page's event loop (a resolved promise would stay in this one). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Forgets the saved import and goes back to the documents' dataset. */
export async function clearImport(store: AppStore): Promise<void> {
  await clearSavedImport();
  const { dataset, documentTexts } = await loadBundledDataset();
  dispatch(store, datasetReady(buildAtlas(dataset, documentTexts)));
  dispatch(store, setNotice('The saved dataset was cleared; showing the documents’ dataset.'));
}
