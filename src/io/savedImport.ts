import { clear, createStore, del, get, set } from 'idb-keyval';
import type { Dataset } from '../domain/model';
import type { ImportMode } from '../domain/model/datasetSource';

/** An accepted import, kept in IndexedDB so it survives a reload. */
export interface SavedImport {
  version: 1;
  label: string;
  mode: ImportMode;
  dataset: Dataset;
  documentTexts: [string, string][];
  savedAt: string;
}

/** A saved import that failed to open, kept aside (never opened again) until the person downloads or discards it. */
export interface SetAsideImport {
  label: string;
  /** Why it could not be opened, one plain sentence each, naming the record and field. */
  problems: string[];
  /** The stored record exactly as it was found. */
  record: unknown;
  setAsideAt: string;
}

const KEY = 'imported-dataset';
const SET_ASIDE_KEY = 'set-aside-dataset';
// A store of our own, so clearing it never touches anything else the origin keeps.
const store = () => createStore('alliance-atlas', 'saved');

/** Saves an accepted import (replacing any earlier one). */
export async function saveImport(saved: SavedImport): Promise<void> {
  await set(KEY, saved, store());
}

/** The saved record as stored, unchecked (undefined when there is none): open it with `openSavedRecord`. */
export async function loadSavedRecord(): Promise<unknown> {
  return get(KEY, store());
}

/** Moves the saved record aside so it is never opened again, keeping it for download until discarded. */
export async function setAsideSavedImport(
  record: unknown,
  label: string,
  problems: readonly string[],
): Promise<void> {
  const aside: SetAsideImport = {
    label,
    problems: [...problems],
    record,
    setAsideAt: new Date().toISOString(),
  };
  await set(SET_ASIDE_KEY, aside, store());
  await del(KEY, store());
}

/** The record set aside, if any. */
export async function loadSetAside(): Promise<SetAsideImport | null> {
  const value: unknown = await get(SET_ASIDE_KEY, store());
  if (typeof value !== 'object' || value === null || !('record' in value)) return null;
  const v = value as Partial<SetAsideImport>;
  return {
    label: typeof v.label === 'string' ? v.label : 'saved dataset',
    problems: Array.isArray(v.problems) ? v.problems.filter((p) => typeof p === 'string') : [],
    record: v.record,
    setAsideAt: typeof v.setAsideAt === 'string' ? v.setAsideAt : '',
  };
}

/** Forgets the record set aside. */
export async function discardSetAside(): Promise<void> {
  await del(SET_ASIDE_KEY, store());
}

/** Forgets the saved import (and anything set aside). */
export async function clearSavedImport(): Promise<void> {
  await clear(store());
}

/** The saved import when the stored record at least looks like one (its dataset is checked when opened), else null. */
export async function loadSavedImport(): Promise<SavedImport | null> {
  const { checkSavedEnvelope } = await import('./checkSavedImport');
  const value = await loadSavedRecord();
  if (value === undefined) return null;
  const envelope = checkSavedEnvelope(value);
  return envelope.ok ? envelope.saved : null;
}
