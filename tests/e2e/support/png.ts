import type { Page } from 'playwright-core';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height read from a PNG's IHDR chunk; throws if the bytes are not a PNG. */
export function readPngSize(bytes: Uint8Array): { width: number; height: number } {
  if (bytes.length < 24 || SIGNATURE.some((byte, i) => bytes[i] !== byte)) {
    const head = Buffer.from(bytes.subarray(0, 8)).toString('hex');
    throw new Error(`not a PNG: ${bytes.length} bytes starting ${head || '(nothing)'}`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The first chunk must be IHDR: length (13), type, then width and height as big-endian uint32.
  const type = Buffer.from(bytes.subarray(12, 16)).toString('latin1');
  if (view.getUint32(8) !== 13 || type !== 'IHDR')
    throw new Error(`not a PNG: first chunk is "${type}", not IHDR`);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** What the pixels of a decoded PNG look like. */
export interface PngPixels {
  width: number;
  height: number;
  /** Distinct RGBA colours among the sampled pixels. */
  distinctColours: number;
  /** Share (0–1) of sampled pixels that differ from the background by more than a rounding error. */
  nonBackground: number;
}

/** A horizontal band of the image, as fractions of its height: `{ top: 0.9, bottom: 1 }` is the last tenth. */
export interface Band {
  top: number;
  bottom: number;
}

/**
 * Decodes a PNG in the browser (Node has no decoder without new dependencies) and measures its pixels:
 * createImageBitmap, draw on a canvas, then count colours over at most ~1 M sampled pixels.
 */
export async function analysePng(
  page: Page,
  bytes: Uint8Array,
  background: [number, number, number] = [255, 255, 255],
  band: Band = { top: 0, bottom: 1 },
): Promise<PngPixels> {
  const base64 = Buffer.from(bytes).toString('base64');
  return page.evaluate(
    async ({ base64, background, band }) => {
      const binary = atob(base64);
      const data = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) data[i] = binary.charCodeAt(i);
      const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
      const { width, height } = bitmap;
      const canvas = new OffscreenCanvas(width, height);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2D context to decode the PNG');
      ctx.drawImage(bitmap, 0, 0);
      bitmap.close();
      const top = Math.floor(height * band.top);
      const rows = Math.max(1, Math.ceil(height * band.bottom) - top);
      const pixels = ctx.getImageData(0, top, width, rows).data;
      const step = Math.max(1, Math.floor((width * rows) / 1_000_000));
      const colours = new Set<number>();
      let sampled = 0;
      let different = 0;
      for (let p = 0; p < width * rows; p += step) {
        const [r, g, b, a] = [
          pixels[4 * p] ?? 0,
          pixels[4 * p + 1] ?? 0,
          pixels[4 * p + 2] ?? 0,
          pixels[4 * p + 3] ?? 0,
        ];
        colours.add(((r << 24) | (g << 16) | (b << 8) | a) >>> 0);
        sampled++;
        const off = Math.abs(r - background[0]) + Math.abs(g - background[1]) + Math.abs(b - background[2]);
        if (off > 6 || a < 250) different++;
      }
      return {
        width,
        height,
        distinctColours: colours.size,
        nonBackground: sampled ? different / sampled : 0,
      };
    },
    { base64, background, band },
  );
}
