/** Receives frames one by one and encodes them; the file exists only after `finish`. */
export interface FrameSink {
  add(frame: HTMLCanvasElement, index: number): Promise<void>;
  finish(): Promise<Blob>;
  /** Stops encoding and lets go of what was encoded so far. */
  cancel(): Promise<void>;
}

/** An animated GIF: each frame gets its own 256-colour palette (gifenc), looping forever. */
export async function gifSink(width: number, height: number, fps: number): Promise<FrameSink> {
  const { GIFEncoder, quantize, applyPalette } = await import('gifenc');
  let gif: ReturnType<typeof GIFEncoder> | null = GIFEncoder();
  const delay = Math.round(1000 / fps);
  return {
    async add(frame) {
      const ctx = frame.getContext('2d', { willReadFrequently: true });
      if (!ctx || !gif) throw new Error('GIF export: no frame to read');
      const { data } = ctx.getImageData(0, 0, width, height);
      const palette = quantize(data, 256);
      gif.writeFrame(applyPalette(data, palette), width, height, { palette, delay, repeat: 0 });
      await Promise.resolve();
    },
    async finish() {
      if (!gif) throw new Error('GIF export: already finished or cancelled');
      gif.finish();
      const blob = new Blob([gif.bytesView().slice()], { type: 'image/gif' });
      gif = null;
      return Promise.resolve(blob);
    },
    async cancel() {
      gif = null;
      await Promise.resolve();
    },
  };
}

/** A video (WebM with VP9/VP8, or MP4 with H.264), encoded by WebCodecs and muxed by mediabunny (loaded on first use). */
export async function videoSink(
  canvas: HTMLCanvasElement,
  format: 'webm' | 'mp4',
  fps: number,
): Promise<FrameSink> {
  const { openVideoSink } = await import('./videoSink');
  return openVideoSink(canvas, format, fps);
}
