import type { LegendSymbol } from './figureLegend';
import { LEGEND_STYLE, type LegendLayout } from './legendLayout';

function shapePath(
  ctx: CanvasRenderingContext2D,
  shape: Extract<LegendSymbol, { type: 'shape' }>['shape'],
  cx: number,
  cy: number,
): void {
  ctx.beginPath();
  if (shape === 'ellipse') ctx.arc(cx, cy, 6, 0, 2 * Math.PI);
  else if (shape === 'diamond') {
    ctx.moveTo(cx, cy - 6);
    ctx.lineTo(cx + 6, cy);
    ctx.lineTo(cx, cy + 6);
    ctx.lineTo(cx - 6, cy);
    ctx.closePath();
  } else ctx.roundRect(cx - 8, cy - 5, 16, 10, 3);
}

/** Draws one legend symbol centred on its 24 px slot. */
export function drawLegendSymbol(
  ctx: CanvasRenderingContext2D,
  symbol: LegendSymbol,
  x: number,
  y: number,
): void {
  ctx.save();
  const cx = x + LEGEND_STYLE.symbolWidth / 2;
  if (symbol.type === 'line') {
    if (symbol.halo) {
      ctx.strokeStyle = symbol.halo;
      ctx.globalAlpha = 0.45;
      ctx.lineWidth = symbol.width + 6;
      ctx.beginPath();
      ctx.moveTo(x + 2, y);
      ctx.lineTo(x + LEGEND_STYLE.symbolWidth - 2, y);
      ctx.stroke();
      ctx.globalAlpha = 1;
    }
    ctx.strokeStyle = symbol.colour;
    ctx.lineWidth = symbol.width;
    ctx.lineCap = 'round';
    ctx.setLineDash(symbol.dash ? [...symbol.dash] : []);
    ctx.beginPath();
    ctx.moveTo(x + 2, y);
    ctx.lineTo(x + LEGEND_STYLE.symbolWidth - 2, y);
    ctx.stroke();
  } else {
    ctx.globalAlpha = symbol.opacity ?? 1;
    shapePath(ctx, symbol.shape, cx, y);
    ctx.fillStyle = symbol.fill;
    ctx.fill();
    ctx.strokeStyle = symbol.stroke;
    ctx.lineWidth = symbol.strokeWidth;
    ctx.stroke();
  }
  ctx.restore();
}

/** Draws the legend band at `top` (CSS px; the context is already scaled). Labels are fillText: data never becomes markup. */
export function drawLegend(ctx: CanvasRenderingContext2D, layout: LegendLayout, top: number): void {
  ctx.save();
  ctx.font = layout.font;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.fillStyle = LEGEND_STYLE.textColor;
  for (const { item, x, y } of layout.items) {
    drawLegendSymbol(ctx, item.symbol, x, top + y);
    ctx.fillStyle = LEGEND_STYLE.textColor;
    ctx.fillText(item.label, x + LEGEND_STYLE.symbolWidth + LEGEND_STYLE.gap, top + y);
  }
  ctx.restore();
}
