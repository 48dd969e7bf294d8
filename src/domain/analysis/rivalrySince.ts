import { toDayNumber } from '../dates';
import type { Dataset, Rivalry } from '../model';

/**
 * When an undated rivalry starts counting. The documents describe rivalries as they stood when written, so a
 * rivalry without `since` counts from the earliest publication date of the documents that cite it (the UK–Russia
 * rivalry of a 2024 brief is not drawn in 1960). When none of its documents is dated it stays undated and counts
 * at every date: nothing traceable says when it began.
 */
export function rivalriesWithDocumentedSince(
  dataset: Pick<Dataset, 'rivalries' | 'passages' | 'documents'>,
): Rivalry[] {
  const published = new Map(
    dataset.documents.flatMap((d) => (d.published ? [[d.id, d.published] as const] : [])),
  );
  const documentOf = new Map(dataset.passages.map((p) => [p.id, p.documentId]));
  const byDay = (a: string, b: string) => toDayNumber(a) - toDayNumber(b);
  return dataset.rivalries.map((rivalry) => {
    if (rivalry.since !== undefined) return rivalry;
    const dates = rivalry.passageIds.flatMap((id) => {
      const date = published.get(documentOf.get(id) ?? '');
      return date ? [date] : [];
    });
    const since = dates.sort(byDay)[0];
    return since === undefined ? rivalry : { ...rivalry, since };
  });
}
