import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { installPageHooks, type BenchState } from './pageHooks';

type BenchWindow = { __bench: BenchState };

/** Load phases in ms since navigation started (performance.now() in the page). */
export interface LoadMarks {
  fetchDone?: number;
  cyCreated?: number;
  shown?: number;
  firstRender?: number;
  firstPaint?: number;
  layoutDone?: number;
  /** Every element in the graph (the opening view's go in before the first frame, the rest in chunks after). */
  elementsAll?: number;
  layoutRender?: number;
  layoutPaint?: number;
  /** The longest task between the canvas's creation and the end of the layout: the fcose run. */
  layoutTaskMs?: number;
}

/** A page with the bench hooks installed before the app's first script, and a CDP session on it. */
export async function openBenchPage(context: BrowserContext): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  // tsx compiles functions with esbuild's keepNames, which wraps them in __name(): give the page a no-op one
  // so functions passed to page.evaluate run there unchanged.
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await page.addInitScript(installPageHooks);
  page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
  const cdp = await context.newCDPSession(page);
  return { page, cdp };
}

/** Navigates and waits until the graph has been laid out and its first frame produced. */
export async function loadAndWaitForGraph(page: Page, url: string, timeoutMs: number): Promise<LoadMarks> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    () => (window as unknown as BenchWindow).__bench.marks.layoutPaint !== undefined,
    undefined,
    { timeout: timeoutMs, polling: 100 },
  );
  const marks: LoadMarks = await page.evaluate(() => {
    const { marks, long } = (window as unknown as BenchWindow).__bench;
    const from = marks.cyCreated ?? 0;
    const to = marks.layoutDone ?? Number.POSITIVE_INFINITY;
    const tasks = long.filter((e) => e.kind === 'longtask' && e.start >= from && e.start <= to);
    return { ...marks, layoutTaskMs: Math.max(0, ...tasks.map((e) => e.duration)) };
  });
  const notice = await page.locator('.notice, [role="status"]').allTextContents();
  if (notice.some((text) => text.includes('Could not open')))
    throw new Error(`the app refused the dataset: ${notice.join(' ')}`);
  return marks;
}

/** Waits until Cytoscape has not redrawn for `frames` animation frames (transitions finished). */
export async function waitForQuiet(page: Page, frames = 3, maxMs = 3000): Promise<void> {
  await page.evaluate(
    ({ frames, maxMs }) =>
      new Promise<void>((resolve) => {
        const bench = (window as unknown as BenchWindow).__bench;
        const deadline = performance.now() + maxMs;
        let last = bench.renders;
        let calm = 0;
        const tick = () => {
          calm = bench.renders === last ? calm + 1 : 0;
          last = bench.renders;
          if (calm >= frames || performance.now() > deadline) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    { frames, maxMs },
  );
}

/** Used JS heap after a full garbage collection, in MB. */
export async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 2 ** 20;
}
