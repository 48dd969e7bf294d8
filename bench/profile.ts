// Where does the time go? Builds the app unminified (module paths kept as comments), serves it, and records a
// CPU profile (CDP Profiler) of one phase in headless Chromium, then prints self time by source module and by
// function, and the time spent under each of the app's own modules.
//   npx tsx bench/profile.ts --dataset large --phase load|scrub|jump|play|month [--skip-build] [--ref HEAD]
// --dataset atop imports the real ATOP 5.1 files (--atop DIR, default /work/realdata) through the import dialog;
// --phase month takes one-month steps each followed by the page settling (labels placed, URL written).
// The datasets are copied from bench/tmp/dist/bench/ (npm run bench writes them). Output goes to bench/tmp/.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/e2e/support/chromium';
import { ROOT, startViteServer } from '../tests/e2e/support/server';
import { importAtop } from './atop';
import { measurePlay } from './interactions';
import { stepVersusRedraw } from './mainThread';
import { loadAndWaitForGraph, openBenchPage, waitForQuiet } from './page';
import { bigJumps, smallSteps } from './scrub';
import { build, sourceRoot } from './source';

const OUT = `${ROOT}bench/tmp/profile-dist`;

// The parts of a CDP Profiler.Profile this report reads.
interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface Profile {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

// Unminified, so function names survive; each module then starts with a comment naming its path.
function buildUnminified(ref: string | undefined, datasets: string): void {
  build(sourceRoot(ref).root, OUT, ['--minify', 'false']);
  if (existsSync(datasets)) cpSync(datasets, `${OUT}/bench`, { recursive: true });
}

// Unminified chunks start each module with a comment line naming its path (`// src/…`, `// ../node_modules/…`).
function moduleMap(): Map<string, { line: number; module: string }[]> {
  const map = new Map<string, { line: number; module: string }[]>();
  for (const file of readdirSync(`${OUT}/assets`).filter((f) => f.endsWith('.js'))) {
    const starts: { line: number; module: string }[] = [];
    readFileSync(`${OUT}/assets/${file}`, 'utf8')
      .split('\n')
      .forEach((text, line) => {
        const found = /^\/\/ (?:\.\.\/)*((?:node_modules|src|data)\/\S+)$/.exec(text);
        if (found?.[1]) starts.push({ line, module: found[1] });
      });
    map.set(file, starts);
  }
  return map;
}

function moduleOf(map: ReturnType<typeof moduleMap>, frame: CallFrame): string {
  const file = frame.url.split('/').pop() ?? '';
  const starts = map.get(file);
  if (!starts) return frame.url ? `(${file || frame.url})` : `(${frame.functionName || 'native'})`;
  let found = '(chunk prelude)';
  for (const start of starts) if (start.line <= frame.lineNumber) found = start.module;
  return found.replace(/^node_modules\//, '');
}

function report(profile: Profile, map: ReturnType<typeof moduleMap>): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i + 1] ?? 0) / 1000));
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  const byModule = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const underApp = new Map<string, number>();
  const byEntry = new Map<string, number>();
  let total = 0;
  for (const [id, ms] of self) {
    const node = byId.get(id);
    if (!node) continue;
    total += ms;
    const module = moduleOf(map, node.callFrame);
    add(byModule, module, ms);
    add(
      byFunction,
      `${node.callFrame.functionName || '(anonymous)'}  [${module}:${node.callFrame.lineNumber}]`,
      ms,
    );
    const stack: CallFrame[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (frame) stack.push(frame);
    }
    // Inclusive time of the app's functions (each counted once per sample), and the task's entry point.
    const seen = new Set<string>();
    for (const frame of stack) {
      const m = moduleOf(map, frame);
      const key = `${m} ${frame.functionName || '(anonymous)'}:${frame.lineNumber}`;
      if (m.startsWith('src/') && !seen.has(key)) add(underApp, key, ms);
      seen.add(key);
    }
    const entry = stack.reverse().find((f) => f.url && f.functionName !== '(root)');
    add(
      byEntry,
      entry
        ? `${entry.functionName || '(anonymous)'}  [${moduleOf(map, entry)}]`
        : node.callFrame.functionName || '?',
      ms,
    );
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(
        ([k, v]) => `  ${v.toFixed(1).padStart(9)} ms  ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`,
      )
      .join('\n');
  return [
    `sampled ${total.toFixed(0)} ms`,
    'self time by module:',
    top(byModule, 20),
    'self time by function:',
    top(byFunction, 25),
    'by entry point (outermost function of each sample):',
    top(byEntry, 15),
    "inclusive time of the app's functions (src/):",
    top(underApp, 25),
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dataset: { type: 'string', default: 'medium' },
      phase: { type: 'string', default: 'scrub' },
      'skip-build': { type: 'boolean', default: false },
      ref: { type: 'string' },
      datasets: { type: 'string', default: 'bench/tmp/dist/bench' },
      atop: { type: 'string', default: '/work/realdata' },
    },
  });
  if (!values['skip-build']) buildUnminified(values.ref, `${ROOT}${values.datasets}`);
  const atop = values.dataset === 'atop';
  const query = values.dataset === 'small' || atop ? '' : `?dataset=bench/${values.dataset}.json`;
  const server = await startViteServer(['preview', '--outDir', OUT]);
  const chromium = await launchBrowser();
  try {
    const { page, cdp } = await openBenchPage(chromium.context);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    if (values.phase === 'load') await cdp.send('Profiler.start');
    await loadAndWaitForGraph(page, `${server.url}/${query}`, 300_000);
    if (atop) await importAtop(page, values.atop);
    await waitForQuiet(page, 10, 5000);
    if (values.phase !== 'load') await cdp.send('Profiler.start');
    if (values.phase === 'scrub') await smallSteps(page, 15);
    if (values.phase === 'jump') await bigJumps(page, 10, 30);
    if (values.phase === 'play') await measurePlay(page, 6);
    if (values.phase === 'month') console.log(await stepVersusRedraw(page, cdp, 10));
    const { profile } = await cdp.send('Profiler.stop');
    mkdirSync(`${ROOT}bench/tmp`, { recursive: true });
    const file = `${ROOT}bench/tmp/${values.dataset}-${values.phase}.cpuprofile`;
    writeFileSync(file, JSON.stringify(profile));
    console.log(`${values.dataset}, ${values.phase}: profile in ${file} (open it in Chrome DevTools)\n`);
    console.log(report(profile, moduleMap()));
  } finally {
    await chromium.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
