// Diagnosis: where a one-month step's JS goes, part by part, on an already built bench (bench/tmp/dist).
//   npx tsx bench/stepParts.ts small|medium [steps per run]
import { launchBrowser } from '../tests/e2e/support/chromium';
import { ROOT, startViteServer } from '../tests/e2e/support/server';
import { loadAndWaitForGraph, openBenchPage, waitForQuiet } from './page';
import { smallSteps } from './scrub';
import { percentile, round } from './stats';

const name = process.argv[2] ?? 'small';
const perRun = Number(process.argv[3] ?? 30);
const query = name === 'small' ? '' : `?dataset=bench/${name}.json`;
const server = await startViteServer(['preview', '--outDir', process.env.DIST ?? `${ROOT}bench/tmp/dist`]);
const chromium = await launchBrowser();
try {
  const { page } = await openBenchPage(chromium.context);
  await loadAndWaitForGraph(page, `${server.url}/${query}`, 300_000);
  await waitForQuiet(page, 10, 5000);
  const steps = await smallSteps(page, perRun);
  const parts = {
    total: steps.map((s) => s.jsMs),
    handler: steps.map((s) => s.handlerMs),
    patch: steps.map((s) => s.patchMs),
    rafOther: steps.map((s) => s.jsMs - s.handlerMs - s.otherMs - s.patchMs),
    other: steps.map((s) => s.otherMs),
    sameFrameAfter: steps.map((s) => s.sameFrameAfterMs),
  };
  for (const [part, list] of Object.entries(parts))
    console.log(`${part.padEnd(9)} p50 ${round(percentile(list, 50))}  p95 ${round(percentile(list, 95))}  max ${round(Math.max(...list))}`);
  // The slowest steps part by part: is the tail one part (a collection, a timer) or all of them?
  console.log('slowest: total = handler + patch + other animation frames + other callbacks');
  for (const s of [...steps].sort((a, b) => b.jsMs - a.jsMs).slice(0, Math.ceil(steps.length / 10)))
    console.log(`  ${round(s.jsMs)} = ${round(s.handlerMs)} + ${round(s.patchMs)} + ${round(s.jsMs - s.handlerMs - s.otherMs - s.patchMs)} + ${round(s.otherMs)}`);
} finally {
  await chromium.close();
  await server.stop();
}
