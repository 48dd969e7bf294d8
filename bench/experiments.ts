// What-if measurements for proposals to the app (diagnosis, not part of npm run bench). On the built app
// (bench/tmp/dist, written by npm run bench) it measures, per dataset:
// - the cost of one history.replaceState (the URL sync writes one per date step);
// - one-month steps with the app as it is, then (each in a fresh page) with runtime style
//   tweaks applied through window.__cy: no opacity transitions, labels hidden below a readable size,
//   straight (haystack) edges, and all three.
//   npx tsx bench/experiments.ts medium large
import type { Core, StylesheetJson } from 'cytoscape';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/support/chromium';
import { ROOT, startViteServer } from '../tests/e2e/support/server';
import { loadAndWaitForGraph, openBenchPage, waitForQuiet } from './page';
import type { BenchState } from './pageHooks';
import { clickTrack, measureStep, type StepResult } from './scrub';
import { percentile, round } from './stats';

type BenchWindow = { __bench: BenchState; __cy?: Core };

const TWEAKS: Record<string, StylesheetJson> = {
  'no opacity transitions': [{ selector: 'node', style: { 'transition-duration': 0 } }],
  'labels hidden below 8 px': [{ selector: 'node, edge', style: { 'min-zoomed-font-size': 8 } }],
  'straight edges (haystack)': [{ selector: 'edge', style: { 'curve-style': 'haystack' } }],
};

async function replaceStateMs(page: Page): Promise<number> {
  return page.evaluate(() => {
    const base = window.location.search;
    const started = performance.now();
    for (let i = 0; i < 200; i++)
      history.replaceState(null, '', `${base}&date=19${String(i % 90).padStart(2, '0')}-01-01`);
    const ms = (performance.now() - started) / 200;
    history.replaceState(null, '', base);
    return ms;
  });
}

async function stepsWith(page: Page, count: number): Promise<StepResult[]> {
  await clickTrack(page, 0.5);
  await waitForQuiet(page, 5);
  await page.locator('[role="slider"]').focus();
  const steps: StepResult[] = [];
  for (let i = 0; i < count; i++) {
    const step = await measureStep(page, () => page.keyboard.press('ArrowRight'), false);
    if (step) steps.push(step);
  }
  return steps;
}

function describe(label: string, steps: StepResult[]): string {
  const p = (f: (s: StepResult) => number, q: number) => round(percentile(steps.map(f), q));
  return `  ${label.padEnd(28)} step redraw p50 ${p((s) => s.renderMs, 50)} ms, frame p50 ${p((s) => s.frameMs, 50)} / p95 ${p((s) => s.frameMs, 95)} ms`;
}

async function applyTweak(page: Page, rules: StylesheetJson): Promise<void> {
  await page.evaluate((rules) => {
    const style = ((window as unknown as BenchWindow).__cy as Core).style();
    for (const rule of rules as { selector: string; style: Record<string, unknown> }[])
      style.selector(rule.selector).style(rule.style);
    style.update();
  }, rules);
}

async function main(): Promise<void> {
  const datasets = process.argv.slice(2).length ? process.argv.slice(2) : ['medium'];
  const server = await startViteServer(['preview', '--outDir', `${ROOT}bench/tmp/dist`]);
  const chromium = await launchBrowser();
  const configs: [string, StylesheetJson][] = [
    ['as is', []],
    ...Object.entries(TWEAKS).map(([label, rules]): [string, StylesheetJson] => [`+ ${label}`, rules]),
    ['+ all three', Object.values(TWEAKS).flat()],
  ];
  try {
    for (const dataset of datasets) {
      console.log(`${dataset}:`);
      const query = dataset === 'small' ? '' : `?dataset=bench/${dataset}.json`;
      // Each configuration in a fresh page, so one tweak's caches do not favour the next.
      for (const [label, rules] of configs) {
        const { page } = await openBenchPage(chromium.context);
        try {
          await loadAndWaitForGraph(page, `${server.url}/${query}`, 300_000);
          await waitForQuiet(page, 10, 5000);
          if (label === 'as is')
            console.log(`  history.replaceState: ${round(await replaceStateMs(page))} ms per call`);
          await applyTweak(page, rules);
          await waitForQuiet(page, 5);
          console.log(describe(label, await stepsWith(page, 40)));
        } catch (error) {
          console.log(`  ${label}: failed: ${error instanceof Error ? error.message : String(error)}`);
        } finally {
          await page.close().catch(() => undefined);
        }
      }
    }
  } finally {
    await chromium.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
