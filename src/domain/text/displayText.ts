// Text from data, made safe to show and to write: one place for names on the canvas, in SVG and in messages.

/**
 * C0 and C1 controls (tab and line breaks included), DEL, U+FFFE/U+FFFF and unpaired surrogates: not allowed in
 * XML 1.0 (an SVG export containing one is not a valid file) and never meant in a name.
 */
/* eslint-disable no-control-regex -- matching control characters is the point */
const CONTROL =
  /[\u0000-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

/** Bidirectional embeddings, overrides and isolates: they reorder the text around them (`\u202Efdp.exe` reads "exe.pdf"). */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;

const FIRST_STRATEGY_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/** The first character a name cannot mean to hold (a control or a bidi override), with its position; null when none. */
export function findUnmeantCharacter(text: string): { index: number; codePoint: string } | null {
  for (const pattern of [CONTROL, BIDI_CONTROL]) {
    pattern.lastIndex = 0;
    const match = pattern.exec(text);
    pattern.lastIndex = 0;
    if (match) return { index: match.index, codePoint: codePointName(match[0]) };
  }
  return null;
}

/** `U+202E`: how a message names an invisible character. */
export function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A name with every control and bidi control removed (line breaks and tabs become spaces): safe in XML and on a canvas. */
export function cleanName(text: string): string {
  return text
    .replace(/[\t\n\r]+/g, ' ')
    .replace(CONTROL, '')
    .replace(BIDI_CONTROL, '');
}

/**
 * A label for the canvas and the SVG export: cleaned, then wrapped in a first-strong isolate so a right-to-left
 * name never reorders what is drawn beside it (canvas text has no `<bdi>`).
 */
export function isolatedLabel(text: string): string {
  return `${FIRST_STRATEGY_ISOLATE}${cleanName(text)}${POP_DIRECTIONAL_ISOLATE}`;
}

/** Text quoted in a message with its invisible characters spelled out (`\u202E` as `<U+202E>`), so none can reorder it. */
export function spellOutInvisible(text: string): string {
  return text
    .replace(CONTROL, (c) => `<${codePointName(c)}>`)
    .replace(BIDI_CONTROL, (c) => `<${codePointName(c)}>`);
}
