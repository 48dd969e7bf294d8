import type { PngCaption } from './exportOptions';

/** Sizes in CSS pixels: the export multiplies them by its scale, so the caption reads the same at any scale. */
export interface CaptionStyle {
  fontFamily: string;
  titleSize: number;
  textSize: number;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  padding: number;
  titleColor: string;
  textColor: string;
  creditColor: string;
  ruleColor: string;
}

export const DEFAULT_CAPTION_STYLE: CaptionStyle = {
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  titleSize: 16,
  textSize: 13,
  lineHeight: 1.4,
  padding: 12,
  titleColor: '#1a1a1a',
  textColor: '#333333',
  // 7.5:1 on white: a credit must stay readable when printed.
  creditColor: '#555555',
  ruleColor: '#d0d0d0',
};

/** One line of caption text, placed: `y` is the baseline from the top of the band. */
export interface CaptionLine {
  text: string;
  font: string;
  color: string;
  y: number;
}

export interface CaptionLayout {
  lines: CaptionLine[];
  /** Height of the whole band, padding included; 0 when there is nothing to print. */
  height: number;
}

/** Width of a text in a CSS font, in CSS pixels (the canvas's measureText in the browser). */
export type MeasureText = (text: string, font: string) => number;

/** Greedy word wrap; a word longer than the width gets a line of its own rather than being cut. */
export function wrapText(text: string, maxWidth: number, font: string, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, font) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The caption's paragraphs in print order: title, "date · basis", credit; empty ones left out. */
export function captionParagraphs(
  caption: PngCaption,
): { text: string; kind: 'title' | 'text' | 'credit' }[] {
  const meta = [caption.dateText, caption.basisText].map((s) => s.trim()).filter(Boolean);
  const paragraphs = [
    { text: caption.title.trim(), kind: 'title' as const },
    { text: meta.join(' · '), kind: 'text' as const },
    { text: caption.credit.trim(), kind: 'credit' as const },
  ];
  return paragraphs.filter((p) => p.text !== '');
}

/** Places the caption's lines in a band `width` CSS pixels wide, wrapping long ones. */
export function layoutCaption(
  caption: PngCaption,
  width: number,
  measure: MeasureText,
  style: CaptionStyle = DEFAULT_CAPTION_STYLE,
): CaptionLayout {
  const textWidth = Math.max(1, width - 2 * style.padding);
  const lines: CaptionLine[] = [];
  let y = style.padding;
  for (const { text, kind } of captionParagraphs(caption)) {
    const size = kind === 'title' ? style.titleSize : style.textSize;
    const font = `${kind === 'title' ? 'bold ' : ''}${size}px ${style.fontFamily}`;
    const color =
      kind === 'title' ? style.titleColor : kind === 'credit' ? style.creditColor : style.textColor;
    const step = size * style.lineHeight;
    for (const part of wrapText(text, textWidth, font, measure)) {
      // Baseline sits where the font's ascent ends inside its line box (about 0.8 em for sans-serif faces).
      lines.push({ text: part, font, color, y: y + (step - size) / 2 + size * 0.8 });
      y += step;
    }
  }
  return { lines, height: lines.length === 0 ? 0 : Math.ceil(y + style.padding) };
}
