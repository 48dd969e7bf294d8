import actors from '../../data/actors.json';
import documents from '../../data/documents.json';
import events from '../../data/events.json';
import pacts from '../../data/pacts.json';
import passages from '../../data/passages.json';
import rivalries from '../../data/rivalries.json';
import { validateCollections } from './datasetFromFiles';
import type { ValidationResult } from './validation/validateDataset';

// The documents are small (≈42 kB); bundling them lets every passage be checked against its text at load.
const texts = import.meta.glob<string>('../../data/documents/*.txt', {
  eager: true,
  query: '?raw',
  import: 'default',
});

/** The dataset drawn from the five source documents, validated exactly as `npm run validate` does. */
export function loadBundledDataset(): ValidationResult & { documentTexts: ReadonlyMap<string, string> } {
  const textsByFile = new Map(
    Object.entries(texts).map(([path, text]) => [path.replace('../../data/', ''), text]),
  );
  return validateCollections({ documents, passages, actors, pacts, events, rivalries }, textsByFile);
}
