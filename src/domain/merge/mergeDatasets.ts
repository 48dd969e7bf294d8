import type { Dataset, Pact } from '../model';
import { datasetDifferences } from './datasetDifferences';

/**
 * Which imported records are the same thing as a base record under another id. Both maps go from the imported
 * id to the base id and are used only when the base has that id.
 */
export interface MergeIdentities {
  /** The same state: `cow-gfr` (COW 260, West Germany) is the documents' `frg`. */
  actors?: ReadonlyMap<string, string>;
  /** The same treaty: the imported `cow-227` is the documents' `nato` (from the crosswalk). */
  pacts?: ReadonlyMap<string, string>;
}

/**
 * Puts an imported dataset beside another: actors with the same id are one actor (the base's record wins:
 * `usa` is the United States in both), and so are those `identities` names; every other record keeps its id
 * unless the base already uses it, in which case it gets the prefix `imported-` and every reference to it follows.
 * A pact `identities` names as a base pact is that one pact: the base's record (members, events, passages) with
 * the imported dataset's rows added to its `datasetRows`; the imported copy and its events are not added.
 */
export function mergeDatasets(base: Dataset, imported: Dataset, identities: MergeIdentities = {}): Dataset {
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
  const basePacts = ids(base.pacts);
  const sameActor = (id: string) => {
    const target = identities.actors?.get(id);
    return target !== undefined && baseActors.has(target) ? target : id;
  };
  const samePact = new Map<string, string>();
  for (const [from, to] of identities.pacts ?? []) if (basePacts.has(to)) samePact.set(from, to);
  const rowsFor = new Map<string, NonNullable<Pact['datasetRows']>>();
  const basePactById = new Map(base.pacts.map((p) => [p.id, p]));
  for (const pact of imported.pacts) {
    const target = samePact.get(pact.id);
    const basePact = target === undefined ? undefined : basePactById.get(target);
    if (target === undefined || !basePact) continue;
    // The panel says where the dataset's record differs, never silently keeping the base's list.
    const differences = datasetDifferences(
      { pact: basePact, events: base.events.filter((e) => e.pactId === target) },
      {
        pact: { ...pact, members: pact.members.map((m) => ({ ...m, actorId: sameActor(m.actorId) })) },
        events: imported.events.filter((e) => e.pactId === pact.id),
      },
    );
    const rows = (pact.datasetRows ?? []).map((row) => ({ ...row, differences }));
    rowsFor.set(target, [...(rowsFor.get(target) ?? []), ...rows]);
  }
  const importedPacts = imported.pacts.filter((p) => !samePact.has(p.id));

  const newDocuments = imported.documents.map((d) => ({ ...d, id: documents.id(d.id) }));
  const newPassages = imported.passages.map((p) => ({
    ...p,
    id: passages.id(p.id),
    documentId: documents.ref(p.documentId),
  }));
  const newPacts = importedPacts.map((p) => ({
    ...p,
    id: pacts.id(p.id),
    members: p.members.map((m) => ({ ...m, actorId: sameActor(m.actorId) })),
    passageIds: p.passageIds.map(passages.ref),
  }));
  const withRows = base.pacts.map((p) => {
    const rows = rowsFor.get(p.id);
    return rows ? { ...p, datasetRows: [...(p.datasetRows ?? []), ...rows] } : p;
  });
  return {
    documents: [...base.documents, ...newDocuments],
    passages: [...base.passages, ...newPassages],
    actors: [
      ...base.actors,
      ...imported.actors.filter((a) => !baseActors.has(a.id) && sameActor(a.id) === a.id),
    ],
    pacts: [...withRows, ...newPacts],
    events: [
      ...base.events,
      ...imported.events
        .filter((e) => !samePact.has(e.pactId))
        .map((e) => ({
          ...e,
          id: events.id(e.id),
          pactId: pacts.ref(e.pactId),
          passageIds: e.passageIds.map(passages.ref),
          ...(e.actorIds ? { actorIds: e.actorIds.map(sameActor) } : {}),
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
