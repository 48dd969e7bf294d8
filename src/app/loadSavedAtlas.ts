import type { Atlas } from '../domain/atlas/buildAtlas';
import type * as SavedImportModule from '../io/savedImport';
import type { DatasetSource } from '../domain/model/datasetSource';

/** A saved import that could not be opened: kept aside, named, with why. */
export interface SetAsideNote {
  label: string;
  problems: string[];
}

export type SavedAtlasLoad =
  | { kind: 'none' }
  | { kind: 'opened'; atlas: Atlas; source: DatasetSource }
  | { kind: 'set-aside'; note: SetAsideNote };

/**
 * Opens the import a person accepted earlier in this browser. The record is checked like any import; one that
 * fails (a partial write, a hand edit, an older version) or that cannot be drawn is set aside, never opened
 * again, and the caller shows the documents' dataset with a notice offering to download or discard it.
 */
export async function loadSavedAtlas(): Promise<SavedAtlasLoad> {
  let storage: typeof SavedImportModule;
  let record: unknown;
  try {
    storage = await import('../io/savedImport');
    record = await storage.loadSavedRecord();
  } catch {
    // No IndexedDB (private mode, old browser): start from the documents' dataset.
    return { kind: 'none' };
  }
  if (record === undefined) return { kind: 'none' };
  const { checkSavedImport, savedLabel } = await import('../io/checkSavedImport');
  const checked = checkSavedImport(record);
  let problems: string[];
  if (checked.ok) {
    try {
      const { atlasForImport } = await import('../features/data/importFlow');
      const atlas = await atlasForImport(checked.saved);
      const { saved } = checked;
      return { kind: 'opened', atlas, source: { kind: 'imported', fileLabel: saved.label, mode: saved.mode } };
    } catch (error) {
      problems = [
        `it passed its checks but could not be drawn: ${error instanceof Error ? error.message : String(error)}`,
      ];
    }
  } else problems = checked.problems;
  const label = checked.ok ? checked.saved.label : savedLabel(record);
  try {
    await storage.setAsideSavedImport(record, label, problems);
  } catch {
    // Storage refused the move: the notice still says why; the next load checks the record again.
  }
  return { kind: 'set-aside', note: { label, problems } };
}
