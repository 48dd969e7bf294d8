import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument, visibleText, type Inline } from './documentMarkup';

const flat = (items: readonly Inline[]): Inline[] =>
  items.flatMap((i) => (i.kind === 'emphasis' || i.kind === 'link' ? [i, ...flat(i.children)] : [i]));

describe('parseDocument', () => {
  const text =
    'Intro with *NATO Review* and <https://example.org/a>.¹ More text,”2 see https://x.org/b.\n\n' +
    '¹ Jesse Johnson, *Journal*, <https://example.org/j>.\n\n2 A plain note.';
  const parsed = parseDocument(text);

  it('reads emphasis, links, superscript and plain note markers, and moves the notes to the end', () => {
    expect(parsed.blocks).toHaveLength(1);
    const items = flat(parsed.blocks[0]?.inlines ?? []);
    expect(items.filter((i) => i.kind === 'emphasis')).toHaveLength(1);
    expect(items.flatMap((i) => (i.kind === 'link' ? [i.href] : []))).toEqual([
      'https://example.org/a',
      'https://x.org/b',
    ]);
    expect(items.flatMap((i) => (i.kind === 'footnote-ref' ? [i.n] : []))).toEqual([1, 2]);
    expect(parsed.footnotes.map((n) => [n.n, text.slice(n.start, n.end)])).toEqual([
      [1, 'Jesse Johnson, *Journal*, <https://example.org/j>.'],
      [2, 'A plain note.'],
    ]);
  });

  it('shows the text without the markup, note numbers left out', () => {
    expect(visibleText(text, parsed, 0, text.indexOf('\n'))).toBe(
      'Intro with NATO Review and https://example.org/a. More text,” see https://x.org/b.',
    );
  });

  it('keeps offsets: a highlighted slice that spans markup shows exactly its own characters', () => {
    const start = text.indexOf('with');
    const end = text.indexOf(' and');
    expect(visibleText(text, parsed, start, end)).toBe('with NATO Review');
  });

  it('does not take a number inside a number (58.3) or one without a note for a marker', () => {
    const p = parseDocument('Affairs 58.3 (2004). In 2016 there were 70 years.\n\n1 The only note.');
    expect(flat(p.blocks[0]?.inlines ?? []).some((i) => i.kind === 'footnote-ref')).toBe(false);
  });

  it('highlights every real passage exactly as its text', () => {
    const docs = JSON.parse(readFileSync('data/documents.json', 'utf8')) as { id: string; file: string }[];
    const passages = JSON.parse(readFileSync('data/passages.json', 'utf8')) as {
      documentId: string;
      start: number;
      end: number;
      text: string;
    }[];
    expect(passages.length).toBeGreaterThan(40);
    for (const doc of docs) {
      const source = readFileSync(`data/${doc.file}`, 'utf8');
      const parsedDoc = parseDocument(source);
      for (const p of passages.filter((x) => x.documentId === doc.id))
        expect(visibleText(source, parsedDoc, p.start, p.end)).toBe(p.text);
    }
  });
});
