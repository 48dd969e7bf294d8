import type { CollectionName } from '../../domain/model/schema';
import { byId, fileOf, issueAt, type CheckContext, type Entry } from './collections';
import type { ValidationIssue } from './issues';

const SINGULAR: Record<CollectionName, string> = {
  documents: 'document',
  passages: 'passage',
  actors: 'actor',
  pacts: 'pact',
  events: 'event',
  rivalries: 'rivalry',
};

interface Reference {
  from: Entry<unknown>;
  path: string;
  id: string;
  target: CollectionName;
}

/** Every id a record mentions must name a record of the right collection. */
export function checkReferences(ctx: CheckContext): ValidationIssue[] {
  const dangling = references(ctx).flatMap(({ from, path, id, target }) => {
    const known = ctx.knownIds[target];
    // A missing collection is reported once, as missing; its references cannot be checked.
    if (known === null || known.has(id)) return [];
    const message = `"${id}" is not the id of any ${SINGULAR[target]} in ${fileOf(target, ctx.dataDir)}`;
    return [issueAt(ctx.dataDir, from.ref, path, message)];
  });
  return [...dangling, ...checkEventActorsAreMembers(ctx), ...checkRivalryPairs(ctx)];
}

function references({ parsed }: CheckContext): Reference[] {
  const ref = (from: Entry<unknown>, path: string, id: string, target: CollectionName): Reference => ({
    from,
    path,
    id,
    target,
  });
  const passages = (e: Entry<{ passageIds: readonly string[] }>) =>
    e.record.passageIds.map((id, i) => ref(e, `passageIds[${i}]`, id, 'passages'));
  return [
    ...parsed.passages.map((e) => ref(e, 'documentId', e.record.documentId, 'documents')),
    ...parsed.pacts.flatMap((e) => [
      ...e.record.members.map((m, i) => ref(e, `members[${i}].actorId`, m.actorId, 'actors')),
      ...passages(e),
    ]),
    ...parsed.events.flatMap((e) => [
      ref(e, 'pactId', e.record.pactId, 'pacts'),
      ...(e.record.actorIds ?? []).map((id, i) => ref(e, `actorIds[${i}]`, id, 'actors')),
      ...passages(e),
    ]),
    ...parsed.rivalries.flatMap((e) => [
      ...e.record.actorIds.map((id, i) => ref(e, `actorIds[${i}]`, id, 'actors')),
      ...passages(e),
    ]),
  ];
}

// An event about some actors (who joined, who withdrew) can only be about members of its pact.
function checkEventActorsAreMembers(ctx: CheckContext): ValidationIssue[] {
  const pacts = byId(ctx.parsed.pacts);
  const actors = ctx.knownIds.actors;
  return ctx.parsed.events.flatMap((event) => {
    const pact = pacts.get(event.record.pactId);
    if (!pact) return [];
    const members = new Set(pact.record.members.map((m) => m.actorId));
    return (event.record.actorIds ?? []).flatMap((actorId, i) =>
      members.has(actorId) || (actors !== null && !actors.has(actorId))
        ? []
        : [
            issueAt(
              ctx.dataDir,
              event.ref,
              `actorIds[${i}]`,
              `"${actorId}" is not a member of pact "${pact.record.id}"`,
            ),
          ],
    );
  });
}

function checkRivalryPairs(ctx: CheckContext): ValidationIssue[] {
  return ctx.parsed.rivalries.flatMap(({ ref, record }) =>
    record.actorIds[0] === record.actorIds[1]
      ? [
          issueAt(
            ctx.dataDir,
            ref,
            'actorIds[1]',
            `a rivalry needs two different actors, got "${record.actorIds[1]}" twice`,
          ),
        ]
      : [],
  );
}
