import { byId, issueAt, type CheckContext } from './collections';
import { show, type ValidationIssue } from './issues';

/** Every document needs its text file: passages are quoted from it and the app shows it. */
export function checkDocumentFiles(ctx: CheckContext): ValidationIssue[] {
  return ctx.parsed.documents.flatMap(({ ref, record }) =>
    ctx.documentTexts.has(record.id)
      ? []
      : [issueAt(ctx.dataDir, ref, 'file', `${ctx.dataDir}/${record.file} does not exist`)],
  );
}

/** A passage is a quotation: its text must be exactly its document's text between start and end. */
export function checkPassageText(ctx: CheckContext): ValidationIssue[] {
  const documents = byId(ctx.parsed.documents);
  return ctx.parsed.passages.flatMap(({ ref, record }) => {
    const at = (path: string, message: string) => [issueAt(ctx.dataDir, ref, path, message)];
    const { start, end, text } = record;
    if (start >= end) return at('end', `${end} must be greater than start (${start})`);
    const document = documents.get(record.documentId);
    const full = ctx.documentTexts.get(record.documentId);
    // An unknown document or a missing file is reported on its own; there is nothing to compare with.
    if (!document || full === undefined) return [];
    const file = `${ctx.dataDir}/${document.record.file}`;
    if (end > full.length) return at('end', `${end} is past the end of ${file} (${full.length} characters)`);
    const slice = full.slice(start, end);
    return slice === text ? [] : at('text', describeMismatch(text, slice, `${file} slice(${start}, ${end})`));
  });
}

function describeMismatch(text: string, slice: string, source: string): string {
  let i = 0;
  while (i < text.length && text[i] === slice[i]) i++;
  const window = (s: string) => show(s.slice(Math.max(0, i - 10), i + 30));
  return `does not match ${source}: differs at character ${i}, text has ${window(text)} but the document has ${window(slice)}`;
}
