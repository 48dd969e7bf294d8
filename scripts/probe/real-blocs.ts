// Probe: blocs (components vs split) on the documents and the real COW v4.1 / ATOP 5.1 at 1960, 1995, 2010.
import { toDayNumber } from '../../src/domain/dates';
import { analysisContextOf, blocsAt } from '../../src/domain/analysis';
import { realAtlases } from './realAtlases';

const atlases = realAtlases();
const nato = [
  'usa',
  'gbr',
  'fra',
  'ita',
  'nld',
  'bel',
  'nor',
  'dnk',
  'can',
  'prt',
  'lux',
  'isl',
  'grc',
  'tur',
  'frg',
  'deu',
];
const wp = ['sov', 'rus', 'pol', 'csk', 'hun', 'rom', 'rou', 'bgr', 'gdr', 'ddr', 'alb'];
for (const [name, atlas] of atlases) {
  const ctx = analysisContextOf(atlas, 'signed');
  const idOf = (x: string) => (atlas.actorById.has(x) ? x : atlas.actorById.has(`cow-${x}`) ? `cow-${x}` : x);
  for (const year of ['1960', '1995', '2010', '2024']) {
    const day = toDayNumber(year);
    for (const scope of ['defence', 'all'] as const) {
      const t = performance.now();
      const p = blocsAt(ctx, day, { scope, split: true });
      const ms = performance.now() - t;
      const c = blocsAt(ctx, day, { scope });
      const show = (bs: typeof p.blocs) =>
        bs
          .filter((b) => b.members.length > 2)
          .slice(0, 6)
          .map((b) => `${atlas.pactById.get(b.anchorPactId)?.shortName}:${b.members.length}`)
          .join(' | ');
      const blocOf = (x: string) => p.blocs.find((b) => b.members.includes(idOf(x)))?.id ?? '-';
      console.log(`${name} ${year} ${scope} (${ms.toFixed(0)} ms) split: ${show(p.blocs)}`);
      console.log(`   components: ${show(c.blocs)}`);
      console.log(
        `   usa ${blocOf('usa')} rus/sov ${blocOf(year < '1992' ? 'sov' : 'rus')} chn ${blocOf('chn')} prk ${blocOf('prk')} pol ${blocOf('pol')}`,
      );
      if (year === '1960') {
        const nb = new Set(nato.map((x) => blocOf(x)).filter((x) => x !== '-'));
        const wb = new Set(wp.map((x) => blocOf(x)).filter((x) => x !== '-'));
        console.log(`   NATO members' blocs ${[...nb]}, Warsaw's ${[...wb]}`);
      }
    }
  }
}
