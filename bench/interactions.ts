import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { clickTrack } from './scrub';
import type { BenchState, LongEntry } from './pageHooks';
import { waitForQuiet } from './page';

type BenchWindow = { __bench: BenchState; __cy?: Core; __heading?: Promise<number> };

/** Play mode over `seconds` from the middle of history (by events) at the app's default speed. */
export async function measurePlay(page: Page, seconds: number) {
  await clickTrack(page, 0.45);
  await waitForQuiet(page, 5);
  const startDay = Number(await page.locator('[role="slider"]').getAttribute('aria-valuenow'));
  const start = await page.evaluate(() => {
    const bench = (window as unknown as BenchWindow).__bench;
    bench.frames = [];
    bench.recordingFrames = true;
    return { at: performance.now(), renders: bench.renders };
  });
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(seconds * 1000);
  await page.getByRole('button', { name: 'Pause' }).click();
  const end = await page.evaluate(() => {
    const bench = (window as unknown as BenchWindow).__bench;
    bench.recordingFrames = false;
    return { at: performance.now(), renders: bench.renders, frames: bench.frames, long: bench.long };
  });
  const endDay = Number(await page.locator('[role="slider"]').getAttribute('aria-valuenow'));
  const elapsed = (end.at - start.at) / 1000;
  const during = end.long.filter((e: LongEntry) => e.start >= start.at && e.start <= end.at);
  const longest = (kind: string) =>
    Math.max(0, ...during.filter((e) => e.kind === kind).map((e) => e.duration));
  const gaps = end.frames.slice(1).map((t, i) => t - (end.frames[i] as number));
  return {
    playFps: end.frames.length / elapsed,
    playRedrawsPerSec: (end.renders - start.renders) / elapsed,
    playLongestTaskMs: longest('longtask'),
    playLongestFrameMs: longest('long-animation-frame'),
    playLongTasks: during.filter((e) => e.kind === 'longtask').length,
    playLongestFrameGapMs: Math.max(0, ...gaps),
    playDays: endDay - startDay,
  };
}

interface EdgeTarget {
  id: string;
  title: string;
  x: number;
  y: number;
}

// Visible bilateral edges whose midpoint lies inside the canvas and away from every node, so a click there
// can only mean that edge (then pact hubs away from other nodes, where there are too few such edges). A dense graph has none at the fitted zoom: zoom in on the centre, as a person would.
export async function clickableEdges(page: Page, count: number): Promise<EdgeTarget[]> {
  let best: EdgeTarget[] = [];
  for (let attempt = 0; attempt < 5 && best.length < count; attempt++) {
    const found = await page.evaluate(
      ({ count, zoomIn }) => {
        const win = window as unknown as BenchWindow & {
          __viewport?: { zoom: number; pan: { x: number; y: number } };
        };
        const cy = win.__cy;
        const box = cy?.container()?.getBoundingClientRect();
        if (!cy || !box) return [];
        win.__viewport = { zoom: cy.zoom(), pan: { ...cy.pan() } };
        if (zoomIn)
          cy.zoom({ level: cy.zoom() * 2, renderedPosition: { x: box.width / 2, y: box.height / 2 } });
        const nodes = cy.nodes(':visible').map((n) => n.renderedPosition());
        const clear = (p: { x: number; y: number }) =>
          nodes.every((n) => Math.hypot(n.x - p.x, n.y - p.y) > 20);
        const inside = (p: { x: number; y: number }) =>
          p.x > 30 && p.y > 30 && p.x < box.width - 30 && p.y < box.height - 30;
        const edges: EdgeTarget[] = [];
        for (const edge of cy.edges('[role = "bilateral"]:visible')) {
          const mid = edge.renderedMidpoint();
          if (inside(mid) && clear(mid))
            edges.push({
              id: edge.id(),
              title: String(edge.data('title')),
              x: box.left + mid.x,
              y: box.top + mid.y,
            });
          if (edges.length >= count) break;
        }
        // A dense graph (medium) may have no such edge: a pact's ◆ hub clear of every other node selects the
        // pact the same way (the same tap handler, selection and panel).
        for (const hub of cy.nodes('[role = "pact"]:visible')) {
          if (edges.length >= count) break;
          const at = hub.renderedPosition();
          const alone = nodes.filter((n) => Math.hypot(n.x - at.x, n.y - at.y) <= 20).length === 1;
          if (inside(at) && alone)
            edges.push({
              id: hub.id(),
              title: String(hub.data('title')),
              x: box.left + at.x,
              y: box.top + at.y,
            });
        }
        return edges;
      },
      { count, zoomIn: attempt > 0 },
    );
    if (found.length > best.length) {
      best = found;
      continue;
    }
    // Nothing clear yet (a dense graph): zoom in further.
    if (best.length === 0) continue;
    // Zooming in did not help: go back to the view the best targets were found in.
    await page.evaluate(() => {
      const win = window as unknown as BenchWindow & {
        __viewport?: { zoom: number; pan: { x: number; y: number } };
      };
      if (win.__viewport) win.__cy?.viewport(win.__viewport);
    });
    break;
  }
  await waitForQuiet(page, 5);
  return best;
}

/** Clicks edges with the real mouse; ms from the press to the frame showing the pact's heading. */
export async function measureClickToPanel(page: Page, clicks: number): Promise<number[]> {
  await waitForQuiet(page, 5);
  const times: number[] = [];
  for (const edge of await clickableEdges(page, clicks * 3)) {
    if (times.length >= clicks) break;
    await page.evaluate((title) => {
      const win = window as unknown as BenchWindow;
      win.__bench.arm();
      win.__heading = new Promise<number>((resolve) => {
        const seen = () => document.getElementById('pact-title')?.textContent === title;
        const done = () => setTimeout(() => resolve(performance.now()), 0);
        if (seen()) return done();
        const observer = new MutationObserver(() => {
          if (!seen()) return;
          observer.disconnect();
          done();
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        setTimeout(() => (observer.disconnect(), resolve(-1)), 5000);
      });
    }, edge.title);
    await page.mouse.click(edge.x, edge.y);
    const shownAt = await page.evaluate(
      () => (window as unknown as BenchWindow).__heading as Promise<number>,
    );
    const pressed = await page.evaluate(() => (window as unknown as BenchWindow).__bench.step?.inputTs ?? -1);
    if (shownAt > 0 && pressed > 0) times.push(shownAt - pressed);
    await page.keyboard.press('Escape');
    await waitForQuiet(page, 5);
  }
  return times;
}

/** Clicks "Export PNG" and waits for the download; ms from the click to the file, and its size. */
export async function measurePngExport(page: Page): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Export PNG' }).click(),
  ]);
  const ms = performance.now() - started;
  const stream = await download.createReadStream();
  let bytes = 0;
  for await (const chunk of stream) bytes += (chunk as Buffer).length;
  return { ms, bytes };
}
