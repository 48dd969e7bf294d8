import type { Core } from 'cytoscape';
import { fitCanvasScale } from './canvasLimits';
import { captionParagraphs, DEFAULT_CAPTION_STYLE, layoutCaption } from './captionLayout';
import type { CaptionLayout, MeasureText } from './captionLayout';
import { resolvePngExportOptions } from './exportOptions';
import type { PngUnderlay, UnderlayView } from '../../shared/exportUnderlay';
import type { PngExportInput, PngExportOptions } from './exportOptions';

// A whole-graph export of a handful of nodes is tiny: keep room for a caption that reads on one line or two.
const MIN_CAPTIONED_WIDTH = 360;
// The whole graph is cropped tight to its elements: give it a margin. The viewport is exported as shown.
const FULL_GRAPH_MARGIN = 16;

interface Size {
  width: number;
  height: number;
}

/** The size, in CSS pixels, of what `cy.png` will draw: the viewport, or the whole graph's bounding box. */
export function graphSize(cy: Core, full: boolean): Size {
  if (!full) return { width: cy.width(), height: cy.height() };
  if (cy.elements().empty()) return { width: 0, height: 0 };
  const box = cy.elements().boundingBox();
  // Cytoscape rounds the full graph's box up the same way.
  return { width: Math.ceil(box.w), height: Math.ceil(box.h) };
}

function context2d(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('PNG export: this browser gave no 2D canvas context');
  return ctx;
}

function canvasMeasure(): MeasureText {
  const ctx = context2d(document.createElement('canvas'));
  return (text, font) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}

async function renderGraph(
  cy: Core,
  options: PngExportOptions,
  scale: number,
  size: Size,
): Promise<ImageBitmap> {
  let blob: Blob;
  try {
    // Giving maxWidth/maxHeight next to scale stops Cytoscape from multiplying by devicePixelRatio,
    // so the image is exactly size × scale, which the guard has checked.
    blob = await cy.png({
      output: 'blob-promise',
      full: options.full,
      scale,
      // Over an underlay the graph is drawn on transparent pixels, so what lies under it shows through.
      ...(options.underlay ? {} : { bg: options.background }),
      maxWidth: Math.ceil(size.width * scale),
      maxHeight: Math.ceil(size.height * scale),
    });
  } catch (cause) {
    throw new Error('PNG export failed: the graph could not be drawn (the image may be too large)', {
      cause,
    });
  }
  if (blob.size === 0) throw new Error('PNG export failed: the graph image is empty (0 bytes)');
  const image = await createImageBitmap(blob);
  if (image.width === 0 || image.height === 0) {
    image.close();
    throw new Error('PNG export failed: the graph image is blank (0×0 px)');
  }
  return image;
}

/** Where the graph image puts model coordinates (see Cytoscape's png: the view × scale, or the whole graph's box). */
export function underlayView(
  cy: Pick<Core, 'pan' | 'zoom' | 'elements'>,
  full: boolean,
  scale: number,
  offset: { left: number; top: number },
): UnderlayView {
  if (full) {
    const box = cy.elements().boundingBox();
    return {
      zoom: scale,
      x: offset.left - box.x1 * scale,
      y: offset.top - box.y1 * scale,
      pixelRatio: scale,
    };
  }
  const pan = cy.pan();
  const zoom = cy.zoom();
  return {
    zoom: zoom * scale,
    x: offset.left + pan.x * scale,
    y: offset.top + pan.y * scale,
    pixelRatio: scale,
  };
}

async function drawUnderlay(
  ctx: CanvasRenderingContext2D,
  underlay: PngUnderlay,
  view: UnderlayView,
  area: { width: number; height: number },
): Promise<void> {
  ctx.save();
  try {
    ctx.beginPath();
    ctx.rect(0, 0, area.width, area.height);
    ctx.clip();
    ctx.setTransform(view.zoom, 0, 0, view.zoom, view.x, view.y);
    await underlay(ctx, view);
  } finally {
    ctx.restore();
  }
}

function drawCaption(
  ctx: CanvasRenderingContext2D,
  caption: CaptionLayout,
  top: number,
  width: number,
): void {
  ctx.fillStyle = DEFAULT_CAPTION_STYLE.ruleColor;
  ctx.fillRect(0, top, width, 1);
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  for (const line of caption.lines) {
    ctx.font = line.font;
    ctx.fillStyle = line.color;
    // fillText, never HTML: the caption is part of the pixels and carries no markup from the data.
    ctx.fillText(line.text, DEFAULT_CAPTION_STYLE.padding, top + line.y);
  }
}

function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      // Past the browser's canvas limits toBlob gives null (toDataURL would give "data:,").
      if (blob && blob.size > 0) resolve(blob);
      else
        reject(
          new Error(
            `PNG export failed: the browser produced an empty ${canvas.width}×${canvas.height} image`,
          ),
        );
    }, 'image/png');
  });
}

/** Draws the graph (viewport or whole) with a caption band under it and encodes it as a PNG. */
export async function toPngBlob(cy: Core, input: PngExportInput = {}): Promise<Blob> {
  const options = resolvePngExportOptions(input);
  const graph = graphSize(cy, options.full);
  if (!(graph.width > 0 && graph.height > 0)) {
    throw new Error(
      `Nothing to export: the graph area is ${graph.width}×${graph.height} px (is it empty or hidden?)`,
    );
  }
  const margin = options.full ? FULL_GRAPH_MARGIN : 0;
  const framed = { width: graph.width + 2 * margin, height: graph.height + 2 * margin };
  const hasCaption = captionParagraphs(options.caption).length > 0;
  const width = hasCaption ? Math.max(framed.width, MIN_CAPTIONED_WIDTH) : framed.width;
  const caption = hasCaption
    ? layoutCaption(options.caption, width, canvasMeasure())
    : { lines: [], height: 0 };
  const limits = { maxSide: options.maxSide, maxPixels: options.maxPixels };
  const fit = fitCanvasScale(width, framed.height + caption.height, options.scale, limits);

  const image = await renderGraph(cy, options, fit.scale, graph);
  const canvas = document.createElement('canvas');
  canvas.width = fit.width;
  canvas.height = fit.height;
  const ctx = context2d(canvas);
  ctx.fillStyle = options.background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  // Device pixels, one to one with Cytoscape's image: no resampling blur.
  const offset = {
    left: Math.round(((width - graph.width) / 2) * fit.scale),
    top: Math.round(margin * fit.scale),
  };
  try {
    if (options.underlay) {
      const view = underlayView(cy, options.full, fit.scale, offset);
      const area = { width: canvas.width, height: Math.round(framed.height * fit.scale) };
      await drawUnderlay(ctx, options.underlay, view, area);
    }
    ctx.drawImage(image, offset.left, offset.top);
  } finally {
    image.close();
  }
  ctx.scale(fit.scale, fit.scale);
  if (hasCaption) drawCaption(ctx, caption, framed.height, width);
  return canvasToBlob(canvas);
}
