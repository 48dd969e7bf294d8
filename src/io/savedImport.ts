import { clear, createStore, del, get, set } from 'idb-keyval';
import type { Dataset } from '../domain/model';

/** How an imported dataset is shown: on its own, or beside the documents' dataset. */
export type ImportMode = 'alone' | 'beside';

/** An accepted import, kept in IndexedDB so it survives a reload. */
export interface SavedImport {
  version: 1;
  label: string;
  mode: ImportMode;
  dataset: Dataset;
  documentTexts: [string, string][];
  savedAt: string;
}

const KEY = 'imported-dataset';
// A store of our own, so clearing it never touches anything else the origin keeps.
const store = () => createStore('alliance-atlas', 'saved');

/** Saves an accepted import (replacing any earlier one). */
export async function saveImport(saved: SavedImport): Promise<void> {
  await set(KEY, saved, store());
}

/** The saved import, or null when there is none or what is stored is not one (it is then dropped). */
export async function loadSavedImport(): Promise<SavedImport | null> {
  const value: unknown = await get(KEY, store());
  if (value === undefined) return null;
  if (!isSavedImport(value)) {
    await del(KEY, store());
    return null;
  }
  return value;
}

/** Forgets the saved import. */
export async function clearSavedImport(): Promise<void> {
  await clear(store());
}

function isSavedImport(value: unknown): value is SavedImport {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<SavedImport>;
  // The dataset itself is validated again when it is opened; this only checks the envelope.
  return (
    v.version === 1 &&
    typeof v.label === 'string' &&
    (v.mode === 'alone' || v.mode === 'beside') &&
    typeof v.dataset === 'object' &&
    Array.isArray(v.documentTexts)
  );
}
