import type { Core } from 'cytoscape';
import type { BrowserContext } from 'playwright-core';
import { measureClickToPanel, measurePlay, measurePngExport } from './interactions';
import { replayNaive } from './naive';
import { heapMb, loadAndWaitForGraph, openBenchPage, waitForQuiet } from './page';
import { bigJumps, smallSteps } from './scrub';
import { percentile, round, summary } from './stats';

/** A dataset to measure: the shipped one (no query) or a generated one served beside the app. */
export interface ScenarioSpec {
  name: string;
  query: string;
  states: number;
  pacts: number;
  events: number;
}

/** How many steps of each kind; the defaults give ≥ 100 of each. */
export const STEPS = { perSmallRun: 30, keyJumps: 20, pointerJumps: 80, playSeconds: 8, clicks: 5 };

/** Runs every measurement of one scenario in a fresh page; returns the fields of results.json and extras. */
export async function runScenario(context: BrowserContext, baseUrl: string, spec: ScenarioSpec) {
  const { page, cdp } = await openBenchPage(context);
  try {
    const log = (what: string) => console.log(`  ${spec.name}: ${what}`);
    const marks = await loadAndWaitForGraph(page, `${baseUrl}/${spec.query}`, 300_000);
    log(
      `first render ${round(marks.firstPaint ?? NaN)} ms, all elements in ${round(marks.elementsAll ?? NaN)} ms, layout done ${round(marks.layoutPaint ?? NaN)} ms`,
    );
    await waitForQuiet(page, 10, 5000);
    const heap = await heapMb(cdp);
    const graph = await page.evaluate(() => {
      const cy = (window as unknown as { __cy?: Core }).__cy;
      return { nodes: cy?.nodes().length ?? 0, edges: cy?.edges().length ?? 0 };
    });
    const small = await smallSteps(page, STEPS.perSmallRun);
    log(`${small.length} small steps`);
    const big = await bigJumps(page, STEPS.keyJumps, STEPS.pointerJumps);
    log(`${big.length} big jumps`);
    const play = await measurePlay(page, STEPS.playSeconds);
    log(`played ${play.playDays} days`);
    const clicks = await measureClickToPanel(page, STEPS.clicks);
    const png = await measurePngExport(page);
    log(`clicks and PNG done; naive baseline`);
    const naive = await replayNaive(page);
    const naiveSmall = naive.slice(0, small.length).map((s) => s.jsMs);
    const naiveBig = naive.slice(small.length).map((s) => s.jsMs);
    const js = summary(small.map((s) => s.jsMs));
    const naiveJs = summary(naiveSmall);
    return {
      name: spec.name,
      states: spec.states,
      pacts: spec.pacts,
      events: spec.events,
      firstRenderMs: round(marks.firstPaint ?? NaN),
      scrubJsP50Ms: js.p50,
      scrubJsP95Ms: js.p95,
      scrubFrameP95Ms: round(
        percentile(
          small.map((s) => s.frameMs),
          95,
        ),
      ),
      naiveScrubJsP95Ms: naiveJs.p95,
      clickToPanelMs: round(percentile(clicks, 50)),
      pngExportMs: round(png.ms),
      heapMb: round(heap),
      layoutMs: round(marks.layoutTaskMs ?? NaN),
      layoutDoneMs: round(marks.layoutPaint ?? NaN),
      allElementsMs: round(marks.elementsAll ?? NaN),
      loadToCanvasMs: round(marks.cyCreated ?? NaN),
      fetchDoneMs: round(marks.fetchDone ?? NaN),
      graphNodes: graph.nodes,
      graphEdges: graph.edges,
      scrubSteps: small.length,
      scrubHandlerP95Ms: summary(small.map((s) => s.handlerMs)).p95,
      scrubHistoryP95Ms: summary(small.map((s) => s.historyMs)).p95,
      scrubOtherP95Ms: summary(small.map((s) => s.otherMs)).p95,
      scrubPatchP95Ms: summary(small.map((s) => s.patchMs)).p95,
      scrubSameFrameAfterP95Ms: summary(small.map((s) => s.sameFrameAfterMs)).p95,
      scrubRenderP95Ms: summary(small.map((s) => s.renderMs)).p95,
      scrubFrameP50Ms: round(
        percentile(
          small.map((s) => s.frameMs),
          50,
        ),
      ),
      naiveRatioP95: round(naiveJs.p95 / js.p95),
      naiveScrubJsP50Ms: naiveJs.p50,
      bigJumpSteps: big.length,
      bigJumpJsP50Ms: summary(big.map((s) => s.jsMs)).p50,
      bigJumpJsP95Ms: summary(big.map((s) => s.jsMs)).p95,
      bigJumpHandlerP95Ms: summary(big.map((s) => s.handlerMs)).p95,
      bigJumpPatchP95Ms: summary(big.map((s) => s.patchMs)).p95,
      bigJumpSameFrameAfterP95Ms: summary(big.map((s) => s.sameFrameAfterMs)).p95,
      bigJumpFrameP95Ms: round(
        percentile(
          big.map((s) => s.frameMs),
          95,
        ),
      ),
      naiveBigJumpJsP95Ms: summary(naiveBig).p95,
      naiveRenderP95Ms: summary(naive.map((s) => s.renderMs)).p95,
      playFps: round(play.playFps),
      playRedrawsPerSec: round(play.playRedrawsPerSec),
      playLongestTaskMs: round(play.playLongestTaskMs),
      playLongestFrameMs: round(play.playLongestFrameMs),
      playLongTasks: play.playLongTasks,
      playLongestFrameGapMs: round(play.playLongestFrameGapMs),
      playDays: play.playDays,
      clickToPanelAllMs: clicks.map(round),
      pngBytes: png.bytes,
    };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

export type ScenarioResult = Awaited<ReturnType<typeof runScenario>>;
