import type { MeasureText } from '../export/captionLayout';
import type { LegendItem } from './figureLegend';

/** Sizes in CSS px, multiplied by the export's scale like the caption's. */
export const LEGEND_STYLE = {
  fontSize: 12,
  rowHeight: 18,
  symbolWidth: 24,
  gap: 6,
  itemGap: 16,
  padding: 12,
  heading: 'Legend',
  textColor: '#333333',
} as const;

export interface PlacedLegendItem {
  item: LegendItem;
  /** Left of the symbol and the row's vertical middle, from the band's top left. */
  x: number;
  y: number;
}

export interface LegendLayout {
  items: PlacedLegendItem[];
  /** Height of the band, padding included; 0 when there is nothing to explain. */
  height: number;
  font: string;
}

export const legendFont = (fontFamily: string) => `${LEGEND_STYLE.fontSize}px ${fontFamily}`;

/** Places legend entries left to right, wrapping into rows within the band's width (an entry wider than a row gets its own). */
export function layoutLegend(
  items: readonly LegendItem[],
  width: number,
  fontFamily: string,
  measure: MeasureText,
): LegendLayout {
  const font = legendFont(fontFamily);
  const s = LEGEND_STYLE;
  if (items.length === 0) return { items: [], height: 0, font };
  const right = width - s.padding;
  const placed: PlacedLegendItem[] = [];
  let x = s.padding;
  let row = 0;
  for (const item of items) {
    const w = s.symbolWidth + s.gap + measure(item.label, font);
    if (x > s.padding && x + w > right) {
      row += 1;
      x = s.padding;
    }
    placed.push({ item, x, y: s.padding + row * s.rowHeight + s.rowHeight / 2 });
    x += w + s.itemGap;
  }
  return { items: placed, height: Math.ceil(2 * s.padding + (row + 1) * s.rowHeight), font };
}
