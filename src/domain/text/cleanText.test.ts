import { describe, expect, it } from 'vitest';
import {
  cleanName,
  findUnmeantCharacter,
  isolatedLabel,
  plainLine,
  spellOutInvisible,
  stripNonXmlChars,
  xmlText,
} from './cleanText';

describe('text from data', () => {
  it.each([
    ['Treaty of \u202Efdp.exe', 10, 'U+202E'],
    ['A\u0001B', 1, 'U+0001'],
    ['A\u0000', 1, 'U+0000'],
    ['two\nlines', 3, 'U+000A'],
    ['lone \uD800 surrogate', 5, 'U+D800'],
    ['\u2066isolate', 0, 'U+2066'],
  ])('finds what a name cannot mean in %j', (text, index, codePoint) => {
    expect(findUnmeantCharacter(text)).toEqual({ index, codePoint });
  });

  it.each(['North Atlantic Treaty', 'Côte d’Ivoire', 'جامعة الدول العربية', 'אמנה', '日本', '🇺🇳 emoji'])(
    'leaves a real name alone: %s',
    (name) => {
      expect(findUnmeantCharacter(name)).toBeNull();
      expect(cleanName(name)).toBe(name);
    },
  );

  it('cleans names for XML and the canvas, and isolates canvas labels', () => {
    expect(cleanName('A\u0001\u0000B\u202E\tC\r\nD\uFFFF')).toBe('AB C D');
    expect(isolatedLabel('\u202Efdp.exe')).toBe('\u2068fdp.exe\u2069');
    expect(spellOutInvisible('of \u202Efdp')).toBe('of <U+202E>fdp');
  });
});

describe('stripNonXmlChars', () => {
  it.each([
    ['NUL and bell', 'A\u0000B\u0007C', 'ABC'],
    ['form feed and vertical tab', 'x\u000Cy\u000Bz', 'xyz'],
    ['a lone high surrogate', 'a\uD800b', 'ab'],
    ['a lone low surrogate', 'a\uDC00b', 'ab'],
    ['U+FFFE and U+FFFF', 'a\uFFFEb\uFFFF', 'ab'],
  ])('removes %s', (_case, input, output) => {
    expect(stripNonXmlChars(input)).toBe(output);
  });
  it('keeps tab, newlines, accents, right-to-left text and astral characters', () => {
    const text = 'Côte d’Ivoire\tالعراق\n𝔸 😀\r';
    expect(stripNonXmlChars(text)).toBe(text);
  });
});

describe('xmlText', () => {
  it('escapes markup and drops controls, so the result parses whatever the name held', () => {
    const name = '<b>"NATO" & \'friends\'</b>\u0001\u001F';
    expect(xmlText(name)).toBe('&lt;b&gt;&quot;NATO&quot; &amp; &apos;friends&apos;&lt;/b&gt;');
  });
});

describe('plainLine', () => {
  it('turns line breaks and runs of space into one space and trims', () => {
    expect(plainLine('  North\nAtlantic\u2028Treaty\u0000  ')).toBe('North Atlantic Treaty');
  });
  it('is a clean name on one line: no bidi override can reorder a caption, a next-line character is a space', () => {
    expect(plainLine('Treaty of \u202Efdp.exe\u0085(1990)')).toBe('Treaty of fdp.exe (1990)');
  });
});
