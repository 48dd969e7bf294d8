// The load path of a dataset file, stage by stage, in Node (same code as the app, no browser):
// JSON.parse, the validator, buildAtlas, graph elements and seed positions, and the fcose layout on a
// headless Cytoscape instance with the app's options and cheaper variants. Tells which stage the first
// render waits for.
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
// The app's options, then cheaper variants: fewer iterations; states and bilateral ties only, with each pact
// hub then put at the centroid of its members (as the seed does); draft quality (spectral only, which
// needs randomize and so loses the geographic seed). Each starts from the seed positions.
const seeds = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
const layOut = (eles: cytoscape.Collection, options: Record<string, unknown> = {}) => {
  const layout = { ...ATLAS_LAYOUT_OPTIONS, nodeDimensionsIncludeLabels: false, ...options };
  eles.layout(layout as cytoscape.LayoutOptions).run();
};
const hubsToCentroids = () => {
  for (const hub of cy.nodes('[role = "pact"]')) {
    const members = hub
      .neighborhood()
      .nodes()
      .map((m) => m.position());
    if (!members.length) continue;
    const x = members.reduce((sum, p) => sum + p.x, 0) / members.length;
    const y = members.reduce((sum, p) => sum + p.y, 0) / members.length;
    hub.position({ x, y });
  }
};
const variants: [string, () => void][] = [
  ['fcose, app options (numIter 2500)', () => layOut(cy.elements())],
  ['fcose, numIter 500', () => layOut(cy.elements(), { numIter: 500 })],
  [
    'fcose, states + bilateral, hubs',
    () => (layOut(cy.elements('node[role = "actor"], edge[role = "bilateral"]')), hubsToCentroids()),
  ],
  ['fcose, draft (spectral, randomize)', () => layOut(cy.elements(), { quality: 'draft', randomize: true })],
];
for (const [label, run] of variants) {
  cy.nodes().positions((n) => seeds.get(n.id()) ?? { x: 0, y: 0 });
  timed(label, run);
}
// fcose can leave timers behind; the numbers are printed, so leave.
process.exit(0);
