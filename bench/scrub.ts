import type { Page } from 'playwright-core';
import type { Core } from 'cytoscape';
import type { BenchState } from './pageHooks';
import { waitForQuiet } from './page';

type BenchWindow = { __bench: BenchState; __cy?: Core; __snapshots?: [string, string][][] };

/** One measured date step. */
export interface StepResult {
  /** App JS from the input to the applied date: input handlers (React included), animation-frame callbacks
   * and every other callback that ran in between. */
  jsMs: number;
  /** The input handlers alone (dispatch, store subscribers, React's render of the controls). */
  handlerMs: number;
  /** Other callbacks the step caused (scroll and resize handlers, timers, scheduler tasks). */
  otherMs: number;
  /** History API calls of the URL sync, part of the input handlers. */
  historyMs: number;
  /** The canvas update alone: the callback that queried the timeline and patched the graph. */
  patchMs: number;
  /** App JS later in the same frame, after the date was applied (layout step, labels placed for the date). */
  sameFrameAfterMs: number;
  /** The first redraw after the step (0 when nothing on the canvas changed). */
  renderMs: number;
  /** From the input event to the frame that shows the step. */
  frameMs: number;
}

const SLIDER = '[role="slider"][aria-label="Date"]';

async function sliderValue(page: Page): Promise<string | null> {
  return page.locator(SLIDER).getAttribute('aria-valuenow');
}

/** Arms the hooks, performs `input`, and waits for the frame that shows the new date; null when the date did not move. */
export async function measureStep(
  page: Page,
  input: () => Promise<void>,
  snapshot: boolean,
): Promise<StepResult | null> {
  const before = await sliderValue(page);
  await page.evaluate(() => (window as unknown as BenchWindow).__bench.arm());
  await input();
  const step = await page.evaluate(() => (window as unknown as BenchWindow).__bench.settle(5000));
  if (step.timedOut) {
    if ((await sliderValue(page)) === before) return null;
    throw new Error(`a date step did not reach the canvas within 5 s (${JSON.stringify(step)})`);
  }
  if (snapshot) await takeSnapshot(page);
  await waitForQuiet(page);
  const start = step.inputTs ?? step.inputStart ?? 0;
  return {
    jsMs: (step.handlerMs ?? 0) + step.rafJs + step.otherJs,
    otherMs: step.otherJs,
    handlerMs: step.handlerMs ?? 0,
    historyMs: step.historyMs,
    patchMs: step.flushMs ?? 0,
    sameFrameAfterMs: step.sameFrameAfterMs,
    renderMs: step.renderMs ?? 0,
    frameMs: (step.paintedAt ?? start) - start,
  };
}

// What the canvas shows after a step (ids and classes of every element not hidden), kept in the page for
// the naive baseline to rebuild exactly the same sets.
async function takeSnapshot(page: Page): Promise<void> {
  await page.evaluate(() => {
    const win = window as unknown as BenchWindow;
    const cy = win.__cy;
    if (!cy) throw new Error('window.__cy is not set');
    const shown = cy.elements().filter((e) => !e.hasClass('hidden'));
    (win.__snapshots ??= []).push(shown.map((e) => [e.id(), e.classes().join(' ')] as [string, string]));
  });
}

/** Clicks the slider track at `fraction` of its width (a pointer jump, as a person clicking the timeline). */
export async function clickTrack(page: Page, fraction: number): Promise<void> {
  const box = await page.locator('.slider').boundingBox();
  if (!box) throw new Error('the timeline slider (.slider) is not on the page');
  await page.mouse.click(box.x + box.width * fraction, box.y + box.height / 2);
}

/** Small moves: runs of one-month key steps from several points of history. */
export async function smallSteps(page: Page, perRun: number): Promise<StepResult[]> {
  const runs: [number, string][] = [
    [0.3, 'ArrowRight'],
    [0.5, 'ArrowRight'],
    [0.7, 'ArrowLeft'],
    [0.95, 'ArrowLeft'],
  ];
  const results: StepResult[] = [];
  for (const [fraction, key] of runs) {
    await clickTrack(page, fraction);
    await waitForQuiet(page, 5);
    await page.locator(SLIDER).focus();
    for (let i = 0; i < perRun; i++) {
      const step = await measureStep(page, () => page.keyboard.press(key), true);
      if (step) results.push(step);
    }
  }
  return results;
}

/** Big jumps: Home/End across all of history, then pointer jumps to scattered points of the track. */
export async function bigJumps(page: Page, keyJumps: number, pointerJumps: number): Promise<StepResult[]> {
  const results: StepResult[] = [];
  await page.locator(SLIDER).focus();
  for (let i = 0; i < keyJumps; i++) {
    const step = await measureStep(page, () => page.keyboard.press(i % 2 ? 'End' : 'Home'), true);
    if (step) results.push(step);
  }
  // A fixed scatter (golden-ratio sequence) so every run jumps to the same places.
  let fraction = 0.5;
  for (let i = 0; i < pointerJumps; i++) {
    fraction = (fraction + 0.618034) % 1;
    const at = 0.02 + fraction * 0.96;
    // The baseline replays the key jumps and the first 20 pointer jumps (each costs a full rebuild).
    const step = await measureStep(page, () => clickTrack(page, at), i < 20);
    if (step) results.push(step);
  }
  return results;
}
