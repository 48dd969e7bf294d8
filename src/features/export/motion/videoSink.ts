import {
  BufferTarget,
  CanvasSource,
  getFirstEncodableVideoCodec,
  Mp4OutputFormat,
  Output,
  QUALITY_HIGH,
  WebMOutputFormat,
} from 'mediabunny';
import type { FrameSink } from './frameSinks';

// Named imports so the bundler keeps only what we use of mediabunny; this module is itself loaded on first use.

/** A video (WebM with VP9/VP8, or MP4 with H.264) encoded frame by frame with WebCodecs and muxed by mediabunny. */
export async function openVideoSink(
  canvas: HTMLCanvasElement,
  format: 'webm' | 'mp4',
  fps: number,
): Promise<FrameSink> {
  const codecs = format === 'webm' ? (['vp9', 'vp8'] as const) : (['avc'] as const);
  const codec = await getFirstEncodableVideoCodec([...codecs], {
    width: canvas.width,
    height: canvas.height,
  });
  if (!codec)
    throw new Error(
      `Video export: this browser cannot encode ${format.toUpperCase()} video at ${canvas.width}×${canvas.height}`,
    );
  const target = new BufferTarget();
  const output = new Output({
    format: format === 'webm' ? new WebMOutputFormat() : new Mp4OutputFormat({ fastStart: 'in-memory' }),
    target,
  });
  const source = new CanvasSource(canvas, { codec, bitrate: QUALITY_HIGH, keyFrameInterval: 2 });
  output.addVideoTrack(source, { frameRate: fps });
  await output.start();
  return {
    async add(_frame, index) {
      await source.add(index / fps, 1 / fps);
    },
    async finish() {
      source.close();
      await output.finalize();
      if (!target.buffer) throw new Error('Video export: the encoder produced no file');
      return new Blob([target.buffer], { type: format === 'webm' ? 'video/webm' : 'video/mp4' });
    },
    async cancel() {
      await output.cancel();
    },
  };
}
