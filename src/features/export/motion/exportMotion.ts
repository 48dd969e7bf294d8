import type { Core } from 'cytoscape';
import { formatDay } from '../../../domain/dates';
import type { PngUnderlay } from '../../../shared/exportUnderlay';
import { figureCreditLine, type FigureContext } from '../figureContext';
import type { AnalysisState, Basis } from '../../../state/types';
import { underlayView } from '../toPngBlob';
import { gifSink, videoSink, type FrameSink } from './frameSinks';
import { drawMotionFrame, motionFrameLayout } from './motionFrame';
import {
  frameDays,
  megabytes,
  MOTION_MEMORY_CAP_BYTES,
  MOTION_SIZES,
  motionBudget,
  type MotionSettings,
} from './motionSettings';
import { createOffscreenGraph, type AnalysisPainter } from './offscreenGraph';

export interface MotionProgress {
  done: number;
  total: number;
  elapsedMs: number;
  /** Estimated from the time per frame so far; null before the first frame. */
  remainingMs: number | null;
}

export interface MotionRun {
  context: FigureContext;
  basis: Basis;
  analysis: AnalysisState;
  title: string;
  background: string;
  full: boolean;
  underlay?: PngUnderlay;
  paintAnalysis?: AnalysisPainter;
  signal: AbortSignal;
  onProgress: (progress: MotionProgress) => void;
}

export class ExportCancelled extends Error {
  constructor() {
    super('Export cancelled');
    this.name = 'AbortError';
  }
}

/** `alliance-atlas-1945-01-01-to-1960-01-01[-nato][-map][-whole][-blocs]-4fps.gif`. */
export function motionFileName(ctx: FigureContext, settings: MotionSettings, full: boolean): string {
  const parts = [
    'alliance-atlas',
    `${settings.from}-to-${settings.to}`,
    ctx.selection?.id ?? '',
    ctx.layout === 'network' ? '' : ctx.layout,
    full ? 'whole' : '',
    ...ctx.views.map((v) => v.name),
    `${settings.fps}fps`,
  ];
  return `${parts.filter(Boolean).join('-')}.${settings.format}`;
}

function pactsOverSpan(ctx: FigureContext, basis: Basis, days: readonly number[]): Set<string> {
  const ids = new Set<string>();
  for (const day of days) for (const id of ctx.atlas.timelines[basis].activeAt(day).pactIds) ids.add(id);
  return ids;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function openSink(settings: MotionSettings, canvas: HTMLCanvasElement): Promise<FrameSink> {
  if (settings.format === 'gif') return gifSink(canvas.width, canvas.height, settings.fps);
  return videoSink(canvas, settings.format, settings.fps);
}

/** Renders the span frame by frame off screen and encodes it; rejects with ExportCancelled when the signal aborts. */
export async function exportMotion(
  live: Core,
  settings: MotionSettings,
  run: MotionRun,
): Promise<{ blob: Blob; fileName: string }> {
  const budget = motionBudget(settings);
  if (!budget.withinCap) {
    throw new RangeError(
      `This animation would need up to ${megabytes(budget.peakBytes)} for ${budget.frames} frames; the cap is ${megabytes(MOTION_MEMORY_CAP_BYTES)}. Shorten the span, lower the frame rate or the size.`,
    );
  }
  const days = frameDays(settings);
  const { width, height } = MOTION_SIZES[settings.size];
  const layout = motionFrameLayout(width, height);
  const caption = {
    title: run.title,
    credit: figureCreditLine(run.context, pactsOverSpan(run.context, run.basis, days)),
  };
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d', { willReadFrequently: settings.format === 'gif' });
  if (!ctx) throw new Error('Animation export: this browser gave no 2D canvas context');
  const graph = createOffscreenGraph(
    live,
    run.context.atlas,
    {
      basis: run.basis,
      analysis: run.analysis,
      full: run.full,
      ...(run.paintAnalysis ? { paintAnalysis: run.paintAnalysis } : {}),
    },
    layout.graph,
  );
  let sink: FrameSink | null = null;
  const started = performance.now();
  try {
    sink = await openSink(settings, canvas);
    for (const [index, day] of days.entries()) {
      if (run.signal.aborted) throw new ExportCancelled();
      await graph.showDay(day);
      ctx.fillStyle = run.background;
      ctx.fillRect(0, 0, width, height);
      if (run.underlay) {
        const view = underlayView(graph.cy, false, layout.scale, { left: 0, top: 0 });
        ctx.save();
        ctx.beginPath();
        ctx.rect(0, 0, width, height - layout.band);
        ctx.clip();
        ctx.setTransform(view.zoom, 0, 0, view.zoom, view.x, view.y);
        await run.underlay(ctx, view);
        ctx.restore();
      }
      drawMotionFrame(ctx, graph.draw(layout.scale, undefined), {
        dateText: formatDay(day),
        caption,
        background: null,
      });
      await sink.add(canvas, index);
      const elapsedMs = performance.now() - started;
      const done = index + 1;
      run.onProgress({
        done,
        total: days.length,
        elapsedMs,
        remainingMs: (elapsedMs / done) * (days.length - done),
      });
      // Let the page breathe: progress is painted and Cancel can be pressed between frames.
      await nextTask();
    }
    if (run.signal.aborted) throw new ExportCancelled();
    const blob = await sink.finish();
    sink = null;
    return { blob, fileName: motionFileName(run.context, settings, run.full) };
  } catch (error) {
    await sink?.cancel().catch(() => undefined);
    throw error;
  } finally {
    graph.destroy();
    // Release the frame canvas's memory now rather than at the next collection.
    canvas.width = 0;
    canvas.height = 0;
  }
}
