import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { COLLECTION_NAMES } from '../src/domain/model/schema';
import { formatIssue } from '../src/io/validation/issues';
import { validateDataDir } from './loadDataFromDisk';

const ID = 'virtual:bundled-dataset';
const RESOLVED = `\0${ID}`;

/**
 * Validates data/ when the app is built, served or tested, so invalid data fails the build and the browser
 * needs neither zod nor the validator to show the documents' dataset (the validator still checks datasets
 * people open). A production build ships the checked dataset as a JSON asset, preloaded by index.html and
 * fetched at start, rather than inside the JavaScript: it keeps the initial script small.
 */
export function bundledDatasetPlugin(dataDir = 'data'): Plugin {
  let building = false;
  let assetName = '';
  return {
    name: 'alliance-atlas-bundled-dataset',
    configResolved(config) {
      building = config.command === 'build' && !config.build.ssr;
    },
    resolveId: (source) => (source === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const { loaded, result } = validateDataDir(dataDir);
      for (const name of COLLECTION_NAMES) this.addWatchFile(resolve(dataDir, `${name}.json`));
      if (!result.ok) this.error(`${dataDir}/ is invalid:\n${result.errors.map(formatIssue).join('\n')}`);
      const json = JSON.stringify({
        dataset: result.dataset,
        documentTexts: [...loaded.input.documentTexts],
      });
      if (!building) return `export async function loadBundledDataset() { return ${json}; }\n`;
      assetName = `bundled-dataset-${createHash('sha256').update(json).digest('hex').slice(0, 10)}.json`;
      this.emitFile({ type: 'asset', fileName: `assets/${assetName}`, source: json });
      return [
        `export async function loadBundledDataset() {`,
        `  const response = await fetch(new URL(/* @vite-ignore */ './${assetName}', import.meta.url));`,
        `  if (!response.ok) throw new Error('the bundled dataset could not be loaded (HTTP ' + response.status + ')');`,
        `  return response.json();`,
        `}`,
      ].join('\n');
    },
    transformIndexHtml: {
      order: 'post',
      handler: () =>
        building && assetName
          ? [
              {
                tag: 'link',
                attrs: { rel: 'preload', href: `./assets/${assetName}`, as: 'fetch', crossorigin: '' },
                injectTo: 'head',
              },
            ]
          : [],
    },
  };
}
