import { describe, expect, it } from 'vitest';
import { captionParagraphs, DEFAULT_CAPTION_STYLE, layoutCaption, wrapText } from './captionLayout';
import type { PngCaption } from './exportOptions';

// A monospace stand-in for measureText: every character is 10 px wide, whatever the font.
const measure = (text: string) => text.length * 10;

const CAPTION: PngCaption = {
  title: 'Alliance Atlas',
  dateText: '1 January 1960',
  basisText: 'treaties in force',
  credit: 'Data: Correlates of War',
};

describe('wrapText', () => {
  it.each([
    ['fits on one line', 'one two three', 200, ['one two three']],
    ['breaks between words', 'one two three', 80, ['one two', 'three']],
    ['gives a long word its own line', 'a verylongword b', 50, ['a', 'verylongword', 'b']],
    ['collapses spaces', '  one   two ', 200, ['one two']],
    ['gives nothing for blank text', '   ', 200, []],
  ])('%s', (_case, text, width, lines) => {
    expect(wrapText(text, width, '13px sans-serif', measure)).toEqual(lines);
  });
});

describe('captionParagraphs', () => {
  it('prints the title, then "date · basis", then the credit', () => {
    expect(captionParagraphs(CAPTION)).toEqual([
      { text: 'Alliance Atlas', kind: 'title' },
      { text: '1 January 1960 · treaties in force', kind: 'text' },
      { text: 'Data: Correlates of War', kind: 'credit' },
    ]);
  });

  it.each([
    [
      'no basis',
      { ...CAPTION, basisText: '' },
      ['Alliance Atlas', '1 January 1960', 'Data: Correlates of War'],
    ],
    [
      'no date',
      { ...CAPTION, dateText: ' ' },
      ['Alliance Atlas', 'treaties in force', 'Data: Correlates of War'],
    ],
    ['no credit', { ...CAPTION, credit: '' }, ['Alliance Atlas', '1 January 1960 · treaties in force']],
    ['nothing', { title: '', dateText: '', basisText: '', credit: '' }, []],
  ])('leaves out what is missing: %s', (_case, caption, texts) => {
    expect(captionParagraphs(caption).map((p) => p.text)).toEqual(texts);
  });
});

describe('layoutCaption', () => {
  const { padding, titleSize, textSize, lineHeight } = DEFAULT_CAPTION_STYLE;

  it('sets the title in bold and larger, the rest in the text size, one line each when they fit', () => {
    const layout = layoutCaption(CAPTION, 800, measure);
    expect(layout.lines.map((l) => l.text)).toEqual([
      'Alliance Atlas',
      '1 January 1960 · treaties in force',
      'Data: Correlates of War',
    ]);
    expect(layout.lines[0]?.font).toMatch(/^bold 16px .*sans-serif$/);
    expect(layout.lines[1]?.font).toMatch(/^13px .*sans-serif$/);
    expect(layout.lines[2]?.color).toBe(DEFAULT_CAPTION_STYLE.creditColor);
    const expected = padding * 2 + titleSize * lineHeight + 2 * textSize * lineHeight;
    expect(layout.height).toBe(Math.ceil(expected));
  });

  it('puts baselines in order, inside the band', () => {
    const { lines, height } = layoutCaption(CAPTION, 800, measure);
    const ys = lines.map((l) => l.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(ys[0]).toBeGreaterThan(padding);
    expect(ys.at(-1)).toBeLessThan(height - padding);
  });

  it('wraps within the band less its padding, making the band taller', () => {
    const narrow = layoutCaption(CAPTION, 200 + 2 * padding, measure);
    expect(narrow.lines.map((l) => l.text)).toEqual([
      'Alliance Atlas',
      '1 January 1960 ·',
      'treaties in force',
      'Data: Correlates of',
      'War',
    ]);
    expect(narrow.height).toBeGreaterThan(layoutCaption(CAPTION, 800, measure).height);
  });

  it('has no band when there is nothing to print', () => {
    expect(layoutCaption({ title: '', dateText: '', basisText: '', credit: '' }, 800, measure)).toEqual({
      lines: [],
      height: 0,
    });
  });
});
