import { actorNodeId, type GraphElements } from './buildGraphElements';

/** What the graph draws for one pact: its edges with the actors each stands for, and its hub (if it has one). */
export interface PactElements {
  hubId: string | null;
  edges: readonly { id: string; actorIds: readonly string[] }[];
}

/** Every pact's elements, from the dataset's graph elements (built once per dataset). */
export function pactElementsIndex(elements: GraphElements): Map<string, PactElements> {
  const index = new Map<string, { hubId: string | null; edges: { id: string; actorIds: string[] }[] }>();
  const entry = (pactId: string) => {
    let found = index.get(pactId);
    if (!found) index.set(pactId, (found = { hubId: null, edges: [] }));
    return found;
  };
  for (const node of elements.nodes)
    if (node.role === 'pact' && node.pactId) entry(node.pactId).hubId = node.id;
  for (const edge of elements.edges) entry(edge.pactId).edges.push({ id: edge.id, actorIds: edge.actorIds });
  return index;
}

/**
 * The ids to mark for a selected pact at a date: its edges whose actors are all members then, its hub, and the
 * members' nodes. `members` comes from the one membership rule; nothing here scans the whole graph.
 */
export function pactFocusIds(entry: PactElements | undefined, members: ReadonlySet<string>): string[] {
  const ids: string[] = [];
  if (!entry) return ids;
  for (const edge of entry.edges) if (edge.actorIds.every((id) => members.has(id))) ids.push(edge.id);
  if (entry.hubId) ids.push(entry.hubId);
  for (const id of members) ids.push(actorNodeId(id));
  return ids;
}
