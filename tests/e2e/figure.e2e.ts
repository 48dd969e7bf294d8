import { readFile } from 'node:fs/promises';
import type { Core } from 'cytoscape';
import { analysePng, readPngSize } from './support/png';
import { ARTIFACTS, expect, openApp, test, type Page } from './support/test';

// Issue 13: the export dialog (figure and history in motion), against the test build.
type WithCy = { __cy?: Core };

async function openDialog(page: Page) {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Opens the dialog on 1960 and asks for history in motion: a format, a span, a speed and, when given, a frame rate. */
async function askForMotion(
  page: Page,
  motion: { format: string; from: string; to: string; yearsPerSecond: number; fps?: number },
) {
  await openApp(page, '?date=1960-01-01');
  const dialog = await openDialog(page);
  await dialog.getByRole('radio', { name: motion.format }).check();
  await dialog.getByLabel('From').fill(motion.from);
  await dialog.getByLabel('To').fill(motion.to);
  await dialog.getByRole('spinbutton', { name: 'Years per second' }).fill(String(motion.yearsPerSecond));
  if (motion.fps !== undefined)
    await dialog.getByRole('spinbutton', { name: 'Frames per second' }).fill(String(motion.fps));
  return dialog;
}

/** Clicks the dialog's export button and returns the download's name and bytes (saved to __artifacts__ too). */
async function exportFile(
  page: Page,
  format: string,
  timeout = 120_000,
): Promise<{ name: string; bytes: Uint8Array; ms: number }> {
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const started = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout }),
    dialog.getByRole('button', { name: `Export ${format}` }).click(),
  ]);
  const path = await download.path();
  const ms = performance.now() - started;
  const name = download.suggestedFilename();
  await download.saveAs(`${ARTIFACTS}/${name}`);
  console.log(`figure: ${name} in ${Math.round(ms)} ms`);
  return { name, bytes: new Uint8Array(await readFile(path)), ms };
}

const containerSize = (page: Page) =>
  page.evaluate(() => {
    const box = (window as WithCy).__cy?.container()?.getBoundingClientRect();
    if (!box) throw new Error('no graph container');
    return { width: box.width, height: box.height };
  });

test.describe('figure export dialog', () => {
  test('sizes the PNG by the chosen preset and draws the legend band between graph and caption', async ({
    page,
  }) => {
    await openApp(page, '?date=1960-01-01');
    const dialog = await openDialog(page);
    const size = dialog.getByRole('combobox', { name: 'Size' });

    await size.selectOption('screen-1x');
    const withLegend = await exportFile(page, 'PNG');
    expect(withLegend.name).toBe('alliance-atlas-1960-01-01-screen-1x.png');
    await dialog.getByRole('checkbox', { name: 'Legend' }).uncheck();
    const without = await exportFile(page, 'PNG');
    const container = await containerSize(page);
    const a = readPngSize(withLegend.bytes);
    const b = readPngSize(without.bytes);
    expect(a.width).toBe(Math.floor(container.width));
    // The legend band: a few rows of entries, under the graph (which is the container's height at 1×).
    const legendHeight = a.height - b.height;
    expect(legendHeight).toBeGreaterThan(30);
    const band = { top: container.height / a.height, bottom: (container.height + legendHeight) / a.height };
    const legend = await analysePng(page, withLegend.bytes, [255, 255, 255], band);
    expect(legend.nonBackground).toBeGreaterThan(0.02);
    expect(legend.distinctColours).toBeGreaterThan(20);

    await dialog.getByRole('checkbox', { name: 'Legend' }).check();
    await size.selectOption('slide');
    expect(readPngSize((await exportFile(page, 'PNG')).bytes)).toEqual({ width: 1920, height: 1080 });
    await size.selectOption('print-column');
    expect(readPngSize((await exportFile(page, 'PNG')).bytes).width).toBe(1050);
    await dialog.getByRole('radio', { name: 'The whole graph' }).check();
    const whole = await exportFile(page, 'PNG');
    expect(whole.name).toBe('alliance-atlas-1960-01-01-whole-print-column.png');
    expect(readPngSize(whole.bytes).width).toBe(1050);
    await size.selectOption('screen-2x');
    console.log(`figure: whole graph at 2×: ${Math.round((await exportFile(page, 'PNG')).ms)} ms`);
    await size.selectOption('custom');
    await dialog.getByRole('spinbutton', { name: 'Width in px' }).fill('1200');
    expect(readPngSize((await exportFile(page, 'PNG')).bytes).width).toBe(1200);
  });

  test('gives two views two file names', async ({ page }) => {
    await openApp(page, '?date=1960-01-01');
    await openDialog(page);
    const first = await exportFile(page, 'PNG');
    await openApp(page, '?date=1960-01-01&pact=nato&layout=map');
    await openDialog(page);
    const second = await exportFile(page, 'PNG');
    expect(first.name).toBe('alliance-atlas-1960-01-01.png');
    expect(second.name).toBe('alliance-atlas-1960-01-01-nato-map.png');
  });

  test('writes an SVG that parses as XML, with caption and legend as text, whatever the names hold', async ({
    page,
  }) => {
    await openApp(page, '?date=1960-01-01');
    // A name with control characters and markup, as a hostile or broken dataset could carry, on a node whose label
    // is drawn (labels are drawn where they fit).
    await page.evaluate(() => {
      const node = (window as WithCy).__cy?.nodes('.labelled').first();
      node?.data('label', 'United\u0001 States <&> \u0007"');
    });
    const dialog = await openDialog(page);
    await dialog.getByRole('radio', { name: 'SVG' }).check();
    await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill('Alliances <in> 1960 & "after"');
    const svg = await exportFile(page, 'SVG');
    expect(svg.name).toBe('alliance-atlas-1960-01-01.svg');
    const text = new TextDecoder().decode(svg.bytes);
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      const error = doc.querySelector('parsererror')?.textContent ?? null;
      const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
      const legend = [...doc.querySelectorAll('g.legend text')].map((t) => t.textContent ?? '');
      const caption = [...doc.querySelectorAll('g.caption text')].map((t) => t.textContent ?? '');
      return { error, texts, legend, caption };
    }, text);
    expect(parsed.error).toBeNull();
    expect(parsed.caption[0]).toBe('Alliances <in> 1960 & "after"');
    expect(parsed.caption.join(' ')).toContain('1 January 1960');
    expect(parsed.caption.join(' ')).toMatch(/Sources: /);
    expect(parsed.legend).toContain('Multilateral security organisation');
    expect(parsed.legend).toContain('State');
    // Labels carry bidi isolates (U+2068…U+2069) around them; the control characters are gone, the markup is text.
    expect(parsed.texts.map((t) => t.replace(/[\u2066-\u2069]/g, ''))).toContain('United States <&> "');
  });
});

async function decodeGif(page: Page, bytes: Uint8Array) {
  return page.evaluate(async (base64) => {
    const binary = atob(base64);
    const data = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) data[i] = binary.charCodeAt(i);
    const decoder = new ImageDecoder({ data, type: 'image/gif' });
    await decoder.tracks.ready;
    const track = decoder.tracks.selectedTrack;
    if (!track) throw new Error('the GIF has no image track');
    await decoder.completed;
    const frames: { graph: number[]; band: number[] }[] = [];
    let width = 0;
    let height = 0;
    for (let i = 0; i < track.frameCount; i++) {
      const { image } = await decoder.decode({ frameIndex: i });
      width = image.displayWidth;
      height = image.displayHeight;
      const canvas = new OffscreenCanvas(width, height);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2D context');
      ctx.drawImage(image, 0, 0);
      image.close();
      // Coarse fingerprints: mean colour of 8 px cells over the graph area and over the caption band.
      const fingerprint = (top: number, bottom: number) => {
        const cells: number[] = [];
        const pixels = ctx.getImageData(0, top, width, bottom - top).data;
        for (let y = 0; y < bottom - top; y += 8)
          for (let x = 0; x < width; x += 8) {
            const p = 4 * (y * width + x);
            cells.push((pixels[p] ?? 0) + (pixels[p + 1] ?? 0) + (pixels[p + 2] ?? 0));
          }
        return cells;
      };
      frames.push({
        graph: fingerprint(0, Math.floor(height * 0.85)),
        band: fingerprint(Math.floor(height * 0.9), height),
      });
    }
    return { frameCount: track.frameCount, width, height, frames };
  }, Buffer.from(bytes).toString('base64'));
}

const changed = (a: number[], b: number[]) => a.filter((v, i) => Math.abs(v - (b[i] ?? 0)) > 30).length;

test.describe('history in motion', () => {
  test('exports 1945–1960 as a GIF with as many frames as asked, the graph changing as pacts form', async ({
    page,
  }) => {
    const dialog = await askForMotion(page, {
      format: 'Animated GIF',
      from: '1945-01-01',
      to: '1960-01-01',
      yearsPerSecond: 3,
      fps: 2,
    });
    await dialog.getByRole('radio', { name: 'The whole graph' }).check();
    // The dialog states the frames before the export starts: 15 years at 3 a second, 2 frames a second.
    const asked = 11;
    await expect(dialog.getByTestId('motion-budget')).toHaveText(
      new RegExp(`^${asked} frames, 5\\.5 s at 960 × 540 px`),
    );
    const gif = await exportFile(page, 'Animated GIF', 180_000);
    expect(gif.name).toBe('alliance-atlas-1945-01-01-to-1960-01-01-whole-2fps.gif');
    const decoded = await decodeGif(page, gif.bytes);
    expect(decoded.frameCount).toBe(asked);
    expect(decoded).toMatchObject({ width: 960, height: 540 });
    const first = decoded.frames[0];
    const last = decoded.frames.at(-1);
    if (!first || !last) throw new Error('no frames');
    // 1945 has a few wartime ties; by 1960 NATO, the Warsaw Pact, SEATO and ANZUS are drawn.
    expect(changed(first.graph, last.graph)).toBeGreaterThan(50);
    // Every frame prints its own date.
    for (let i = 1; i < decoded.frames.length; i++)
      expect(changed(decoded.frames[i - 1]?.band ?? [], decoded.frames[i]?.band ?? [])).toBeGreaterThan(0);
    // Some step changes the graph and some other step does not (nothing is drawn that did not change).
    const steps = decoded.frames.slice(1).map((f, i) => changed(decoded.frames[i]?.graph ?? [], f.graph));
    expect(Math.max(...steps)).toBeGreaterThan(10);
    expect(Math.min(...steps)).toBe(0);
  });

  test('exports a WebM video that plays for as long as its frames last', async ({ page }) => {
    await askForMotion(page, {
      format: 'Video (WebM)',
      from: '1945-01-01',
      to: '1960-01-01',
      yearsPerSecond: 3,
      fps: 4,
    });
    const video = await exportFile(page, 'Video (WebM)', 180_000);
    expect(video.name).toMatch(/^alliance-atlas-1945-01-01-to-1960-01-01-4fps\.webm$/);
    // The app's Content-Security-Policy allows no blob: media, as it should: play the file on a blank page.
    const player = await page.context().newPage();
    const played = await player.evaluate(async (base64) => {
      const binary = atob(base64);
      const data = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) data[i] = binary.charCodeAt(i);
      const element = document.createElement('video');
      element.muted = true;
      element.src = URL.createObjectURL(new Blob([data], { type: 'video/webm' }));
      await new Promise((resolve, reject) => {
        element.onloadedmetadata = resolve;
        element.onerror = () => reject(new Error(`the video does not load: ${element.error?.message ?? ''}`));
      });
      const duration = element.duration;
      await element.play();
      await new Promise((resolve) => element.addEventListener('timeupdate', resolve, { once: true }));
      return {
        duration,
        width: element.videoWidth,
        height: element.videoHeight,
        advanced: element.currentTime > 0,
      };
    }, Buffer.from(video.bytes).toString('base64'));
    // 21 frames at 4 fps.
    expect(played.duration).toBeCloseTo(21 / 4, 1);
    expect(played).toMatchObject({ width: 960, height: 540, advanced: true });
    await player.close();
  });

  test('stops an export on Cancel, saves nothing and frees the off-screen graph', async ({ page }) => {
    const dialog = await askForMotion(page, {
      format: 'Animated GIF',
      from: '1900-01-01',
      to: '2020-01-01',
      yearsPerSecond: 0.5,
    });
    let downloads = 0;
    page.on('download', () => downloads++);
    await dialog.getByRole('button', { name: 'Export Animated GIF' }).click();
    await dialog.getByText(/^\d+ of \d+ frames/).waitFor();
    await expect(page.locator('[data-testid="offscreen-graph"]')).toHaveCount(1);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.getByText('Export cancelled; nothing was saved.').waitFor();
    await expect(page.locator('[data-testid="offscreen-graph"]')).toHaveCount(0);
    expect(downloads).toBe(0);
  });
});
