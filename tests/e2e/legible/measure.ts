import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';

// What a reader suffers, measured on the live graph (plain values only leave the page).
type WithCy = { __cy?: Core };

export interface Collisions {
  /** Labels actually drawn (visible node, non-empty label, not culled). */
  labels: number;
  labelPairs: string[];
  nodes: number;
  nodePairs: string[];
}

/**
 * Counts overlapping drawn labels and overlapping drawn nodes in rendered (screen) pixels. A label is drawn
 * when its node is displayed, its label text is non-empty and its text is not transparent; a node is drawn
 * when displayed with any opacity. Boxes touching by less than one pixel do not count.
 */
export function measureCollisions(page: Page): Promise<Collisions> {
  return page.evaluate(() => {
    const cy = (window as WithCy).__cy;
    if (!cy) throw new Error('window.__cy is not set');
    type Box = { id: string; x1: number; y1: number; x2: number; y2: number };
    const labels: Box[] = [];
    const nodes: Box[] = [];
    const zoom = cy.zoom();
    cy.nodes().forEach((node) => {
      if (!node.visible() || Number(node.style('opacity')) === 0) return;
      const nb = node.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
      nodes.push({ id: node.id(), x1: nb.x1, y1: nb.y1, x2: nb.x2, y2: nb.y2 });
      const text = String(node.style('label') ?? '');
      const fontPx = parseFloat(String(node.style('font-size'))) * zoom;
      const minPx = parseFloat(String(node.style('min-zoomed-font-size'))) || 0;
      if (!text || Number(node.style('text-opacity')) === 0 || fontPx < minPx) return;
      const lb = node.renderedBoundingBox({
        includeNodes: false,
        includeEdges: false,
        includeLabels: true,
        includeOverlays: false,
      });
      if (lb.w > 0) labels.push({ id: node.id(), x1: lb.x1, y1: lb.y1, x2: lb.x2, y2: lb.y2 });
    });
    const overlaps = (list: Box[]) => {
      const pairs: string[] = [];
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i]!;
          const b = list[j]!;
          const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
          const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
          if (w > 1 && h > 1) pairs.push(`${a.id}|${b.id}`);
        }
      return pairs;
    };
    return {
      labels: labels.length,
      labelPairs: overlaps(labels),
      nodes: nodes.length,
      nodePairs: overlaps(nodes),
    };
  });
}

/** Model positions of the displayed members of a pact's edges (bilateral or hub memberships). */
function memberPositions(page: Page, pactId: string): Promise<[number, number][]> {
  return page.evaluate((id) => {
    const cy = (window as WithCy).__cy;
    if (!cy) throw new Error('window.__cy is not set');
    const members = new Map<string, [number, number]>();
    cy.edges(`[pactId = "${id}"]`).forEach((edge) => {
      if (!edge.visible()) return;
      edge.connectedNodes('[role = "actor"]').forEach((n) => {
        members.set(n.id(), [n.position('x'), n.position('y')]);
      });
    });
    return [...members.values()];
  }, pactId);
}

/** Mean silhouette of two groups of points (1: far apart and tight, 0: mixed, < 0: interleaved). */
export function silhouette(a: readonly [number, number][], b: readonly [number, number][]): number {
  const dist = (p: [number, number], q: [number, number]) => Math.hypot(p[0] - q[0], p[1] - q[1]);
  const mean = (p: [number, number], group: readonly [number, number][], self: boolean) =>
    group.reduce((sum, q) => sum + dist(p, q), 0) / Math.max(1, group.length - (self ? 1 : 0));
  const scores = [
    ...a.map((p) => [mean(p, a, true), mean(p, b, false)] as const),
    ...b.map((p) => [mean(p, b, true), mean(p, a, false)] as const),
  ].map(([own, other]) => (other - own) / Math.max(own, other));
  return scores.reduce((s, x) => s + x, 0) / scores.length;
}

/** The silhouette of two pacts' displayed members at the shown date. */
export async function pactSilhouette(page: Page, first: string, second: string): Promise<number> {
  const [a, b] = await Promise.all([memberPositions(page, first), memberPositions(page, second)]);
  if (a.length < 2 || b.length < 2) throw new Error(`too few members shown: ${a.length}, ${b.length}`);
  return silhouette(a, b);
}

/** The zoom factor five wheel notches (deltaY −100 each) give over the graph's centre. */
export async function wheelZoomFactor(page: Page, notches = 5): Promise<number> {
  const before = await page.evaluate(() => (window as WithCy).__cy!.zoom());
  const box = await page.getByTestId('graph').boundingBox();
  if (!box) throw new Error('no graph box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < notches; i++) await page.mouse.wheel(0, -100);
  await page.waitForFunction((z) => (window as WithCy).__cy!.zoom() !== z, before);
  const after = await page.evaluate(() => (window as WithCy).__cy!.zoom());
  return after / before;
}

/** How far the page scrolls sideways (0: it fits the viewport). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
