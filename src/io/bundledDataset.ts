import { loadBundledDataset as loadChecked } from 'virtual:bundled-dataset';
import type { Dataset } from '../domain/model';

/** The dataset drawn from the five source documents, validated when the app was built (the build fails otherwise). */
export async function loadBundledDataset(): Promise<{
  dataset: Dataset;
  documentTexts: ReadonlyMap<string, string>;
}> {
  const { dataset, documentTexts } = await loadChecked();
  return { dataset, documentTexts: new Map(documentTexts) };
}
