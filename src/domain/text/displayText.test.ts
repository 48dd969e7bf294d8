import { describe, expect, it } from 'vitest';
import { cleanName, findUnmeantCharacter, isolatedLabel, spellOutInvisible } from './displayText';

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
