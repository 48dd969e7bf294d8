// The main thread while the real ATOP 5.1 files import: every task over 50 ms from choosing the files to the
// import dialog (and, with --accept, from Accept to the graph drawn), with what ran in it (Long Animation Frame
// script attribution and the CPU profile's samples inside the task). Issue 11: no task over 100 ms.
//   npx tsx bench/importTasks.ts [--runs 3] [--accept] [--ref COMMIT --out NAME] [--skip-build] [--unminified] [--buffers]
//     [--members F --alliances F]
// Note the machine's load (printed): on 2 shared cores a busy machine stretches every task.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/support/chromium';
import { ROOT, startViteServer } from '../tests/e2e/support/server';
import { build, sourceRoot } from './source';

const OUT = `${ROOT}bench/tmp/import-dist`;

interface LongEntry {
  kind: string;
  start: number;
  duration: number;
  scripts: { invoker: string; fn: string; source: string; duration: number; forcedLayout: number }[];
  render?: number;
  styleAndLayout?: number;
}
type Hooked = { __long: LongEntry[] };

// Runs in the page before the measured phase: records long tasks and long animation frames with their scripts.
function observeLongTasks(): void {
  const w = window as unknown as Hooked & { __observing?: boolean };
  w.__long = [];
  // Once per page: a second phase only empties the list.
  if (w.__observing) return;
  w.__observing = true;
  for (const kind of ['longtask', 'long-animation-frame']) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const e = entry as PerformanceEntry & {
          scripts?: {
            invoker: string;
            sourceFunctionName: string;
            sourceURL: string;
            sourceCharPosition: number;
            duration: number;
            forcedStyleAndLayoutDuration: number;
          }[];
          renderStart?: number;
          styleAndLayoutStart?: number;
        };
        w.__long.push({
          kind,
          start: e.startTime,
          duration: e.duration,
          scripts: (e.scripts ?? []).map((s) => ({
            invoker: s.invoker,
            fn: s.sourceFunctionName,
            source: `${s.sourceURL.split('/').pop() ?? ''}:${s.sourceCharPosition}`,
            duration: Math.round(s.duration),
            forcedLayout: Math.round(s.forcedStyleAndLayoutDuration),
          })),
          ...(e.renderStart
            ? {
                render: Math.round(e.startTime + e.duration - e.renderStart),
                styleAndLayout: Math.round(e.startTime + e.duration - (e.styleAndLayoutStart ?? e.startTime)),
              }
            : {}),
        });
      }
    }).observe({ type: kind, buffered: false });
  }
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** The functions holding the samples inside [from, to] (page ms), innermost app frames first, inclusive ms. */
function samplesIn(profile: Profile, offsetMs: number, from: number, to: number): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  let t = profile.startTime / 1000 - offsetMs;
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    t += (deltas[i] ?? 0) / 1000;
    const dt = (deltas[i + 1] ?? 0) / 1000;
    if (t < from || t > to) return;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)?.callFrame;
      if (!f) continue;
      const key = `${f.functionName || '(anonymous)'} ${basename(f.url) || ''}:${f.lineNumber}`;
      if (!seen.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
      seen.add(key);
    }
  });
  return [...inclusive]
    .filter(([k]) => !k.startsWith('(root)') && !k.startsWith('(program)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 14)
    .map(([k, v]) => `${v.toFixed(0).padStart(5)} ms  ${k}`);
}

async function measured<T>(
  page: Page,
  cdp: CDPSession,
  act: () => Promise<T>,
): Promise<{ entries: LongEntry[]; profile: Profile; offsetMs: number }> {
  await page.evaluate(observeLongTasks);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  // The page's clock against the profiler's (both monotonic): read just after the profiler started.
  const pageNow = await page.evaluate(() => performance.now());
  await act();
  // Let the frames after the last change land in the observers.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const entries = await page.evaluate(() => (window as unknown as Hooked).__long);
  // Profile time 0 is Profiler.start; the page read its clock just after.
  const offsetMs = profile.startTime / 1000 - pageNow;
  return { entries, profile, offsetMs };
}

function summarise(label: string, m: Awaited<ReturnType<typeof measured>>): { longestTaskMs: number; lines: string[] } {
  const tasks = m.entries.filter((e) => e.kind === 'longtask').sort((a, b) => b.duration - a.duration);
  const frames = m.entries.filter((e) => e.kind === 'long-animation-frame').sort((a, b) => b.duration - a.duration);
  const longest = tasks[0];
  const lines = [
    `${label}: ${tasks.length} long tasks; longest ${longest ? longest.duration.toFixed(0) : 0} ms; tasks over 100 ms: ${tasks.filter((t) => t.duration > 100).map((t) => t.duration.toFixed(0)).join(', ') || 'none'}`,
  ];
  for (const task of tasks.slice(0, 3)) {
    if (task.duration < 50) continue;
    lines.push(`  task ${task.duration.toFixed(0)} ms at ${task.start.toFixed(0)}:`);
    const frame = frames.find((f) => f.start <= task.start + 1 && f.start + f.duration >= task.start + task.duration - 1);
    if (frame)
      lines.push(
        `    frame ${frame.duration.toFixed(0)} ms (render ${frame.render ?? 0}, style+layout ${frame.styleAndLayout ?? 0}); scripts: ${frame.scripts.map((s) => `${s.invoker} ${s.fn} ${s.source} ${s.duration} ms`).join(' | ') || 'none'}`,
      );
    for (const line of samplesIn(m.profile, m.offsetMs, task.start, task.start + task.duration)) lines.push(`    ${line}`);
  }
  return { longestTaskMs: longest?.duration ?? 0, lines };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      accept: { type: 'boolean', default: false },
      buffers: { type: 'boolean', default: false },
      'skip-build': { type: 'boolean', default: false },
      ref: { type: 'string' },
      out: { type: 'string', default: 'import-tasks' },
      unminified: { type: 'boolean', default: false },
      members: { type: 'string', default: '/work/realdata/atop5_1m.csv' },
      alliances: { type: 'string', default: '/work/realdata/atop5_1a.csv' },
    },
  });
  const out = `${OUT}-${values.out}`;
  if (!values['skip-build']) build(sourceRoot(values.ref).root, out, values.unminified ? ['--minify', 'false'] : []);
  // Paths, as a file picker gives them: Playwright hands buffers to the page through a script of its own, which
  // would be a long task of the test's, not the app's.
  // --buffers does what hardening.e2e.ts did before, to compare.
  const paths = [values.members, values.alliances];
  const files = values.buffers
    ? paths.map((path) => ({ name: basename(path), mimeType: 'text/csv', buffer: readFileSync(path) }))
    : paths;
  const server = await startViteServer(['preview', '--outDir', out]);
  const results: { run: number; load: number[]; importMs: number; acceptMs?: number }[] = [];
  try {
    for (let run = 1; run <= Number(values.runs); run++) {
      const chromium = await launchBrowser();
      try {
        const page = await chromium.context.newPage();
        await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
        const cdp = await chromium.context.newCDPSession(page);
        await page.goto(`${server.url}/?date=1960-01-01`);
        await page.locator('[data-layout="done"]').waitFor({ state: 'attached', timeout: 180_000 });
        const load = loadavg().map((l) => Math.round(l * 10) / 10);
        const dialog = page.getByRole('dialog');
        const imported = await measured(page, cdp, async () => {
          await page.getByTestId('file-input').setInputFiles(files);
          await dialog.getByText(/ATOP member-level CSV .*: \d+ pacts/).waitFor({ timeout: 180_000 });
        });
        const a = summarise(`run ${run} import (load ${load.join(' ')})`, imported);
        console.log(a.lines.join('\n'));
        const row: (typeof results)[number] = { run, load, importMs: Math.round(a.longestTaskMs) };
        if (values.accept) {
          const accepted = await measured(page, cdp, async () => {
            await dialog.getByRole('button', { name: /Accept/ }).click();
            await page.getByTestId('dataset-label').getByText(/atop5_1m/).waitFor({ timeout: 180_000 });
            await page.locator('[data-layout="done"]').waitFor({ state: 'attached', timeout: 180_000 });
          });
          const b = summarise(`run ${run} accept`, accepted);
          console.log(b.lines.join('\n'));
          row.acceptMs = Math.round(b.longestTaskMs);
        }
        results.push(row);
      } finally {
        await chromium.close();
      }
    }
  } finally {
    await server.stop();
  }
  mkdirSync(`${ROOT}bench/tmp`, { recursive: true });
  writeFileSync(`${ROOT}bench/tmp/${values.out}.json`, JSON.stringify(results, null, 2));
  console.log(JSON.stringify(results));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
