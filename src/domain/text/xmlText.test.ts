import { describe, expect, it } from 'vitest';
import { plainLine, stripNonXmlChars, xmlText } from './xmlText';

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
});
