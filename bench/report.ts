import type { AtopResult } from './atop';
import type { BundleSize } from './bundle';
import type { ScenarioResult } from './scenario';

/** One target (issue 10's speed targets, and issue 4's that still stand), checked against a scenario's result. */
interface Target {
  scenario: string;
  label: string;
  limit: string;
  pass: (r: ScenarioResult) => boolean;
  value: (r: ScenarioResult) => string;
}

export const TARGETS: readonly Target[] = [
  {
    scenario: 'medium',
    label: 'scrub step JS p95',
    limit: '≤ 2 ms',
    pass: (r) => r.scrubJsP95Ms <= 2,
    value: (r) => `${r.scrubJsP95Ms} ms`,
  },
  {
    scenario: 'medium',
    label: 'faster than naive (p95)',
    limit: '≥ 10×',
    pass: (r) => r.naiveRatioP95 >= 10,
    value: (r) => `${r.naiveRatioP95}×`,
  },
  {
    scenario: 'small',
    label: 'faster than naive (p95)',
    limit: '> 1×',
    pass: (r) => r.naiveRatioP95 > 1,
    value: (r) => `${r.naiveRatioP95}× (app ${r.scrubJsP95Ms} ms, naive ${r.naiveScrubJsP95Ms} ms)`,
  },
  {
    scenario: 'medium',
    label: 'first render',
    limit: '≤ 1500 ms',
    pass: (r) => r.firstRenderMs <= 1500,
    value: (r) => `${r.firstRenderMs} ms`,
  },
  {
    scenario: 'medium',
    label: 'click to panel p50',
    limit: '≤ 100 ms',
    pass: (r) => r.clickToPanelMs <= 100,
    value: (r) => `${r.clickToPanelMs} ms`,
  },
  {
    scenario: 'large',
    label: 'scrub step JS p95 (issue 4)',
    limit: '≤ 8 ms',
    pass: (r) => r.scrubJsP95Ms <= 8,
    value: (r) => `${r.scrubJsP95Ms} ms`,
  },
  {
    scenario: 'large',
    label: 'longest task while playing (issue 4)',
    limit: '≤ 200 ms',
    pass: (r) => Number(r.playLongestTaskMs) <= 200,
    value: (r) => `${r.playLongestTaskMs} ms`,
  },
];

const ROWS: readonly [string, keyof ScenarioResult][] = [
  ['graph nodes / edges', 'graphNodes'],
  ['load to canvas created (ms)', 'loadToCanvasMs'],
  ['first render (ms)', 'firstRenderMs'],
  ['all elements in (ms)', 'allElementsMs'],
  ['layout task (ms)', 'layoutMs'],
  ['layout done, painted (ms)', 'layoutDoneMs'],
  ['scrub JS p50 (ms)', 'scrubJsP50Ms'],
  ['scrub JS p95 (ms)', 'scrubJsP95Ms'],
  ['  input handlers p95 (ms)', 'scrubHandlerP95Ms'],
  ['    URL (history API) p95 (ms)', 'scrubHistoryP95Ms'],
  ['  other callbacks p95 (ms)', 'scrubOtherP95Ms'],
  ['  canvas patch p95 (ms)', 'scrubPatchP95Ms'],
  ['then in the same frame p95 (ms)', 'scrubSameFrameAfterP95Ms'],
  ['  redraw p95 (ms)', 'scrubRenderP95Ms'],
  ['scrub frame p50 (ms)', 'scrubFrameP50Ms'],
  ['scrub frame p95 (ms)', 'scrubFrameP95Ms'],
  ['naive scrub JS p95 (ms)', 'naiveScrubJsP95Ms'],
  ['naive / app (p95)', 'naiveRatioP95'],
  ['big jump JS p95 (ms)', 'bigJumpJsP95Ms'],
  ['  canvas patch p95 (ms)', 'bigJumpPatchP95Ms'],
  ['then in the same frame p95 (ms)', 'bigJumpSameFrameAfterP95Ms'],
  ['big jump frame p95 (ms)', 'bigJumpFrameP95Ms'],
  ['naive big jump JS p95 (ms)', 'naiveBigJumpJsP95Ms'],
  ['play frames/s', 'playFps'],
  ['play redraws/s', 'playRedrawsPerSec'],
  ['play longest task (ms)', 'playLongestTaskMs'],
  ['click to panel p50 (ms)', 'clickToPanelMs'],
  ['PNG export (ms)', 'pngExportMs'],
  ['JS heap (MB)', 'heapMb'],
];

/** The results as a plain-text table: one column per scenario, then the targets with pass or FAIL. */
export function formatReport(
  results: readonly ScenarioResult[],
  bundle: BundleSize,
  atop?: AtopResult,
): string {
  const cell = (r: ScenarioResult, key: keyof ScenarioResult) =>
    key === 'graphNodes' ? `${r.graphNodes} / ${r.graphEdges}` : String(r[key]);
  const header = ['', ...results.map((r) => `${r.name} (${r.pacts} pacts)`)];
  const rows = [header, ...ROWS.map(([label, key]) => [label, ...results.map((r) => cell(r, key))])];
  const widths = header.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) =>
    row.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  const targets = TARGETS.flatMap((t) => {
    const r = results.find((x) => x.name === t.scenario);
    return r ? [`  ${t.pass(r) ? 'pass' : 'FAIL'}  ${t.scenario} ${t.label} ${t.limit}: ${t.value(r)}`] : [];
  });
  const atopLines = atop
    ? [
        '',
        `ATOP 5.1 imported (${atop.graphNodes} nodes / ${atop.graphEdges} edges): scrub JS p50 / p95 ${atop.scrubJsP50Ms} / ${atop.scrubJsP95Ms} ms, redraw p95 ${atop.scrubRenderP95Ms} ms`,
        `  main-thread work, medians: month step ${atop.monthStepWorkMs} ms, bare redraw ${atop.bareRedrawWorkMs} ms (idle window ${atop.idleWindowMs} ms subtracted)`,
      ]
    : [];
  if (atop)
    targets.push(
      `  ${atop.overRedrawPercent <= 15 ? 'pass' : 'FAIL'}  atop month step vs bare redraw ≤ +15 %: ${atop.overRedrawPercent > 0 ? '+' : ''}${atop.overRedrawPercent} %`,
    );
  const bundleLine = `  ${bundle.initialJsKbGzip <= 250 ? 'pass' : 'FAIL'}  initial JS ≤ 250 kB gzip: ${bundle.initialJsKbGzip} kB (${bundle.initialJsKb} kB raw; lazy chunks ${bundle.lazyJsKbGzip} kB gzip)`;
  return [...rows.map(line), ...atopLines, '', 'Targets:', ...targets, bundleLine].join('\n');
}
