// The documents' dataset, validated at build time by scripts/viteDatasetPlugin.ts.
declare module 'virtual:bundled-dataset' {
  import type { Dataset } from './domain/model';
  export function loadBundledDataset(): Promise<{ dataset: Dataset; documentTexts: [string, string][] }>;
}
