import { DEFAULT_CAPTION_STYLE, wrapText } from '../captionLayout';

/** The band under each frame, in CSS px of a 960 px wide frame (larger frames scale it). */
const BAND = { height: 74, padding: 10, dateSize: 22, titleSize: 14, creditSize: 11 } as const;
export const MOTION_BASE_WIDTH = 960;

export interface MotionCaption {
  title: string;
  credit: string;
}

/** Where a frame puts the graph: the area above the band, in device px, and the CSS size the graph is laid out at. */
export function motionFrameLayout(width: number, height: number) {
  const scale = width / MOTION_BASE_WIDTH;
  const band = Math.round(BAND.height * scale);
  return { scale, band, graph: { width: MOTION_BASE_WIDTH, height: Math.floor((height - band) / scale) } };
}

function fitText(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo)}…`;
}

/** Composes one frame: background, the graph image above, and a band with the date in large type, the title and the credit. */
export function drawMotionFrame(
  ctx: CanvasRenderingContext2D,
  graph: CanvasImageSource,
  parts: { dateText: string; caption: MotionCaption; background: string | null },
): void {
  const { width, height } = ctx.canvas;
  const { scale, band } = motionFrameLayout(width, height);
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  if (parts.background) {
    // null: the caller has painted the background (and a map) already.
    ctx.fillStyle = parts.background;
    ctx.fillRect(0, 0, width, height);
  }
  ctx.drawImage(graph, 0, 0);
  ctx.scale(scale, scale);
  const top = (height - band) / scale;
  const w = width / scale;
  const family = DEFAULT_CAPTION_STYLE.fontFamily;
  ctx.fillStyle = DEFAULT_CAPTION_STYLE.ruleColor;
  ctx.fillRect(0, top, w, 1 / scale);
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  ctx.font = `bold ${BAND.dateSize}px ${family}`;
  ctx.fillStyle = DEFAULT_CAPTION_STYLE.titleColor;
  const dateBase = top + BAND.padding + BAND.dateSize * 0.85;
  ctx.fillText(parts.dateText, BAND.padding, dateBase);
  const dateWidth = ctx.measureText(parts.dateText).width;
  ctx.font = `${BAND.titleSize}px ${family}`;
  ctx.fillStyle = DEFAULT_CAPTION_STYLE.textColor;
  const titleX = BAND.padding * 2 + dateWidth;
  ctx.fillText(fitText(ctx, parts.caption.title, w - titleX - BAND.padding), titleX, dateBase);
  ctx.font = `${BAND.creditSize}px ${family}`;
  ctx.fillStyle = DEFAULT_CAPTION_STYLE.creditColor;
  // The credit gets two lines; past them it is cut with an ellipsis (the still export carries it whole).
  const credit = wrapText(
    parts.caption.credit,
    w - 2 * BAND.padding,
    ctx.font,
    (text) => ctx.measureText(text).width,
  );
  const lines =
    credit.length > 2
      ? [credit[0] ?? '', fitText(ctx, credit.slice(1).join(' '), w - 2 * BAND.padding)]
      : credit;
  lines.forEach((line, i) => ctx.fillText(line, BAND.padding, dateBase + BAND.creditSize * (1.9 + 1.4 * i)));
  ctx.restore();
}
