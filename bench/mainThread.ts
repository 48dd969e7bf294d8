import type { CDPSession, Page } from 'playwright-core';
import type { Core } from 'cytoscape';
import { clickTrack } from './scrub';
import { waitForQuiet } from './page';
import type { BenchState } from './pageHooks';
import { percentile, round } from './stats';

type CyWindow = { __cy?: Core };
const SLIDER = '[role="slider"][aria-label="Date"]';
// After a step, work it schedules for when the date rests (label placement, the URL write) runs within this.
const SETTLE_MS = 700;

/** Main-thread busy time (ms) since the page opened: every task, JS, style, layout, paint. */
async function busyMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

type BenchWindow = { __bench: BenchState };
const redraws = (page: Page) =>
  page.evaluate(() => {
    const { renders, renderMsTotal } = (window as unknown as BenchWindow).__bench;
    return { renders, renderMsTotal };
  });

interface Measured {
  busyMs: number;
  redraws: number;
  redrawMs: number;
}

// One measured window: `action`, then the same settling for every kind, so the waiting costs the same.
async function measureWindow(page: Page, cdp: CDPSession, action: () => Promise<void>): Promise<Measured> {
  await waitForQuiet(page, 5);
  const drawn = await redraws(page);
  const before = await busyMs(cdp);
  await action();
  await page.waitForTimeout(SETTLE_MS);
  await waitForQuiet(page, 5);
  const busy = (await busyMs(cdp)) - before;
  const after = await redraws(page);
  return {
    busyMs: busy,
    redraws: after.renders - drawn.renders,
    redrawMs: after.renderMsTotal - drawn.renderMsTotal,
  };
}

// A redraw of the graph as it is, nothing changed: what showing any frame of this graph costs.
async function bareRedraw(page: Page): Promise<void> {
  await page.evaluate(() => {
    type Renderer = { redrawHint(kind: string, on: boolean): void; redraw(): void };
    const cy = (window as unknown as CyWindow).__cy as unknown as { renderer(): Renderer };
    const r = cy.renderer();
    r.redrawHint('eles', true);
    r.redrawHint('drag', true);
    r.redraw();
  });
}

/**
 * A month step's whole main-thread cost against a bare redraw of the same graph (issue 10: at most 15 % more).
 * Each window is measured from before the input until the page has settled (labels placed, URL written,
 * no redraw for 5 frames); an idle window of the same length, measured the same way, is subtracted from
 * both, so the measuring itself does not count. Steps are one-month arrow keys from the middle of history.
 */
export async function stepVersusRedraw(page: Page, cdp: CDPSession, steps: number) {
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  await clickTrack(page, 0.5);
  await waitForQuiet(page, 5);
  await page.locator(SLIDER).focus();
  const idle: Measured[] = [];
  const bare: Measured[] = [];
  const step: Measured[] = [];
  for (let i = 0; i < steps; i++) {
    idle.push(await measureWindow(page, cdp, async () => undefined));
    bare.push(await measureWindow(page, cdp, () => bareRedraw(page)));
    step.push(await measureWindow(page, cdp, () => page.keyboard.press('ArrowRight')));
  }
  const median = (list: Measured[], key: keyof Measured) =>
    percentile(
      list.map((m) => m[key]),
      50,
    );
  const idleMs = median(idle, 'busyMs');
  const bareMs = median(bare, 'busyMs') - idleMs;
  const stepMs = median(step, 'busyMs') - idleMs;
  return {
    idleWindowMs: round(idleMs),
    bareRedrawWorkMs: round(bareMs),
    monthStepWorkMs: round(stepMs),
    stepOverRedraw: round(stepMs / bareMs),
    // Where a step's work goes: how many redraws it causes and how long Cytoscape's render calls take.
    stepRedraws: median(step, 'redraws'),
    stepRedrawMs: round(median(step, 'redrawMs')),
    bareRedrawMs: round(median(bare, 'redrawMs')),
  };
}
