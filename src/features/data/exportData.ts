import type { Core } from 'cytoscape';
import type { Atlas } from '../../domain/atlas/buildAtlas';
import { downloadBlob } from '../export/download';

/** Downloads the dataset shown as one Alliance Atlas JSON file (re-importable as it is). */
export async function exportJson(atlas: Atlas, isoDate: string): Promise<void> {
  const { serializeAtlasFile } = await import('../../io/atlasFile');
  const text = serializeAtlasFile(atlas.dataset, atlas.documentTexts);
  downloadBlob(new Blob([text], { type: 'application/json' }), `alliance-atlas-dataset-${isoDate}.json`);
}

/** Downloads the dataset shown as three CSV files: pacts, members, events. */
export async function exportCsv(atlas: Atlas, isoDate: string): Promise<void> {
  const { datasetToCsv } = await import('../../io/import/exportCsv');
  const csv = datasetToCsv(atlas.dataset);
  for (const part of ['pacts', 'members', 'events'] as const) {
    downloadBlob(new Blob([csv[part]], { type: 'text/csv' }), `alliance-atlas-${part}-${isoDate}.csv`);
  }
}

/** Downloads the graph as shown as an SVG (vector: scales for print). */
export async function exportSvg(cy: Core, isoDate: string): Promise<void> {
  const { graphToSvg } = await import('./graphToSvg');
  downloadBlob(new Blob([graphToSvg(cy)], { type: 'image/svg+xml' }), `alliance-atlas-${isoDate}.svg`);
}
