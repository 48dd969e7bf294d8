import { useMemo, type ReactNode, type Ref } from 'react';
import { parseDocument, type Block, type Inline } from '../../domain/text/documentMarkup';

interface Highlight {
  start: number;
  end: number;
}

/**
 * A document rendered as a document: paragraphs, emphasis, links (new tab, no opener), footnote markers as
 * superscripts and the notes at the end. The passage [start, end) is highlighted exactly: every piece of text
 * inside it is wrapped in a <mark>, the first of which takes `markRef` (to scroll to it). Everything from the
 * data is rendered as React text, never as HTML.
 */
export function DocumentText({
  text,
  highlight,
  markRef,
  idPrefix,
}: {
  text: string;
  highlight: Highlight;
  markRef: Ref<HTMLElement>;
  idPrefix: string;
}) {
  const parsed = useMemo(() => parseDocument(text), [text]);
  const firstMarked = firstHighlighted([...parsed.blocks, ...parsed.footnotes], highlight);
  const piece = (start: number, end: number, key: string): ReactNode[] => {
    const s = Math.max(start, highlight.start);
    const e = Math.min(end, highlight.end);
    if (s >= e) return [text.slice(start, end)];
    const ref = s === firstMarked ? markRef : undefined;
    return [
      text.slice(start, s),
      <mark key={`${key}-m`} ref={ref} data-testid="reader-passage">
        {text.slice(s, e)}
      </mark>,
      text.slice(e, end),
    ].filter((part) => part !== '');
  };
  const render = (items: readonly Inline[], key: string): ReactNode[] =>
    items.flatMap((item, i): ReactNode[] => {
      const k = `${key}-${i}`;
      switch (item.kind) {
        case 'text':
          return piece(item.start, item.end, k);
        case 'emphasis':
          return [<em key={k}>{render(item.children, k)}</em>];
        case 'link':
          return [
            <a key={k} href={item.href} target="_blank" rel="noopener noreferrer">
              {render(item.children, k)}
            </a>,
          ];
        case 'footnote-ref':
          return [
            <sup key={k} className="footnote-ref">
              {/* A button, not a #fragment link: the URL holds the app's view and must not change. */}
              <button
                type="button"
                aria-label={`Note ${item.n}`}
                onClick={() => document.getElementById(`${idPrefix}-note-${item.n}`)?.scrollIntoView()}
              >
                {item.n}
              </button>
            </sup>,
          ];
      }
    });
  return (
    <>
      {parsed.blocks.map((block) => (
        <p key={block.start}>{render(block.inlines, `b${block.start}`)}</p>
      ))}
      {parsed.footnotes.length ? (
        <section className="reader-notes" aria-label="Notes">
          <h3>Notes</h3>
          <ol>
            {parsed.footnotes.map((note) => (
              <li key={note.start} value={note.n} id={`${idPrefix}-note-${note.n}`}>
                {render(note.inlines, `n${note.start}`)}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}

/** Where the first highlighted piece of text starts (the passage may begin inside markup). */
function firstHighlighted(blocks: readonly Block[], highlight: Highlight): number {
  let best = Infinity;
  const visit = (items: readonly Inline[]) => {
    for (const item of items) {
      if (item.kind === 'text') {
        if (item.end > highlight.start && item.start < highlight.end)
          best = Math.min(best, Math.max(item.start, highlight.start));
      } else if (item.kind !== 'footnote-ref') visit(item.children);
    }
  };
  for (const block of blocks) visit(block.inlines);
  return best;
}
