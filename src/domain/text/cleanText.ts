// Text from data, made safe to show and to write: one module for names on the canvas, in SVG, in captions and in
// messages. What each output forbids differs, so the character classes are built from shared parts:
// - a name may hold no control (tab and line breaks included), no bidi control, no lone surrogate, no U+FFFE/F;
// - XML 1.0 allows #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]: anything else makes a
//   whole SVG unreadable, whatever else it holds.

const LONE_SURROGATE = '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';

/** C0 and C1 controls (tab and line breaks included), DEL, U+FFFE/U+FFFF and lone surrogates: never meant in a name. */
const CONTROL = new RegExp(`[\\u0000-\\u001F\\u007F-\\u009F\\uFFFE\\uFFFF]|${LONE_SURROGATE}`, 'g');

/** What XML 1.0 forbids: C0 controls but tab and line breaks, U+FFFE/U+FFFF, lone surrogates. */
const NOT_XML_CHAR = new RegExp(
  `[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|${LONE_SURROGATE}`,
  'g',
);

/** Bidirectional embeddings, overrides and isolates: they reorder the text around them (`\u202Efdp.exe` reads "exe.pdf"). */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;

/** Characters that end a line, in a CSV cell or a name typed in an editor. */
const LINE_BREAK = /[\t\n\r\u0085\u2028\u2029]+/g;

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

// ---- Checking: what an import refuses, and how a message names it.

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

/** Text quoted in a message with its invisible characters spelled out (`\u202E` as `<U+202E>`), so none can reorder it. */
export function spellOutInvisible(text: string): string {
  return text
    .replace(CONTROL, (c) => `<${codePointName(c)}>`)
    .replace(BIDI_CONTROL, (c) => `<${codePointName(c)}>`);
}

// ---- Showing: names on the canvas and in SVG labels, one-line captions.

/** A name with every control and bidi control removed (line breaks and tabs become spaces): safe in XML and on a canvas. */
export function cleanName(text: string): string {
  return text.replace(LINE_BREAK, ' ').replace(CONTROL, '').replace(BIDI_CONTROL, '');
}

/**
 * A label for the canvas and the SVG export: cleaned, then wrapped in a first-strong isolate so a right-to-left
 * name never reorders what is drawn beside it (canvas text has no `<bdi>`).
 */
export function isolatedLabel(text: string): string {
  return `${FIRST_STRONG_ISOLATE}${cleanName(text)}${POP_DIRECTIONAL_ISOLATE}`;
}

/** Text for one line of a caption, a file name part or a citation: a clean name, runs of space as one, trimmed. */
export function plainLine(text: string): string {
  return cleanName(text).replace(/\s+/g, ' ').trim();
}

// ---- Writing XML: the SVG export.

/** The text with every character XML 1.0 forbids removed (C0 controls but tab and newlines, lone surrogates, U+FFFE/F). */
export function stripNonXmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe inside an XML element or a quoted attribute: forbidden characters removed, markup characters escaped. */
export function xmlText(text: string): string {
  return stripNonXmlChars(text).replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}
