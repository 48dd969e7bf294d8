// The load path of a dataset file, stage by stage, in Node (same code as the app, no browser):
// JSON.parse, the validator, buildAtlas, graph elements and seed positions, and the fcose layout on a
// headless Cytoscape instance with the app's options. Tells which stage the first render waits for.
//   npx tsx bench/loadPath.ts dist/bench/large.json
import { readFileSync } from 'node:fs';
/// <reference path="../src/canvas/cytoscape-fcose.d.ts" />
import cytoscape from 'cytoscape';
import { buildAtlas } from '../src/domain/atlas/buildAtlas';
import { seedPositions } from '../src/domain/graph/seedPositions';
import { parseAtlasFile } from '../src/io/atlasFile';
// Importing the app's layout module registers fcose, as in the app.
import { ATLAS_LAYOUT_OPTIONS } from '../src/canvas/runLayout';
import { toCytoscapeElements } from '../src/canvas/toCytoscapeElements';

function timed<T>(label: string, run: () => T): T {
  const started = performance.now();
  const value = run();
  console.log(`${label.padEnd(34)} ${(performance.now() - started).toFixed(0).padStart(7)} ms`);
  return value;
}

const file = process.argv[2] ?? 'dist/bench/medium.json';
const text = readFileSync(file, 'utf8');
console.log(`${file}: ${(text.length / 1e6).toFixed(1)} MB`);
timed('JSON.parse alone', () => JSON.parse(text) as unknown);
const parsed = timed('parseAtlasFile (parse + validate)', () => parseAtlasFile(text, file));
if (!parsed.ok) throw new Error(parsed.errors.slice(0, 3).join('\n'));
const atlas = timed('buildAtlas (lookups, elements, index)', () =>
  buildAtlas(parsed.dataset, parsed.documentTexts),
);
const elements = timed('seedPositions + toCytoscapeElements', () =>
  toCytoscapeElements(atlas.elements, seedPositions(atlas.elements, atlas.dataset.actors)),
);
console.log(`  ${atlas.elements.nodes.length} nodes, ${atlas.elements.edges.length} edges`);
const cy = timed('cytoscape() headless with elements', () =>
  cytoscape({ headless: true, styleEnabled: true, elements }),
);
timed('fcose layout (app options)', () => {
  cy.elements()
    .layout({ ...ATLAS_LAYOUT_OPTIONS, nodeDimensionsIncludeLabels: false } as cytoscape.LayoutOptions)
    .run();
});
