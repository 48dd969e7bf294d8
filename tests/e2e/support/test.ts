import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';
import type { Core } from 'cytoscape';

// The one `test` every end-to-end file imports: Playwright Test's, with the app's fixtures and helpers.
export { expect };
export type { Page };

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** Screenshots and files the tests keep (gitignored). */
export const ARTIFACTS = `${ROOT}/tests/e2e/__artifacts__`;

/** Everything the page complained about; a healthy page leaves both lists empty. */
export interface PageErrors {
  console: string[];
  page: string[];
}

/** Starts recording console errors and uncaught exceptions of a page (the `errors` fixture does it for `page`). */
export function watchErrors(page: Page): PageErrors {
  const errors: PageErrors = { console: [], page: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') errors.console.push(message.text());
  });
  page.on('pageerror', (error) => errors.page.push(`${error.name}: ${error.message}`));
  return errors;
}

export const test = base.extend<{ errors: PageErrors }>({
  // Every test's page is watched from its first byte; an uncaught exception fails the test once it is over.
  errors: [
    async ({ page }, use) => {
      const errors = watchErrors(page);
      await use(errors);
      expect(errors.page, 'uncaught exceptions in the page').toEqual([]);
    },
    { auto: true },
  ],
});

// The test build exposes the app's Cytoscape instance as window.__cy.
type WithCy = { __cy?: Core };

/** Waits until the app has exposed `window.__cy` with at least one element. */
export async function waitForCy(page: Page): Promise<void> {
  await page
    .waitForFunction(() => ((window as WithCy).__cy?.elements().length ?? 0) > 0)
    .catch((cause: unknown) => {
      throw new Error('window.__cy never appeared with elements: is this the test build (vite build --mode e2e)?', {
        cause,
      });
    });
}

/** Opens the app at `/<query>` and waits for the graph and, unless told not to, its first layout. */
export async function openApp(page: Page, query = '', { layout = true } = {}): Promise<Page> {
  await page.goto(`/${query}`);
  await waitForCy(page);
  if (layout) await page.locator('[data-layout="done"]').waitFor({ state: 'attached', timeout: 90_000 });
  return page;
}

/** Whether an element is displayed on the canvas (false when it does not exist). */
export function shown(page: Page, id: string): Promise<boolean> {
  return page.evaluate((elementId) => (window as WithCy).__cy?.getElementById(elementId).visible() ?? false, id);
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
    return { x: box.left + mid.x, y: box.top + mid.y, left: box.left, top: box.top, right: box.right, bottom: box.bottom };
  }, id);
  if ('error' in found) throw new Error(`cyElementPoint: ${found.error}`);
  const inside = found.x >= found.left && found.x <= found.right && found.y >= found.top && found.y <= found.bottom;
  if (!inside) throw new Error(`cyElementPoint: "${id}" is drawn outside the graph's container (pan or fit first)`);
  return { x: found.x, y: found.y };
}

/** Clicks a node or edge with a real mouse click, as a person would (emitting `tap` does not select). */
export async function clickCyElement(page: Page, id: string): Promise<void> {
  const { x, y } = await cyElementPoint(page, id);
  await page.mouse.click(x, y);
}

/** Resolves after `count` animation frames of the page: for "nothing happens" checks, instead of a fixed sleep. */
export function afterFrames(page: Page, count: number): Promise<void> {
  return page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
        step(n);
      }),
    count,
  );
}

/** Saves a full-page screenshot as tests/e2e/__artifacts__/<name>.png (to look at) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const path = `${ARTIFACTS}/${name.replace(/[^\w.-]+/g, '-')}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}
