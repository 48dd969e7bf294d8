import { yearOfDay, toDayNumber } from '../dates';
import type { Dataset, SourceDocument } from '../model';
import { plainLine } from '../text/cleanText';

/** The field's datasets, cited as their authors ask. */
export const DATASET_CITATIONS = {
  cow: 'Correlates of War Formal Alliances v4.1: Gibler, Douglas M. 2009. International Military Alliances, 1648–2008. CQ Press',
  atop: 'ATOP 5.1: Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell and Andrew G. Long. 2002. “Alliance Treaty Obligations and Provisions, 1815–1944.” International Interactions 28: 237–60',
} as const;

/** What a figure credits: the documents and datasets its pacts come from, and a note on dates from the public record. */
export interface FigureCredits {
  /** One entry per document or imported file, in dataset order. */
  sources: string[];
  /** How many of the pacts shown have a date taken from the public record rather than a document (0: no note). */
  publicRecordPacts: number;
}

/** "Authors, “Title” (year)": short enough for a caption; the publisher is in the app's source panel. */
export function documentCitation(doc: SourceDocument): string {
  const authors = doc.authors.length ? doc.authors.join(', ') : (doc.publisher ?? '');
  const year = doc.published ? ` (${yearOfDay(toDayNumber(doc.published))})` : '';
  return plainLine(`${authors ? `${authors}, ` : ''}“${doc.title}”${year}`);
}

/** The citation of an imported file: COW or ATOP when the file is theirs (by its name), else the file name. */
export function importedFileCitation(file: string): string {
  const name = plainLine(file.split(/[\\/]/).at(-1) ?? file);
  if (/alliance_v4|(^|[^a-z])cow([^a-z]|$)/i.test(name)) return `${DATASET_CITATIONS.cow} (file ${name})`;
  if (/atop/i.test(name)) return `${DATASET_CITATIONS.atop} (file ${name})`;
  return `data from the file ${name}`;
}

/** One citation per dataset, naming all its files (ATOP's member and alliance files are one source). */
function importedCitations(files: string[]): string[] {
  const byDataset = new Map<string, string[]>();
  for (const file of files) {
    const name = plainLine(file.split(/[\\/]/).at(-1) ?? file);
    const key = /alliance_v4|(^|[^a-z])cow([^a-z]|$)/i.test(name)
      ? 'cow'
      : /atop/i.test(name)
        ? 'atop'
        : name;
    byDataset.set(key, [...(byDataset.get(key) ?? []), name]);
  }
  return [...byDataset].map(([key, names]) =>
    key === 'cow' || key === 'atop'
      ? `${DATASET_CITATIONS[key]} (${names.length > 1 ? 'files' : 'file'} ${names.join(', ')})`
      : importedFileCitation(key),
  );
}

/** The sources of the pacts shown: the documents their passages (or their events' passages) are drawn from, and imported files. */
export function figureCredits(dataset: Dataset, pactIds: Iterable<string>): FigureCredits {
  const shown = new Set(pactIds);
  const passageDoc = new Map(dataset.passages.map((p) => [p.id, p.documentId]));
  const documentIds = new Set<string>();
  const files = new Set<string>();
  const publicRecord = new Set<string>();
  const cite = (passageIds: readonly string[]) => {
    for (const id of passageIds) {
      const doc = passageDoc.get(id);
      if (doc) documentIds.add(doc);
    }
  };
  const imported = new Set<string>();
  for (const pact of dataset.pacts) {
    if (!shown.has(pact.id)) continue;
    cite(pact.passageIds);
    if (pact.origin) {
      files.add(pact.origin.file);
      imported.add(pact.id);
    }
  }
  for (const event of dataset.events) {
    if (!shown.has(event.pactId)) continue;
    cite(event.passageIds);
    if (event.origin) files.add(event.origin.file);
    // † is about the documents: an imported pact's dates come from its dataset, which is credited as such.
    if (event.dateSource === 'public-record' && !imported.has(event.pactId) && !event.origin)
      publicRecord.add(event.pactId);
  }
  const sources = [
    ...dataset.documents.filter((d) => documentIds.has(d.id)).map(documentCitation),
    ...importedCitations([...files]),
  ];
  return { sources: [...new Set(sources)], publicRecordPacts: publicRecord.size };
}

/** The credit line printed on a figure: "Sources: …" and, when it applies, what † means, in words. */
export function creditText(credits: FigureCredits): string {
  const parts: string[] = [];
  if (credits.sources.length) parts.push(`Sources: ${credits.sources.join('; ')}.`);
  else parts.push('Sources: none (no pact is shown).');
  if (credits.publicRecordPacts > 0) {
    const n = credits.publicRecordPacts;
    parts.push(
      `† ${n === 1 ? 'One pact shown has' : `${n} pacts shown have`} a date from the public record, not from the documents cited.`,
    );
  }
  return parts.join(' ');
}
