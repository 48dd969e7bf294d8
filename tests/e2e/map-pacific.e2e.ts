import type { Core, NodeSingular } from 'cytoscape';
import { measureCollisions } from './legible/measure';
import { afterFrames, expect, openApp, screenshot, test, type Page } from './support/test';

// Issue 12, item 8: the map is centred so Pacific pacts cross the Pacific, its lines are great-circle arcs that
// end on the states, and Europe's crowded capitals stay apart and readable when zoomed in.
type WithCy = { __cy?: Core };

async function openMap(page: Page, query: string): Promise<void> {
  await openApp(page, `${query}&layout=map`);
  await page.locator('[data-layout-mode="map"]').waitFor({ state: 'attached' });
}

/** The US–Japan line as drawn: its ends (the two nodes), the points it bends through, and Paris's node. */
function usJapan(page: Page) {
  return page.evaluate(() => {
    const cy = (window as WithCy).__cy as Core;
    const edge = cy.getElementById('b:us-jpn');
    const at = (id: string) => ({ ...cy.getElementById(id).position() });
    const flat = edge.segmentPoints() ?? [];
    return {
      curve: String(edge.style('curve-style')),
      visible: edge.visible(),
      usa: at('a:usa'),
      jpn: at('a:jpn'),
      fra: at('a:fra'),
      gbr: at('a:gbr'),
      source: edge.source().id(),
      points: flat.map((p) => ({ x: p.x, y: p.y })),
    };
  });
}

/**
 * Overlapping drawn labels, from the text itself: its width as the canvas measures it at the drawn size, centred
 * under its node. (Cytoscape's label bounding box pads small model-unit fonts by several px, so zoomed far in it
 * reports neighbours' boxes as touching when their text is well apart.)
 */
function drawnLabelOverlaps(page: Page): Promise<{ labels: number; pairs: string[] }> {
  return page.evaluate(() => {
    const cy = (window as WithCy).__cy as Core;
    const ctx = document.createElement('canvas').getContext('2d')!;
    const zoom = cy.zoom();
    const boxes = cy
      .nodes(':visible')
      .filter((n: NodeSingular) => String(n.style('label') ?? '') !== '')
      .map((n: NodeSingular) => {
        const px = parseFloat(String(n.style('font-size'))) * zoom;
        ctx.font = `${String(n.style('font-style'))} ${px}px ${String(n.style('font-family'))}`;
        const half = ctx.measureText(String(n.style('label'))).width / 2;
        const nb = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
        const marginX = parseFloat(String(n.style('text-margin-x'))) * zoom;
        const marginY = parseFloat(String(n.style('text-margin-y'))) * zoom;
        const cx = (nb.x1 + nb.x2) / 2;
        const { x, y } = n.renderedPosition();
        // Where Cytoscape draws the label: under the node (default), above it, beside it or at a corner.
        const halign = String(n.style('text-halign'));
        const valign = String(n.style('text-valign'));
        const [w, h] = [n.renderedWidth(), n.renderedHeight()];
        const x1 =
          halign === 'right'
            ? x + w / 2 + marginX
            : halign === 'left'
              ? x - w / 2 + marginX - 2 * half
              : cx - half;
        const y1 =
          valign === 'top'
            ? y - h / 2 + marginY - px * 1.2
            : valign === 'center'
              ? y + marginY - px * 0.6
              : y + h / 2 + marginY;
        return { id: n.id(), x1, x2: x1 + 2 * half, y1, y2: y1 + px * 1.2 };
      });
    const pairs: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        if (a.x1 < b.x2 - 1 && b.x1 < a.x2 - 1 && a.y1 < b.y2 - 1 && b.y1 < a.y2 - 1)
          pairs.push(`${a.id}|${b.id}`);
      }
    return { labels: boxes.length, pairs };
  });
}

test.describe('the map, centred on the Pacific', () => {
  test('the US–Japan line runs across the Pacific as a great-circle arc, not across Europe', async ({
    page,
    errors,
  }) => {
    await openMap(page, '?date=2024-01-01');
    const line = await usJapan(page);
    expect(line.visible).toBe(true);
    expect(line.curve).toBe('segments');
    // Europe on the left, Japan left of the middle, the United States on the right.
    expect(line.gbr.x).toBeLessThan(line.jpn.x);
    expect(line.jpn.x).toBeLessThan(line.usa.x);
    // Every bend of the line lies between Tokyo and Washington, over the Pacific; Paris is far to the west.
    const xs = line.points.map((p) => p.x);
    expect(xs.length).toBeGreaterThan(10);
    expect(Math.min(...xs)).toBeGreaterThan(line.jpn.x - 1);
    expect(Math.max(...xs)).toBeLessThan(line.usa.x + 1);
    expect(line.fra.x).toBeLessThan(Math.min(...xs) - 100);
    // A great circle from Washington to Tokyo bows north over Alaska: above both ends.
    expect(Math.min(...line.points.map((p) => p.y))).toBeLessThan(Math.min(line.usa.y, line.jpn.y) - 20);
    // The line ends on its states: its first and last bends are next to them.
    const [from, to] = line.source === 'a:usa' ? [line.usa, line.jpn] : [line.jpn, line.usa];
    const [first, last] = [line.points[0]!, line.points.at(-1)!];
    expect(Math.hypot(first.x - from.x, first.y - from.y)).toBeLessThan(60);
    expect(Math.hypot(last.x - to.x, last.y - to.y)).toBeLessThan(60);
    await screenshot(page, 'map-pacific-2024');

    // The world map underneath is centred the same way: the US node sits on land in the right half.
    const underlay = await page.evaluate(() => {
      const path = document.querySelector<SVGPathElement>('[data-testid="map-underlay"] .map-land');
      const cy = (window as WithCy).__cy as Core;
      const p = cy.getElementById('a:usa').position();
      const svg = path?.ownerSVGElement;
      if (!path || !svg) return null;
      const point = svg.createSVGPoint();
      point.x = p.x;
      point.y = p.y;
      return path.isPointInFill(point);
    });
    expect(underlay).toBe(true);

    // Back on the network, the lines are straight again.
    await page.getByRole('button', { name: 'Network', exact: true }).click();
    await page.locator('[data-layout-mode="network"]').waitFor({ state: 'attached' });
    await expect
      .poll(() =>
        page.evaluate(() => String((window as WithCy).__cy!.getElementById('b:us-jpn').style('curve-style'))),
      )
      .not.toBe('segments');
    expect(errors.console).toEqual([]);
  });

  test('no two nodes overlap on the map, and zoomed on Europe no two labels overlap', async ({ page }) => {
    await openMap(page, '?date=1960-01-01');
    await page.locator('[data-labels="settled"]').waitFor({ state: 'attached' });
    const world = await measureCollisions(page);
    console.info(`map 1960, whole world: ${world.nodes} nodes, ${world.nodePairs.length} overlapping pairs`);
    expect(world.nodePairs).toEqual([]);
    expect(world.labelPairs).toEqual([]);

    // Zoom in on Western Europe (Paris in the middle), five times the world view.
    await page.evaluate(() => {
      const cy = (window as WithCy).__cy as Core;
      cy.zoom(cy.zoom() * 5);
      cy.center(cy.getElementById('a:fra'));
    });
    await afterFrames(page, 2);
    await page.locator('[data-labels="settled"]').waitFor({ state: 'attached' });
    const europe = await measureCollisions(page);
    const texts = await drawnLabelOverlaps(page);
    console.info(`map 1960, Europe ×5: ${texts.labels} labels, ${texts.pairs.length} overlapping`);
    expect(europe.nodePairs).toEqual([]);
    expect(texts.pairs).toEqual([]);
    // Zoomed in, Western Europe's states are named, at least half of them (the others give way to their neighbours).
    const labelled = await page.evaluate(() =>
      ['a:fra', 'a:bel', 'a:nld', 'a:lux', 'a:gbr', 'a:ita'].filter((id) =>
        (window as WithCy).__cy!.getElementById(id).hasClass('labelled'),
      ),
    );
    expect(labelled.length).toBeGreaterThanOrEqual(3);
    await screenshot(page, 'map-europe-1960');
  });
});
