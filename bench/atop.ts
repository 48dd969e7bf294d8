import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Core } from 'cytoscape';
import type { BrowserContext, Page } from 'playwright-core';
import { stepVersusRedraw } from './mainThread';
import { loadAndWaitForGraph, openBenchPage, waitForQuiet } from './page';
import { smallSteps } from './scrub';
import { round, summary } from './stats';

const FILES = ['atop5_1m.csv', 'atop5_1a.csv'];

/** Whether the real ATOP 5.1 files are in `dir` (they are not committed: see /work/realdata/SOURCES.md). */
export const hasAtopFiles = (dir: string) => FILES.every((f) => existsSync(`${dir}/${f}`));

/** Imports the ATOP 5.1 files through the app's import dialog and waits until the graph is laid out. */
export async function importAtop(page: Page, dir: string): Promise<void> {
  const files = await Promise.all(
    FILES.map(async (name) => ({ name, mimeType: 'text/csv', buffer: await readFile(`${dir}/${name}`) })),
  );
  await page.getByTestId('file-input').setInputFiles(files);
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Accept/ })
    .click({ timeout: 600_000 });
  await page.getByTestId('dataset-label').filter({ hasText: 'atop' }).waitFor({ timeout: 600_000 });
  await page.locator('[data-layout="done"]').waitFor({ timeout: 600_000 });
}

/**
 * ATOP-sized data: the real ATOP 5.1 files imported through the app's own import dialog (as a person would),
 * then one-month steps: the scrub step's JS, and a month step's whole main-thread work against a bare redraw.
 */
export async function runAtopScenario(context: BrowserContext, baseUrl: string, dir: string, steps: number) {
  const { page, cdp } = await openBenchPage(context);
  try {
    await loadAndWaitForGraph(page, `${baseUrl}/?date=1960-01-01`, 300_000);
    await importAtop(page, dir);
    await waitForQuiet(page, 10, 5000);
    const graph = await page.evaluate(() => {
      const cy = (window as unknown as { __cy?: Core }).__cy;
      return { nodes: cy?.nodes().length ?? 0, edges: cy?.edges().length ?? 0 };
    });
    console.log(`  atop: imported, ${graph.nodes} nodes / ${graph.edges} edges`);
    const small = await smallSteps(page, Math.ceil(steps / 2));
    const js = summary(small.map((s) => s.jsMs));
    const work = await stepVersusRedraw(page, cdp, steps);
    console.log(`  atop: ${JSON.stringify(work)}`);
    return {
      name: 'atop',
      graphNodes: graph.nodes,
      graphEdges: graph.edges,
      scrubSteps: small.length,
      scrubJsP50Ms: js.p50,
      scrubJsP95Ms: js.p95,
      scrubRenderP95Ms: summary(small.map((s) => s.renderMs)).p95,
      ...work,
      overRedrawPercent: round((work.stepOverRedraw - 1) * 100),
    };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

export type AtopResult = Awaited<ReturnType<typeof runAtopScenario>>;
