import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Core } from 'cytoscape';
import { MAP_FRAME, MAP_STYLE } from '../../src/canvas/map/mapStyle';
import { MAP_HUB_MAX_SHIFT } from '../../src/canvas/map/mapGeometry';
import { sphericalCentroid } from '../../src/domain/geo/greatCircle';
import { fitProjection, projectPoint } from '../../src/domain/geo/project';
import { analysePng, readPngSize } from './support/png';
import { afterFrames, ARTIFACTS, expect, openApp, ROOT, screenshot, test, type Page } from './support/test';

// The geographic view in real Chromium against the built app: the toolbar's "Map" button moves states to their
// capitals over a world map, "Network" moves them back; pan keeps the map aligned; the PNG export carries the map.
type WithCy = { __cy?: Core };
type Positions = Record<string, { x: number; y: number }>;
const CAPITALS = new Map(
  (
    JSON.parse(readFileSync(`${ROOT}/data/actors.json`, 'utf8')) as { id: string; lon: number; lat: number }[]
  ).map((a) => [a.id, [a.lon, a.lat] as const]),
);

/** Every node's model position, shown or hidden (plain numbers, never a collection). */
function positions(page: Page): Promise<Positions> {
  return page.evaluate(() => {
    const out: Record<string, { x: number; y: number }> = {};
    (window as WithCy).__cy?.nodes().forEach((n) => {
      out[n.id()] = { ...n.position() };
    });
    return out;
  });
}

async function switchTo(page: Page, name: 'Map' | 'Network'): Promise<void> {
  const button = page.getByRole('button', { name, exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  const mode = name === 'Map' ? 'map' : 'network';
  await page.locator(`[data-layout-mode="${mode}"]`).waitFor({ state: 'attached' });
}

function maxDistance(a: Positions, b: Positions): number {
  return Math.max(
    ...Object.keys(a).map((id) => Math.hypot(a[id]!.x - (b[id]?.x ?? NaN), a[id]!.y - (b[id]?.y ?? NaN))),
  );
}

/** The map layer's transform and where its model → screen matrix puts a model point, next to Cytoscape's. */
function alignment(page: Page, nodeId: string) {
  return page.evaluate((id) => {
    const cy = (window as WithCy).__cy;
    const group = document.querySelector<SVGGElement>('[data-testid="map-underlay"] g');
    if (!cy || !group) return null;
    const node = cy.getElementById(id);
    const ctm = group.getScreenCTM();
    const box = cy.container()?.getBoundingClientRect();
    if (!ctm || !box) return null;
    const model = node.position();
    const rendered = node.renderedPosition();
    return {
      transform: group.getAttribute('transform'),
      zoom: cy.zoom(),
      pan: cy.pan(),
      viaMap: { x: ctm.a * model.x + ctm.c * model.y + ctm.e, y: ctm.b * model.x + ctm.d * model.y + ctm.f },
      viaCy: { x: box.left + rendered.x, y: box.top + rendered.y },
    };
  }, nodeId);
}

/** RGBA of a decoded PNG at the given pixels (decoded in the browser). */
function pixelsAt(page: Page, bytes: Uint8Array, points: { x: number; y: number }[]): Promise<number[][]> {
  return page.evaluate(
    async ({ base64, points }) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2D context');
      ctx.drawImage(bitmap, 0, 0);
      return points.map((p) => [...ctx.getImageData(Math.round(p.x), Math.round(p.y), 1, 1).data]);
    },
    { base64: Buffer.from(bytes).toString('base64'), points },
  );
}

const hex = (colour: string) => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
const near = (rgba: number[], colour: string) =>
  hex(colour).every((c, i) => Math.abs(c - (rgba[i] ?? -99)) <= 3);

async function exportPng(page: Page, name: string): Promise<Uint8Array> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export PNG' }).click(),
  ]);
  await download.saveAs(`${ARTIFACTS}/${name}.png`);
  return new Uint8Array(await readFile(`${ARTIFACTS}/${name}.png`));
}

// Places well inside land and well out at sea (off the 10° graticule): the export must paint them as such where
// the graph leaves the pixel blank.
// The documents' map is centred on 150°E (mapGeometry.ts: the centre that cuts fewest of its lines).
const projection = fitProjection({ ...MAP_FRAME, centre: 150 });
const LAND = [
  [12, 23],
  [-55, -12],
  [105, 63],
  [134, -24],
  [24, -3],
  [-103, 37],
].map(([lon, lat]) => projectPoint(projection, lon!, lat!));
const SEA = [
  [-35, 25],
  [75, -25],
  [-15, -35],
  [165, 15],
  [-25, 45],
  [88, -8],
].map(([lon, lat]) => projectPoint(projection, lon!, lat!));

/**
 * Checks map colours at the land and sea places, skipping those the graph itself draws on (non-white in the
 * graph-only image) or that fall outside the image; at least two of each must be checked.
 */
async function expectMapAt(
  page: Page,
  image: Uint8Array,
  graphOnly: Uint8Array,
  toImage: (p: { x: number; y: number }) => { x: number; y: number },
  toGraph: (p: { x: number; y: number }) => { x: number; y: number },
): Promise<void> {
  const size = readPngSize(image);
  const graphSize = readPngSize(graphOnly);
  const inside = (p: { x: number; y: number }, s: { width: number; height: number }) =>
    p.x >= 1 && p.y >= 1 && p.x < s.width - 1 && p.y < s.height - 1;
  const checked = { land: 0, sea: 0 };
  for (const [kind, places, colour] of [
    ['land', LAND, MAP_STYLE.land.fill],
    ['sea', SEA, MAP_STYLE.sphere.fill],
  ] as const) {
    const usable = places.filter((p) => inside(toImage(p), size) && inside(toGraph(p), graphSize));
    const graphPixels = await pixelsAt(page, graphOnly, usable.map(toGraph));
    const blank = usable.filter((_, i) => near(graphPixels[i]!, '#ffffff'));
    const mapPixels = await pixelsAt(page, image, blank.map(toImage));
    mapPixels.forEach((rgba, i) => {
      const at = blank[i]!;
      expect(near(rgba, colour), `${kind} at model (${at.x.toFixed(0)}, ${at.y.toFixed(0)}): ${rgba}`).toBe(
        true,
      );
    });
    checked[kind] = blank.length;
  }
  expect(checked.land).toBeGreaterThanOrEqual(2);
  expect(checked.sea).toBeGreaterThanOrEqual(2);
}

/** The graph alone as Cytoscape draws it on white at scale 2 (view or whole graph), as PNG bytes. */
async function graphOnlyPng(page: Page, full: boolean): Promise<Uint8Array> {
  const base64 = await page.evaluate((whole) => {
    const cy = (window as WithCy).__cy!;
    const box = cy.elements().boundingBox();
    const [w, h] = whole ? [Math.ceil(box.w), Math.ceil(box.h)] : [cy.width(), cy.height()];
    return cy.png({
      output: 'base64',
      full: whole,
      scale: 2,
      bg: '#ffffff',
      maxWidth: w * 2,
      maxHeight: h * 2,
    });
  }, full);
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

test.describe('geographic view', () => {
  test('moves states to their capitals over a world map, keeps it aligned, and moves them back', async ({
    page,
    errors,
  }) => {
    await openApp(page);
    const network = await positions(page);
    await expect(page.getByTestId('map-underlay')).toHaveCount(0);

    await switchTo(page, 'Map');
    const map = await positions(page);
    const at = (id: string) => map[`a:${id}`]!;
    // The documents' map is centred on the Pacific (150°E, its edge in the mid-Atlantic): west to east from that
    // edge, Europe, Japan, then America; north to south by latitude.
    await expect(page.locator('[data-map-centre]')).toHaveAttribute('data-map-centre', '150');
    expect(at('gbr').x).toBeLessThan(at('jpn').x);
    expect(at('jpn').x).toBeLessThan(at('usa').x);
    expect(at('jpn').y).toBeLessThan(at('aus').y);
    expect(at('nor').y).toBeLessThan(at('ita').y);
    expect(at('kor').x).toBeLessThan(at('jpn').x);
    // Everything moved, hidden pacts included, and each hub sits near its members' middle on the globe (their
    // spherical centroid, projected), moved aside by at most MAP_HUB_MAX_SHIFT to clear the states around it.
    expect(Object.keys(map).length).toBe(Object.keys(network).length);
    const hubs = await page.evaluate(() => {
      const cy = (window as WithCy).__cy as Core;
      return cy.nodes('[role = "pact"]').map((hub) => ({
        id: hub.id(),
        visible: hub.visible(),
        at: hub.position(),
        members: hub
          .connectedEdges('[role = "membership"]')
          .targets()
          .map((m) => String(m.data('actorId'))),
      }));
    });
    expect(hubs.some((h) => !h.visible)).toBe(true);
    const mapProjection = fitProjection({ ...MAP_FRAME, centre: 150 });
    for (const hub of hubs) {
      const middle = sphericalCentroid(hub.members.map((id) => CAPITALS.get(id)!))!;
      const wish = projectPoint(mapProjection, middle[0], middle[1]);
      const off = Math.hypot(hub.at.x - wish.x, hub.at.y - wish.y);
      expect(off, hub.id).toBeLessThanOrEqual(MAP_HUB_MAX_SHIFT + 1e-6);
    }

    // The map is shown, faint and behind the graph, exactly under the nodes.
    const underlay = page.getByTestId('map-underlay');
    await expect(underlay).toHaveAttribute('data-visible', 'true');
    await expect(underlay).toHaveCSS('opacity', '1');
    const aligned = await alignment(page, 'a:usa');
    expect(aligned).not.toBeNull();
    expect(Math.abs(aligned!.viaMap.x - aligned!.viaCy.x)).toBeLessThan(1);
    expect(Math.abs(aligned!.viaMap.y - aligned!.viaCy.y)).toBeLessThan(1);
    await screenshot(page, 'map-view');

    // A real drag on empty sea (bottom left: the South Pacific) pans the graph; the map follows within a frame.
    const box = (await page.getByTestId('graph').boundingBox())!;
    await page.mouse.move(box.x + 40, box.y + box.height - 40);
    await page.mouse.down();
    await page.mouse.move(box.x + 160, box.y + box.height - 120, { steps: 8 });
    await page.mouse.up();
    await page.mouse.wheel(0, -300);
    // The wheel zooms on the next frames: wait for the map to catch up with the graph, then check exactly.
    await expect
      .poll(async () => {
        const now = await alignment(page, 'a:jpn');
        return now ? Math.abs(now.viaMap.x - now.viaCy.x) + Math.abs(now.viaMap.y - now.viaCy.y) : Infinity;
      })
      .toBeLessThan(1);
    const panned = await alignment(page, 'a:jpn');
    expect(panned!.pan).not.toEqual(aligned!.pan);
    const [a, , , d, e, f] = panned!
      .transform!.replace(/[^\d.\s-]/g, '')
      .trim()
      .split(/\s+/)
      .map(Number);
    expect(a).toBeCloseTo(panned!.zoom, 6);
    expect(d).toBeCloseTo(panned!.zoom, 6);
    expect(e).toBeCloseTo(panned!.pan.x, 3);
    expect(f).toBeCloseTo(panned!.pan.y, 3);
    expect(Math.abs(panned!.viaMap.x - panned!.viaCy.x)).toBeLessThan(1);
    expect(Math.abs(panned!.viaMap.y - panned!.viaCy.y)).toBeLessThan(1);
    await screenshot(page, 'map-view-panned');

    // Scrubbing the date only shows and hides: nobody moves.
    const slider = page.getByRole('slider', { name: 'Date' });
    await slider.focus();
    await page.keyboard.press('Home');
    await expect(slider).toHaveAttribute('aria-valuetext', /1907$/);
    const first = (await slider.getAttribute('aria-valuetext'))!;
    await page.keyboard.press('ArrowRight');
    await expect(slider).not.toHaveAttribute('aria-valuetext', first);
    // Date moves are applied on the next animation frame; a few more and any movement would have started.
    await afterFrames(page, 5);
    expect(maxDistance(map, await positions(page))).toBe(0);
    await screenshot(page, 'map-view-early');
    await page.keyboard.press('End');

    await switchTo(page, 'Network');
    expect(maxDistance(network, await positions(page))).toBeLessThan(1);
    await expect(underlay).toHaveAttribute('data-visible', 'false');
    await expect(underlay).toHaveCSS('visibility', 'hidden');
    await screenshot(page, 'map-back-to-network');
    expect(errors.page).toEqual([]);
    expect(errors.console).toEqual([]);
  });

  test('opens straight on the map from the URL, and back to the force layout from there', async ({
    page,
  }) => {
    await openApp(page, '?layout=map&date=1960-01-01');
    await page.locator('[data-layout-mode="map"]').waitFor({ state: 'attached' });
    const map = await positions(page);
    // Centred on the Pacific: Moscow in the left half, Washington in the right.
    expect(map['a:sun']!.x).toBeLessThan(map['a:usa']!.x);
    await screenshot(page, 'map-view-1960');
    await switchTo(page, 'Network');
    const network = await positions(page);
    // The force layout's result, not the map: the USA is no longer at Washington's map position.
    expect(
      Math.hypot(network['a:usa']!.x - map['a:usa']!.x, network['a:usa']!.y - map['a:usa']!.y),
    ).toBeGreaterThan(1);
    await switchTo(page, 'Map');
    expect(maxDistance(map, await positions(page))).toBeLessThan(1e-6);
  });

  test('exports the map under the graph, aligned with it, in the view and for the whole graph', async ({
    page,
  }) => {
    await openApp(page);
    await switchTo(page, 'Map');
    const view = await page.evaluate(() => {
      const cy = (window as WithCy).__cy as Core;
      const bb = cy.elements().boundingBox();
      return { zoom: cy.zoom(), pan: cy.pan(), width: cy.width(), height: cy.height(), x1: bb.x1, y1: bb.y1 };
    });
    const withMap = await exportPng(page, 'map-export-view');
    const size = readPngSize(withMap);
    expect(size.width).toBe(Math.round(view.width * 2));
    const graphOnly = await graphOnlyPng(page, false);
    const graphBand = { top: 0, bottom: (view.height * 2) / size.height };
    const mapPixels = await analysePng(page, withMap, [255, 255, 255], graphBand);
    const graphPixels = await analysePng(page, graphOnly);
    console.log(
      `map export: ${(mapPixels.nonBackground * 100).toFixed(1)}% non-background vs ` +
        `${(graphPixels.nonBackground * 100).toFixed(1)}% for the graph alone`,
    );
    expect(mapPixels.nonBackground).toBeGreaterThan(graphPixels.nonBackground + 0.3);
    // Land and sea where the view puts them: the map is aligned with the graph in the image.
    const inView = (p: { x: number; y: number }) => ({
      x: (p.x * view.zoom + view.pan.x) * 2,
      y: (p.y * view.zoom + view.pan.y) * 2,
    });
    await expectMapAt(page, withMap, graphOnly, inView, inView);

    // The whole graph is drawn at one model unit per px with its labels laid out for that scale: at zoom 1 the
    // screen's labels are those, so the graph's box (which holds them) is the export's.
    await page.evaluate(() => (window as WithCy).__cy!.zoom(1));
    await page.locator('[data-labels="settled"]').waitFor({ state: 'attached' });
    const box = await page.evaluate(() => {
      const bb = (window as WithCy).__cy!.elements().boundingBox();
      return { x1: bb.x1, y1: bb.y1 };
    });
    await page.getByLabel('whole graph').check();
    const whole = await exportPng(page, 'map-export-whole');
    const wholeGraph = await graphOnlyPng(page, true);
    const margin = 16 * 2;
    const inBox = (p: { x: number; y: number }) => ({ x: (p.x - box.x1) * 2, y: (p.y - box.y1) * 2 });
    const inWhole = (p: { x: number; y: number }) => ({ x: margin + inBox(p).x, y: margin + inBox(p).y });
    await expectMapAt(page, whole, wholeGraph, inWhole, inBox);
  });
});
