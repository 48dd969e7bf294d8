// Modularity of each large tie component's Louvain communities (chainSplit.ts) on the documents and real COW/ATOP:
// the figures MIN_SPLIT_MODULARITY is chosen from. npx tsx scripts/probe/blocs-modularity.ts
import { toDayNumber } from '../../src/domain/dates';
import { analysisContextOf, blocsAt, tiePactsAt } from '../../src/domain/analysis';
import { componentCommunities } from '../../src/domain/analysis/chainSplit';
import { realAtlases } from './realAtlases';
const atlases = realAtlases();
for (const [name, atlas] of atlases) {
  const ctx = analysisContextOf(atlas, 'signed');
  for (const year of ['1914', '1939', '1960', '1980', '1995', '2010', '2024']) {
    const day = toDayNumber(year);
    for (const scope of ['defence', 'all'] as const) {
      const tp = tiePactsAt(ctx, day, { scope });
      const comps = blocsAt(ctx, day, { scope }).blocs.filter((b) => b.members.length >= 8);
      const out = comps.map((b) => {
        const { groups, modularity } = componentCommunities(ctx, day, b.members, tp);
        return `${atlas.pactById.get(b.anchorPactId)?.shortName}:${b.members.length} Q=${modularity.toFixed(2)} [${groups.map((g) => g.length).join(',')}]`;
      });
      console.log(name, year, scope, out.join(' ; '));
    }
  }
}
