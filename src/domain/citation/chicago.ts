import { MONTH_NAMES } from '../dates';
import type { Pact, Passage, SourceDocument } from '../model';

/** The surname of a document's i-th author: given explicitly where the last word of the name is not it. */
function surnameOf(doc: SourceDocument, i: number): string {
  const given = doc.authorSurnames?.[i];
  if (given) return given;
  const name = doc.authors[i] ?? '';
  return name.trim().split(/\s+/).at(-1) ?? name;
}

/** "Pempel, T.J." for the first author (inverted, as a reference list sorts), "Oliver Meier" for the rest. */
function authorName(doc: SourceDocument, i: number): string {
  const full = (doc.authors[i] ?? '').trim();
  if (i > 0) return full;
  const surname = surnameOf(doc, i);
  const given = full.endsWith(surname) ? full.slice(0, full.length - surname.length).trim() : '';
  return given ? `${surname}, ${given}` : surname;
}

function listAuthors(doc: SourceDocument): string {
  const names = doc.authors.map((_, i) => authorName(doc, i));
  if (names.length <= 1) return names[0] ?? '';
  if (names.length === 2) return `${names[0]}, and ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`;
}

function yearOf(doc: SourceDocument): string {
  return doc.published ? doc.published.slice(0, 4) : 'n.d.';
}

/** "December 30, 2024" or "March 2016": the date in full where it is more precise than the year. */
function fullDate(iso: string): string | null {
  const [year, month, day] = iso.split('-');
  if (!month) return null;
  const name = MONTH_NAMES[Number(month) - 1] ?? month;
  return day ? `${name} ${Number(day)}, ${year}` : `${name} ${year}`;
}

const withPeriod = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

/**
 * The reference-list entry in Chicago author-date style: authors (first inverted), year, title in quotation
 * marks, publisher, the full date where known, and the URL where the document has one.
 */
export function referenceEntry(doc: SourceDocument): string {
  const title = `“${withPeriod(doc.title)}”`;
  const year = withPeriod(yearOf(doc));
  const date = doc.published ? fullDate(doc.published) : null;
  const tail = [doc.publisher, date].filter(Boolean).join(', ');
  // Without an author, Chicago puts the title first.
  const head = doc.authors.length ? [withPeriod(listAuthors(doc)), year, title] : [title, year];
  return [...head, tail ? withPeriod(tail) : null, doc.url ?? null].filter(Boolean).join(' ');
}

/** The in-text citation: (Afridi 2024), (Pempel and Hayes 2016), (Petersson Ivre et al. n.d.). */
export function inTextCitation(doc: SourceDocument): string {
  const n = doc.authors.length;
  const names =
    n === 0
      ? `“${doc.title}”`
      : n === 1
        ? surnameOf(doc, 0)
        : n === 2
          ? `${surnameOf(doc, 0)} and ${surnameOf(doc, 1)}`
          : n === 3
            ? `${surnameOf(doc, 0)}, ${surnameOf(doc, 1)}, and ${surnameOf(doc, 2)}`
            : `${surnameOf(doc, 0)} et al.`;
  return `(${names} ${yearOf(doc)})`;
}

/** A passage as a quotation with its in-text citation, then the document's reference entry. */
export function passageCitation(passage: Passage, doc: SourceDocument): string {
  return `“${passage.text}” ${inTextCitation(doc)}\n\n${referenceEntry(doc)}`;
}

/**
 * A pact's evidence: its name, each passage cited for it as a quotation with its in-text citation, and the
 * reference list of the documents quoted (each once, in order of first quotation).
 */
export function pactCitation(
  pact: Pick<Pact, 'name'>,
  passages: readonly Passage[],
  documentById: ReadonlyMap<string, SourceDocument>,
): string {
  const quoted = passages.flatMap((p) => {
    const doc = documentById.get(p.documentId);
    return doc ? [{ passage: p, doc }] : [];
  });
  const docs = [...new Map(quoted.map(({ doc }) => [doc.id, doc])).values()];
  const quotes = quoted.map(({ passage, doc }) => `“${passage.text}” ${inTextCitation(doc)}`);
  return [pact.name, quotes.join('\n'), `References\n${docs.map(referenceEntry).join('\n')}`].join('\n\n');
}
