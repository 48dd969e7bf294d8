import { mkdir } from 'node:fs/promises';
import type { Core } from 'cytoscape';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ROOT } from './server';

export { startPreview, startViteServer, ROOT } from './server';
export type { RunningServer } from './server';

/** Where screenshots go (gitignored). */
export const ARTIFACTS = `${ROOT}/tests/e2e/__artifacts__`;

// The flags that keep Debian's Chromium quiet and working in a container (see ../shared/STACK.md).
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface RunningBrowser {
  browser: Browser;
  /** A fresh context that accepts downloads. */
  context: BrowserContext;
  close: () => Promise<void>;
}

/** Launches Chromium ($CHROMIUM_PATH or /usr/bin/chromium) with a fresh context that accepts downloads. */
export async function launchBrowser(): Promise<RunningBrowser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout: 30_000 });
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(30_000);
  return { browser, context, close: () => browser.close() };
}

/** Everything the page complained about; a healthy page leaves both lists empty. */
export interface PageErrors {
  console: string[];
  page: string[];
}

/** Starts recording console errors and uncaught exceptions; call before navigating. */
export function watchErrors(page: Page): PageErrors {
  const errors: PageErrors = { console: [], page: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') errors.console.push(message.text());
  });
  page.on('pageerror', (error) => errors.page.push(`${error.name}: ${error.message}`));
  return errors;
}

/** Opens `url` in a new page of the context, recording its errors from the first byte. */
export async function openPage(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; errors: PageErrors }> {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}

// The app exposes its Cytoscape instance as window.__cy for tests only.
type WithCy = { __cy?: Core };

/** Waits until the app has exposed `window.__cy` with at least one element drawn. */
export async function waitForCy(page: Page, timeout = 30_000): Promise<void> {
  try {
    await page.waitForFunction(() => ((window as WithCy).__cy?.elements().length ?? 0) > 0, undefined, {
      timeout,
    });
  } catch (error) {
    throw new Error(
      `window.__cy never appeared with elements within ${timeout / 1000} s: is the test hook wired?`,
      {
        cause: error,
      },
    );
  }
}

/** Page coordinates of an element's rendered midpoint; plain numbers only (a collection would serialise the graph). */
export async function cyElementPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const found = await page.evaluate((elementId) => {
    const cy = (window as WithCy).__cy;
    if (!cy) return { error: 'window.__cy is not set: the app does not expose its Cytoscape instance' };
    const element = cy.getElementById(elementId);
    if (element.empty()) return { error: `no element with id "${elementId}" in the graph` };
    if (!element.visible()) return { error: `element "${elementId}" is hidden` };
    // renderedMidpoint() is defined for edges only; a node's centre is the centre of its box.
    const bb = element.renderedBoundingBox({ includeLabels: false });
    let mid = element.isEdge() ? element.renderedMidpoint() : { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 };
    if (element.isEdge()) {
      // Nodes are drawn over edges: click a point of the edge that no other node (or its label) covers.
      const edge = cy.edges().getElementById(elementId);
      const [a, b] = [edge.renderedSourceEndpoint(), edge.renderedTargetEndpoint()];
      const others = cy.nodes(':visible').difference(edge.connectedNodes());
      const covered = (p: { x: number; y: number }) =>
        others.some((n) => {
          const box = n.renderedBoundingBox({});
          return p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2;
        });
      const along = [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75]
        .map((t) => (t === 0.5 ? mid : { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) }))
        .find((p) => !covered(p));
      if (along) mid = along;
    }
    const box = cy.container()?.getBoundingClientRect();
    if (!box) return { error: 'the Cytoscape instance has no container' };
    return {
      x: box.left + mid.x,
      y: box.top + mid.y,
      left: box.left,
      top: box.top,
      right: box.right,
      bottom: box.bottom,
    };
  }, id);
  if ('error' in found) throw new Error(`clickCyElement: ${found.error}`);
  const inside =
    found.x >= found.left && found.x <= found.right && found.y >= found.top && found.y <= found.bottom;
  if (!inside)
    throw new Error(`clickCyElement: "${id}" is drawn outside the graph's container (pan or fit first)`);
  return { x: found.x, y: found.y };
}

/** Clicks a node or edge with a real mouse click, as a person would (emitting `tap` does not select). */
export async function clickCyElement(page: Page, id: string): Promise<void> {
  const { x, y } = await cyElementPoint(page, id);
  await page.mouse.click(x, y);
}

/** Saves a full-page screenshot as tests/e2e/__artifacts__/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const path = `${ARTIFACTS}/${name.replace(/[^\w.-]+/g, '-')}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}
