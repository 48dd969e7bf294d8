import { seededRandom } from '../seededRandom';
import louvain from 'graphology-communities-louvain';
import { anchorPact, blocsAt } from './blocs';
import { tieGraph } from './centrality';
import type { AnalysisContext } from './context';
import { compare, tiePactsAt, tiesOfPacts, type TieOptions } from './ties';

export interface CommunityOptions extends TieOptions {
  /** Seed of the random order Louvain visits nodes in (default 1): the same seed gives the same answer. */
  seed?: number;
  /** Louvain's resolution (default 1): higher gives smaller communities. */
  resolution?: number;
}

/** A Louvain community: a densely tied group inside a bloc. */
export interface Community {
  /** `community:<anchorPactId>`, plus `:<first member>` when two communities share an anchor. */
  id: string;
  anchorPactId: string;
  /** Sorted state ids. */
  members: string[];
  /** The bloc (connected component) holding it. */
  blocId: string;
}

export interface CommunityPartition {
  day: number;
  /** Largest first, then by id. */
  communities: Community[];
  /** Modularity of the partition (0 without ties). */
  modularity: number;
}

/** Louvain communities of the tie graph on `day`, edges weighted by the number of pacts tying a pair. */
export function communitiesAt(
  ctx: AnalysisContext,
  day: number,
  options: CommunityOptions = {},
): CommunityPartition {
  const tiePacts = tiePactsAt(ctx, day, options);
  const graph = tieGraph(tiesOfPacts(ctx, day, tiePacts));
  if (graph.order === 0) return { day, communities: [], modularity: 0 };
  const detailed = louvain.detailed(graph, {
    getEdgeWeight: 'weight',
    resolution: options.resolution ?? 1,
    rng: seededRandom(options.seed ?? 1),
  });
  const groups = new Map<number, string[]>();
  for (const [actorId, c] of Object.entries(detailed.communities))
    groups.set(c, [...(groups.get(c) ?? []), actorId]);
  const blocs = blocsAt(ctx, day, options).blocs;
  const activeMembers = new Map(tiePacts.map((p) => [p.pactId, p.members]));
  const anchors = new Map<string, number>();
  const drafts = [...groups.values()].map((members) => {
    members.sort(compare);
    const bloc = blocs.find((b) => b.members.includes(members[0] as string));
    const anchorPactId = anchorPact(ctx, activeMembers, bloc?.pactIds ?? [], new Set(members));
    anchors.set(anchorPactId, (anchors.get(anchorPactId) ?? 0) + 1);
    return { anchorPactId, members, blocId: bloc?.id ?? '' };
  });
  const communities = drafts.map((d) => ({
    ...d,
    id: `community:${d.anchorPactId}${(anchors.get(d.anchorPactId) ?? 0) > 1 ? `:${d.members[0]}` : ''}`,
  }));
  communities.sort((x, y) => y.members.length - x.members.length || compare(x.id, y.id));
  return { day, communities, modularity: detailed.modularity };
}
