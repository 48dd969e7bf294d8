/**
 * Reads the light markup of a source document (a saved web page or a brief turned into text): paragraphs,
 * *emphasis*, <https://…> and bare http(s) links, and footnotes, numbered either with superscript digits (¹²)
 * or with plain digits after a word (“…uncertainties.1”), whose notes are paragraphs opening with their number.
 *
 * Every piece of text keeps its offsets in the original string, so a passage (a `start`/`end` slice of the text)
 * can still be highlighted exactly after the markup is read. Markup characters (`*`, `<`, `>`, the note numbers)
 * are not text: they have no offsets of their own in the output.
 */

export type Inline =
  | { kind: 'text'; start: number; end: number }
  | { kind: 'emphasis'; children: Inline[] }
  | { kind: 'link'; href: string; children: Inline[] }
  | { kind: 'footnote-ref'; n: number };

export interface Block {
  start: number;
  end: number;
  inlines: Inline[];
}

export interface Footnote extends Block {
  n: number;
}

export interface ParsedDocument {
  blocks: Block[];
  /** The notes, in the order they appear in the source, moved out of the running text. */
  footnotes: Footnote[];
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const fromSuperscript = (s: string) => Number([...s].map((c) => SUPERSCRIPT_DIGITS.indexOf(c)).join(''));

/** Paragraphs: runs of text between blank lines, with their offsets (leading and trailing blanks trimmed). */
function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const separator = /\n[ \t]*\n/g;
  let from = 0;
  const push = (start: number, end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (const match of text.matchAll(separator)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, text.length);
  return out;
}

const NOTE_SUPERSCRIPT = new RegExp(`^([${SUPERSCRIPT_DIGITS}]+)[ \\t]+`);
const NOTE_PLAIN = /^(\d{1,2})[ \t]+(?=\S)/;

// One pass over a paragraph finds the markup; alternatives are tried left to right at each position.
const INLINE = new RegExp(
  [
    '<(?<auto>https?://[^\\s<>]+)>',
    '(?<bare>https?://[^\\s<>]+)',
    '\\*(?<em>[^*\\n]+)\\*',
    `(?<sup>[${SUPERSCRIPT_DIGITS}]+)`,
    // A plain note number sits right after a word or its closing punctuation, never inside a number (58.3).
    '(?<=[A-Za-z)][.,;:]?[”’"]?)(?<plain>\\d{1,2})(?=\\s|$)',
  ].join('|'),
  'gu',
);

function inlines(text: string, start: number, end: number, plainNotes: ReadonlySet<number>): Inline[] {
  const out: Inline[] = [];
  const slice = text.slice(start, end);
  let at = 0;
  const textUpTo = (to: number) => {
    if (to > at) out.push({ kind: 'text', start: start + at, end: start + to });
  };
  for (const m of slice.matchAll(INLINE)) {
    const g = m.groups ?? {};
    const i = m.index;
    if (g.plain !== undefined && !plainNotes.has(Number(g.plain))) continue;
    textUpTo(i);
    if (g.auto !== undefined) {
      const s = start + i + 1;
      out.push({
        kind: 'link',
        href: g.auto,
        children: [{ kind: 'text', start: s, end: s + g.auto.length }],
      });
    } else if (g.bare !== undefined) {
      // A sentence's closing punctuation is not part of the address.
      const href = g.bare.replace(/[.,;:)]+$/, '');
      const s = start + i;
      out.push({ kind: 'link', href, children: [{ kind: 'text', start: s, end: s + href.length }] });
      at = i + href.length;
      continue;
    } else if (g.em !== undefined) {
      const s = start + i + 1;
      out.push({ kind: 'emphasis', children: [{ kind: 'text', start: s, end: s + g.em.length }] });
    } else if (g.sup !== undefined) {
      out.push({ kind: 'footnote-ref', n: fromSuperscript(g.sup) });
    } else if (g.plain !== undefined) {
      out.push({ kind: 'footnote-ref', n: Number(g.plain) });
    }
    at = i + m[0].length;
  }
  textUpTo(slice.length);
  return out;
}

/** Parses a document's text into blocks and footnotes, every text piece keeping its source offsets. */
export function parseDocument(text: string): ParsedDocument {
  const paras = paragraphs(text);
  // A paragraph opening with a plain number is a note only if it is the next note in order; only numbers
  // that have such a note are read as markers in the text.
  const plainNotes = new Set<number>();
  let notes = 0;
  const kinds = paras.map((p) => {
    const head = text.slice(p.start, Math.min(p.end, p.start + 8));
    const sup = NOTE_SUPERSCRIPT.exec(head);
    if (sup?.[1]) {
      notes++;
      return { n: fromSuperscript(sup[1]), skip: sup[0].length };
    }
    const plain = NOTE_PLAIN.exec(head);
    if (plain?.[1] && Number(plain[1]) === notes + 1) {
      notes++;
      plainNotes.add(Number(plain[1]));
      return { n: Number(plain[1]), skip: plain[0].length };
    }
    return null;
  });
  const blocks: Block[] = [];
  const footnotes: Footnote[] = [];
  paras.forEach((p, i) => {
    const note = kinds[i];
    if (note) {
      const s = p.start + note.skip;
      footnotes.push({ n: note.n, start: s, end: p.end, inlines: inlines(text, s, p.end, new Set()) });
    } else blocks.push({ start: p.start, end: p.end, inlines: inlines(text, p.start, p.end, plainNotes) });
  });
  return { blocks, footnotes };
}

/** The text a reader sees of source offsets [start, end): markup left out, note numbers left out. */
export function visibleText(text: string, parsed: ParsedDocument, start: number, end: number): string {
  const leaves = (items: readonly Inline[]): string =>
    items
      .map((item) => {
        if (item.kind === 'text') return text.slice(Math.max(item.start, start), Math.min(item.end, end));
        if (item.kind === 'footnote-ref') return '';
        return leaves(item.children);
      })
      .join('');
  return [...parsed.blocks, ...parsed.footnotes]
    .filter((b) => b.end > start && b.start < end)
    .map((b) => leaves(b.inlines))
    .join('');
}
