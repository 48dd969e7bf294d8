import type { Core } from 'cytoscape';
import { stripNonXmlChars, xmlText } from '../../domain/text/cleanText';
import type { LegendSymbol } from '../legend/figureLegend';
import { LEGEND_STYLE } from '../legend/legendLayout';
import { DEFAULT_CAPTION_STYLE } from './captionLayout';
import { resolvePngExportOptions, type PngExportInput } from './exportOptions';
import { graphToSvg } from '../data/graphToSvg';
import { frameGraph, type FigureFrame } from './toPngBlob';

const n = (v: number) => String(Math.round(v * 100) / 100);

function symbolSvg(symbol: LegendSymbol, x: number, y: number): string {
  const w = LEGEND_STYLE.symbolWidth;
  if (symbol.type === 'line') {
    const dash = symbol.dash ? ` stroke-dasharray="${symbol.dash.join(' ')}"` : '';
    const halo = symbol.halo
      ? `<line x1="${n(x + 2)}" y1="${n(y)}" x2="${n(x + w - 2)}" y2="${n(y)}" stroke="${symbol.halo}" stroke-opacity="0.45" stroke-width="${n(symbol.width + 6)}"/>`
      : '';
    return `${halo}<line x1="${n(x + 2)}" y1="${n(y)}" x2="${n(x + w - 2)}" y2="${n(y)}" stroke="${symbol.colour}" stroke-width="${n(symbol.width)}" stroke-linecap="round"${dash}/>`;
  }
  const cx = x + w / 2;
  const paint = `fill="${symbol.fill}" stroke="${symbol.stroke}" stroke-width="${n(symbol.strokeWidth)}"${symbol.opacity === undefined ? '' : ` opacity="${symbol.opacity}"`}`;
  if (symbol.shape === 'ellipse') return `<circle cx="${n(cx)}" cy="${n(y)}" r="6" ${paint}/>`;
  if (symbol.shape === 'diamond')
    return `<path d="M${n(cx)} ${n(y - 6)} L${n(cx + 6)} ${n(y)} L${n(cx)} ${n(y + 6)} L${n(cx - 6)} ${n(y)} Z" ${paint}/>`;
  return `<rect x="${n(cx - 8)}" y="${n(y - 5)}" width="16" height="10" rx="3" ${paint}/>`;
}

/** The legend and caption of a frame as SVG: shapes, and every label a real <text> element. */
export function bandsSvg(frame: FigureFrame): string {
  const family = xmlText(DEFAULT_CAPTION_STYLE.fontFamily);
  const parts: string[] = [];
  const legendTop = frame.graphArea.height;
  if (frame.legend.height > 0) {
    parts.push(
      `<g class="legend" font-family="${family}" font-size="${LEGEND_STYLE.fontSize}" fill="${LEGEND_STYLE.textColor}">`,
    );
    for (const { item, x, y } of frame.legend.items) {
      parts.push(
        symbolSvg(item.symbol, x, legendTop + y),
        `<text x="${n(x + LEGEND_STYLE.symbolWidth + LEGEND_STYLE.gap)}" y="${n(legendTop + y)}" dominant-baseline="central">${xmlText(item.label)}</text>`,
      );
    }
    parts.push('</g>');
  }
  if (frame.caption.height > 0) {
    const top = legendTop + frame.legend.height;
    parts.push(`<g class="caption" font-family="${family}">`);
    parts.push(
      `<rect x="0" y="${n(top)}" width="${n(frame.width)}" height="1" fill="${DEFAULT_CAPTION_STYLE.ruleColor}"/>`,
    );
    for (const line of frame.caption.lines) {
      const bold = line.font.startsWith('bold ');
      const size = /(\d+(?:\.\d+)?)px/.exec(line.font)?.[1] ?? '13';
      parts.push(
        `<text x="${DEFAULT_CAPTION_STYLE.padding}" y="${n(top + line.y)}" font-size="${size}"${bold ? ' font-weight="bold"' : ''} fill="${line.color}">${xmlText(line.text)}</text>`,
      );
    }
    parts.push('</g>');
  }
  return parts.join('');
}

/** The figure as one SVG document: background, the graph (vector, from cytoscape-svg), legend and caption as text. */
export function figureSvg(cy: Core, input: PngExportInput = {}): string {
  const options = resolvePngExportOptions(input);
  // The whole graph with labels sized for the figure (frameGraph), put back as on screen once serialised.
  const { graph, frame, restore } = frameGraph(cy, options);
  let svg: string;
  try {
    svg = graphToSvg(cy, { full: options.full, scale: frame.graphFit });
  } finally {
    restore();
  }
  const drawn = { width: graph.width * frame.graphFit, height: graph.height * frame.graphFit };
  const x = (frame.width - drawn.width) / 2;
  const y = (frame.graphArea.height - drawn.height) / 2;
  // Labels come from data: whatever cytoscape-svg serialised, drop what XML forbids.
  const inner = stripNonXmlChars(svg).replace(/^<svg\b/, `<svg x="${n(x)}" y="${n(y)}"`);
  const title = xmlText([options.caption.title, options.caption.dateText].filter(Boolean).join(', '));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${n(frame.width)}" height="${n(frame.height)}" viewBox="0 0 ${n(frame.width)} ${n(frame.height)}">`,
    `<title>${title}</title>`,
    `<rect width="100%" height="100%" fill="${xmlText(options.background)}"/>`,
    inner,
    bandsSvg(frame),
    '</svg>',
  ].join('\n');
}
