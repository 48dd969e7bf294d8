import type { Dataset } from '../model';

/**
 * Puts an imported dataset beside another: actors with the same id are one actor (the base's record wins:
 * `usa` is the United States in both), every other record keeps its id unless the base already uses it, in
 * which case it gets the prefix `imported-` and every reference to it follows.
 */
export function mergeDatasets(base: Dataset, imported: Dataset): Dataset {
  const rename = (taken: Set<string>) => {
    const map = new Map<string, string>();
    return {
      map,
      id(id: string): string {
        if (!taken.has(id)) return id;
        let next = `imported-${id}`;
        for (let n = 2; taken.has(next); n++) next = `imported-${n}-${id}`;
        map.set(id, next);
        taken.add(next);
        return next;
      },
      ref: (id: string) => map.get(id) ?? id,
    };
  };
  const ids = <T extends { id: string }>(records: readonly T[]) => new Set(records.map((r) => r.id));
  const documents = rename(ids(base.documents));
  const passages = rename(ids(base.passages));
  const pacts = rename(ids(base.pacts));
  const events = rename(ids(base.events));
  const rivalries = rename(ids(base.rivalries));
  const baseActors = ids(base.actors);

  const newDocuments = imported.documents.map((d) => ({ ...d, id: documents.id(d.id) }));
  const newPassages = imported.passages.map((p) => ({
    ...p,
    id: passages.id(p.id),
    documentId: documents.ref(p.documentId),
  }));
  const newPacts = imported.pacts.map((p) => ({
    ...p,
    id: pacts.id(p.id),
    passageIds: p.passageIds.map(passages.ref),
  }));
  return {
    documents: [...base.documents, ...newDocuments],
    passages: [...base.passages, ...newPassages],
    actors: [...base.actors, ...imported.actors.filter((a) => !baseActors.has(a.id))],
    pacts: [...base.pacts, ...newPacts],
    events: [
      ...base.events,
      ...imported.events.map((e) => ({
        ...e,
        id: events.id(e.id),
        pactId: pacts.ref(e.pactId),
        passageIds: e.passageIds.map(passages.ref),
      })),
    ],
    rivalries: [
      ...base.rivalries,
      ...imported.rivalries.map((r) => ({
        ...r,
        id: rivalries.id(r.id),
        passageIds: r.passageIds.map(passages.ref),
      })),
    ],
  };
}

/** Document texts of two datasets side by side, following the renames mergeDatasets made. */
export function mergeDocumentTexts(
  base: Dataset,
  baseTexts: ReadonlyMap<string, string>,
  imported: Dataset,
  importedTexts: ReadonlyMap<string, string>,
  merged: Dataset,
): Map<string, string> {
  const texts = new Map(baseTexts);
  const newDocs = merged.documents.slice(base.documents.length);
  imported.documents.forEach((doc, i) => {
    const text = importedTexts.get(doc.id);
    const target = newDocs[i];
    if (text !== undefined && target) texts.set(target.id, text);
  });
  return texts;
}
