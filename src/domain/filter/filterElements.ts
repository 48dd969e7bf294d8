import type { Atlas } from '../atlas/buildAtlas';
import { actorNodeId } from '../graph/buildGraphElements';
import type { Region } from '../model';
import {
  filtersNothing,
  hiddenReason,
  resolveFilter,
  type FilterChoice,
  type PactFilter,
} from './pactFilter';

/** What a filter does to the graph: which pacts pass, and which elements it hides whatever the date. */
export interface FilteredGraph {
  filter: PactFilter;
  passes: (pactId: string) => boolean;
  /** Hubs and edges of pacts that do not pass; states outside the regions shown that belong to no pact shown. */
  hiddenElementIds: ReadonlySet<string>;
}

/** The region of each actor of an atlas, for the filter's region test. */
export function regionLookup(atlas: Pick<Atlas, 'actorById'>): (actorId: string) => Region | undefined {
  return (actorId) => atlas.actorById.get(actorId)?.region;
}

/** Applies a filter choice to an atlas's elements: O(pacts + elements), once per change of the filters. */
export function filterGraph(
  atlas: Pick<Atlas, 'dataset' | 'elements' | 'actorById'>,
  choice: FilterChoice,
): FilteredGraph {
  const filter = resolveFilter(choice, atlas.dataset.pacts.length);
  if (filtersNothing(filter)) return { filter, passes: () => true, hiddenElementIds: new Set() };
  const regionOf = regionLookup(atlas);
  const passing = new Set<string>();
  const inShownPact = new Set<string>();
  for (const pact of atlas.dataset.pacts) {
    if (hiddenReason(filter, pact, regionOf)) continue;
    passing.add(pact.id);
    for (const m of pact.members) inShownPact.add(m.actorId);
  }
  const hidden = new Set<string>();
  for (const node of atlas.elements.nodes) {
    if (node.role === 'pact' && node.pactId && !passing.has(node.pactId)) hidden.add(node.id);
    const regions = filter.regions;
    if (node.role === 'actor' && node.actorId && regions && !inShownPact.has(node.actorId)) {
      const region = regionOf(node.actorId);
      if (region === undefined || !regions.has(region)) hidden.add(actorNodeId(node.actorId));
    }
  }
  for (const edge of atlas.elements.edges) if (!passing.has(edge.pactId)) hidden.add(edge.id);
  return { filter, passes: (pactId) => passing.has(pactId), hiddenElementIds: hidden };
}
