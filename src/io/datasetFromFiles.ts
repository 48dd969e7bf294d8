import type { CollectionName } from '../domain/model/schema';
import { validateDataset, type ValidationResult } from './validation/validateDataset';

/**
 * Validates collections whose document texts are keyed by file name (`documents/x.txt`), as a bundler or a
 * server hands them over: maps each document's declared file to its id, then runs the full validator.
 */
export function validateCollections(
  collections: Partial<Record<CollectionName, unknown>>,
  textsByFile: ReadonlyMap<string, string>,
  dataDir = 'data',
): ValidationResult & { documentTexts: ReadonlyMap<string, string> } {
  const documentTexts = new Map<string, string>();
  const documents = Array.isArray(collections.documents) ? (collections.documents as unknown[]) : [];
  for (const doc of documents) {
    // Loose reads only to pair texts with ids; the validator checks every field properly.
    if (typeof doc !== 'object' || doc === null) continue;
    const { id, file } = doc as { id?: unknown; file?: unknown };
    if (typeof id !== 'string' || typeof file !== 'string') continue;
    const text = textsByFile.get(file);
    if (text !== undefined) documentTexts.set(id, text);
  }
  return { ...validateDataset({ collections, documentTexts }, { dataDir }), documentTexts };
}
