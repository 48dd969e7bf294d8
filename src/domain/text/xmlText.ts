// XML 1.0 allows only #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. Anything else
// (C0 controls, lone surrogates, U+FFFE/U+FFFF) makes a whole SVG unreadable, whatever else it holds.
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with every character XML 1.0 forbids removed (C0 controls but tab and newlines, lone surrogates, U+FFFE/F). */
export function stripNonXmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe inside an XML element or a quoted attribute: forbidden characters removed, markup characters escaped. */
export function xmlText(text: string): string {
  return stripNonXmlChars(text).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Text safe for one line of a caption, a file name part or a citation: controls and line breaks become spaces. */
export function plainLine(text: string): string {
  return stripNonXmlChars(text)
    .replace(/[\t\n\r\u0085\u2028\u2029]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
