// npm run bench: builds the app, generates the medium and large datasets beside it (<out>/bench/), serves
// the production build on loopback and measures each scenario in headless Chromium. Prints a table and
// writes bench/results.json. Options: --only small,medium,large,atop  --skip-build  --out-dir DIR  --ref REF
// --atop DIR (default /work/realdata): the real ATOP 5.1 files for the atop scenario (skipped without them).
// --ref builds a clean export of a git commit (git archive) instead of the working tree, so edits in
// progress are not measured (node_modules is shared through a symlink).
// The build goes to its own directory (default bench/tmp/dist, ignored by git), not dist/: a `vite build`
// run meanwhile (the end-to-end tests do one) empties dist/ and would pull the app and the datasets from
// under the run.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serializeAtlasFile } from '../src/io/atlasFile';
import { generateDataset } from '../src/io/synthetic/generateDataset';
import { launchBrowser } from '../tests/e2e/support/chromium';
import { ROOT, startViteServer, type RunningServer } from '../tests/e2e/support/server';
import { build, sourceRoot } from './source';
import { measureBundle } from './bundle';
import { hasAtopFiles, runAtopScenario, type AtopResult } from './atop';
import { formatReport } from './report';
import { runScenario, type ScenarioResult, type ScenarioSpec } from './scenario';

const GENERATED: readonly (ScenarioSpec & { seed: number })[] = [
  { name: 'medium', query: '?dataset=bench/medium.json', states: 200, pacts: 1000, events: 10_000, seed: 1 },
  { name: 'large', query: '?dataset=bench/large.json', states: 300, pacts: 5000, events: 25_000, seed: 1 },
];

// Generated data lives beside the build (served by vite preview, never committed).
function generate(outDir: string, spec: (typeof GENERATED)[number]): ScenarioSpec {
  const started = performance.now();
  const { dataset, documentTexts, counts } = generateDataset(spec);
  mkdirSync(`${outDir}/bench`, { recursive: true });
  writeFileSync(`${outDir}/bench/${spec.name}.json`, serializeAtlasFile(dataset, documentTexts));
  console.log(
    `generated ${spec.name}: ${JSON.stringify(counts)} (${Math.round(performance.now() - started)} ms)`,
  );
  return { ...spec, states: counts.states, pacts: counts.pacts, events: counts.events };
}

// The shipped dataset is what the app shows without ?dataset=; count it from data/ for the report.
function shippedSpec(): ScenarioSpec {
  const read = (file: string) =>
    JSON.parse(readFileSync(`${ROOT}data/${file}.json`, 'utf8')) as { kind?: string }[];
  const states = read('actors').filter((a) => a.kind === 'state').length;
  return { name: 'small', query: '', states, pacts: read('pacts').length, events: read('events').length };
}

const loadBefore = Math.round((loadavg()[0] ?? 0) * 100) / 100;

function machine(browserVersion: string) {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
    browser: `Chromium ${browserVersion} (headless, --disable-gpu: software rendering)`,
    // Other work on the machine skews every figure: the 1-minute load average before and after the run.
    loadAverage: { before: loadBefore, after: Math.round((loadavg()[0] ?? 0) * 100) / 100 },
    date: new Date().toISOString(),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      'skip-build': { type: 'boolean', default: false },
      'out-dir': { type: 'string', default: 'bench/tmp/dist' },
      ref: { type: 'string' },
      atop: { type: 'string', default: '/work/realdata' },
    },
  });
  const outDir = resolve(ROOT, values['out-dir']);
  const wanted = (name: string) => !values.only || values.only.split(',').includes(name);
  const started = performance.now();
  const source = sourceRoot(values.ref);
  if (!values['skip-build']) build(source.root, outDir);
  const specs = [shippedSpec(), ...GENERATED.filter((s) => wanted(s.name)).map((s) => generate(outDir, s))];
  const assets = readdirSync(`${outDir}/assets`).filter((f) => f.endsWith('.js'));
  const bundle = measureBundle(
    outDir,
    assets.map((f) => `assets/${f}`),
  );
  let server: RunningServer | undefined;
  const scenarios: ScenarioResult[] = [];
  const failures: { name: string; error: string }[] = [];
  let browserVersion = '';
  try {
    server = await startViteServer(['preview', '--outDir', outDir]);
    for (const spec of specs.filter((s) => wanted(s.name))) {
      console.log(`measuring ${spec.name}…`);
      // A fresh browser per scenario: a renderer that ran the previous scenario measured up to 2× slower.
      const chromium = await launchBrowser();
      browserVersion = chromium.browser.version();
      try {
        scenarios.push(await runScenario(chromium.context, server.url, spec));
      } catch (error) {
        // One scenario failing must not lose the others' figures; the failure is reported and recorded.
        const message = error instanceof Error ? error.message : String(error);
        console.error(`  ${spec.name} FAILED: ${message}`);
        failures.push({ name: spec.name, error: message });
      } finally {
        await chromium.close();
      }
    }
    let atop: AtopResult | undefined;
    if (wanted('atop') && hasAtopFiles(values.atop)) {
      console.log('measuring atop…');
      const chromium = await launchBrowser();
      try {
        atop = await runAtopScenario(chromium.context, server.url, values.atop, 20);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        console.error(`  atop FAILED: ${message}`);
        failures.push({ name: 'atop', error: message });
      } finally {
        await chromium.close();
      }
    } else if (wanted('atop')) console.log(`no ATOP 5.1 files in ${values.atop}: atop scenario skipped`);
    const app = { commit: source.commit, uncommittedChanges: source.dirty };
    const output = { machine: machine(browserVersion), app, bundle, scenarios, atop, failures };
    writeFileSync(`${ROOT}bench/results.json`, `${JSON.stringify(output, null, 2)}\n`);
    console.log(`\n${formatReport(scenarios, bundle, atop)}\n`);
    console.log(`wrote bench/results.json (${Math.round((performance.now() - started) / 1000)} s in all)`);
    if (failures.length) process.exitCode = 1;
  } finally {
    await server?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
