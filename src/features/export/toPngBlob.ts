import type { Core } from 'cytoscape';
import { fitCanvasScale } from './canvasLimits';
import { captionParagraphs, DEFAULT_CAPTION_STYLE, layoutCaption } from './captionLayout';
import type { CaptionLayout, MeasureText } from './captionLayout';
import { drawLegend } from '../legend/drawLegend';
import { layoutLegend, type LegendLayout } from '../legend/legendLayout';
import { resolvePngExportOptions } from './exportOptions';
import { labelsForZoom } from '../../shared/exportLabels';
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

export function canvasMeasure(): MeasureText {
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

export function drawCaption(
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

/** Where the parts of a figure go, in CSS px: the graph (shrunk by `graphFit`), then the legend, then the caption. */
export interface FigureFrame {
  width: number;
  height: number;
  margin: number;
  graphFit: number;
  graphArea: Size;
  caption: CaptionLayout;
  legend: LegendLayout;
}

/** Lays out a figure around a graph of `graph` CSS px: no drawing, so a preview or a frame loop can size things first. */
export function figureFrame(graph: Size, options: PngExportOptions, measure: MeasureText): FigureFrame {
  const margin = options.full ? FULL_GRAPH_MARGIN : 0;
  const framed = { width: graph.width + 2 * margin, height: graph.height + 2 * margin };
  const hasCaption = captionParagraphs(options.caption).length > 0;
  const hasLegend = (options.legend?.length ?? 0) > 0;
  const natural = hasCaption || hasLegend ? Math.max(framed.width, MIN_CAPTIONED_WIDTH) : framed.width;
  const width = options.layoutWidth ?? natural;
  const caption = hasCaption ? layoutCaption(options.caption, width, measure) : { lines: [], height: 0 };
  const legend = hasLegend
    ? layoutLegend(options.legend ?? [], width, DEFAULT_CAPTION_STYLE.fontFamily, measure)
    : { items: [], height: 0, font: '' };
  const bands = caption.height + legend.height;
  const areaHeight = options.layoutHeight === undefined ? Infinity : options.layoutHeight - bands;
  if (areaHeight <= 0) {
    throw new RangeError(
      `PNG export: the legend and caption take ${bands} px of a ${options.layoutHeight ?? 0} px tall figure, leaving no room for the graph`,
    );
  }
  // At its natural width the graph is drawn as shown; a set width or height (a preset) shrinks or enlarges it to fit.
  const graphFit =
    options.layoutWidth === undefined && options.layoutHeight === undefined
      ? 1
      : Math.min(width / framed.width, areaHeight / framed.height);
  const graphArea = {
    width,
    height: options.layoutHeight === undefined ? Math.ceil(framed.height * graphFit) : areaHeight,
  };
  return { width, height: graphArea.height + bands, margin, graphFit, graphArea, caption, legend };
}

/** Draws the graph (viewport or whole) with a legend and a caption band under it and encodes it as a PNG. */
export async function toPngBlob(cy: Core, input: PngExportInput = {}): Promise<Blob> {
  const canvas = await drawFigure(cy, input);
  return canvasToBlob(canvas);
}

/**
 * The graph's size and the figure around it. For the whole graph the labels are first laid out for the scale the
 * figure shows it at (model units as CSS px, times the preset's fit): sized for the screen's zoom they would be
 * as many times too large as the screen is zoomed out (ATOP's whole graph at 0.2: labels five times the nodes').
 * Call `restore` once the graph is drawn. Throws when there is nothing to draw (an empty or hidden graph area).
 */
export function frameGraph(
  cy: Core,
  options: PngExportOptions,
): { graph: Size; frame: FigureFrame; restore: () => void } {
  if (!options.full) {
    const graph = graphSize(cy, false);
    if (!hasArea(graph)) throw nothingToExport(graph);
    return { graph, frame: figureFrame(graph, options, canvasMeasure()), restore: () => undefined };
  }
  let restore = labelsForZoom(cy, 1);
  let graph = graphSize(cy, true);
  let frame = hasArea(graph) ? figureFrame(graph, options, canvasMeasure()) : null;
  if (frame && Math.abs(frame.graphFit - 1) > 0.05) {
    restore();
    restore = labelsForZoom(cy, frame.graphFit);
    graph = graphSize(cy, true);
    frame = figureFrame(graph, options, canvasMeasure());
  }
  if (!frame) {
    restore();
    throw nothingToExport(graph);
  }
  return { graph, frame, restore };
}

// Written so that NaN (a container not laid out) has no area either.
const hasArea = (size: Size) => size.width > 0 && size.height > 0;

const nothingToExport = (graph: Size) =>
  new Error(
    `Nothing to export: the graph area is ${graph.width}×${graph.height} px (is it empty or hidden?)`,
  );

/** Draws the figure on a new canvas (what toPngBlob encodes). */
export async function drawFigure(cy: Core, input: PngExportInput = {}): Promise<HTMLCanvasElement> {
  const options = resolvePngExportOptions(input);
  const { graph, frame, restore } = frameGraph(cy, options);
  const limits = { maxSide: options.maxSide, maxPixels: options.maxPixels };
  const fit = fitCanvasScale(frame.width, frame.height, options.scale, limits);
  const graphScale = fit.scale * frame.graphFit;
  // Device pixels, one to one with Cytoscape's image: no resampling blur.
  const drawn = { width: graph.width * frame.graphFit, height: graph.height * frame.graphFit };
  const offset = {
    left: Math.round(((frame.width - drawn.width) / 2) * fit.scale),
    top: Math.round(((frame.graphArea.height - drawn.height) / 2) * fit.scale),
  };
  let pending: Promise<ImageBitmap>;
  let view: UnderlayView | undefined;
  try {
    // Both read the graph as laid out for the figure: the underlay's box and the image (drawn before cy.png returns).
    view = options.underlay ? underlayView(cy, options.full, graphScale, offset) : undefined;
    pending = renderGraph(cy, options, graphScale, graph);
  } finally {
    restore();
  }
  const image = await pending;
  const canvas = document.createElement('canvas');
  canvas.width = fit.width;
  canvas.height = fit.height;
  const ctx = context2d(canvas);
  ctx.fillStyle = options.background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  try {
    if (options.underlay && view) {
      const area = { width: canvas.width, height: Math.round(frame.graphArea.height * fit.scale) };
      await drawUnderlay(ctx, options.underlay, view, area);
    }
    ctx.drawImage(image, offset.left, offset.top);
  } finally {
    image.close();
  }
  ctx.scale(fit.scale, fit.scale);
  drawBands(ctx, frame);
  return canvas;
}

/** The legend and the caption under the graph area (the context scaled to CSS px). */
export function drawBands(ctx: CanvasRenderingContext2D, frame: FigureFrame): void {
  if (frame.legend.height > 0) drawLegend(ctx, frame.legend, frame.graphArea.height);
  if (frame.caption.height > 0) {
    drawCaption(ctx, frame.caption, frame.graphArea.height + frame.legend.height, frame.width);
  }
}

/** The size in device px that toPngBlob would give these options, without drawing anything. */
export function figureSizeFor(cy: Core, input: PngExportInput = {}): { width: number; height: number } {
  const options = resolvePngExportOptions(input);
  const { frame, restore } = frameGraph(cy, options);
  restore();
  const fit = fitCanvasScale(frame.width, frame.height, options.scale, {
    maxSide: options.maxSide,
    maxPixels: options.maxPixels,
  });
  return { width: fit.width, height: fit.height };
}
