import type { CDPSession, Page } from 'playwright-core';
import type { Core } from 'cytoscape';
import { clickTrack } from './scrub';
import { waitForQuiet } from './page';
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

// One measured window: `action`, then the same settling for every kind, so the waiting costs the same.
async function measureWindow(page: Page, cdp: CDPSession, action: () => Promise<void>): Promise<number> {
  await waitForQuiet(page, 5);
  const before = await busyMs(cdp);
  await action();
  await page.waitForTimeout(SETTLE_MS);
  await waitForQuiet(page, 5);
  return (await busyMs(cdp)) - before;
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
  const idle: number[] = [];
  const bare: number[] = [];
  const step: number[] = [];
  for (let i = 0; i < steps; i++) {
    idle.push(await measureWindow(page, cdp, async () => undefined));
    bare.push(await measureWindow(page, cdp, () => bareRedraw(page)));
    step.push(await measureWindow(page, cdp, () => page.keyboard.press('ArrowRight')));
  }
  const idleMs = percentile(idle, 50);
  const bareMs = percentile(bare, 50) - idleMs;
  const stepMs = percentile(step, 50) - idleMs;
  return {
    idleWindowMs: round(idleMs),
    bareRedrawWorkMs: round(bareMs),
    monthStepWorkMs: round(stepMs),
    stepOverRedraw: round(stepMs / bareMs),
  };
}
