// Checks data/crosswalk/alliances.json against the real COW and ATOP files (not committed; see
// tests/fixtures/import/real/SOURCE.md for where they are public):
//   npx tsx scripts/check-crosswalk.ts alliance_v4.1_by_member.csv atop5_1m.csv atop5_1a.csv
import { readFileSync } from 'node:fs';
import { crosswalkProblems, crosswalkSchema } from '../src/io/crosswalk/crosswalk';
import { checkCrosswalk, observeAtop, observeCow } from '../src/io/crosswalk/checkCrosswalk';

const [cowFile, atopMembers, atopAlliances] = process.argv.slice(2);
if (!cowFile || !atopMembers || !atopAlliances) {
  console.error(
    'usage: npx tsx scripts/check-crosswalk.ts <COW member file> <ATOP member file> <ATOP alliance file>',
  );
  process.exit(2);
}
const read = (path: string) => readFileSync(path, 'latin1');
const crosswalk = crosswalkSchema.parse(JSON.parse(readFileSync('data/crosswalk/alliances.json', 'utf8')));
const pactIds = new Set(
  (JSON.parse(readFileSync('data/pacts.json', 'utf8')) as { id: string }[]).map((p) => p.id),
);
const observed = observeAtop(
  read(atopMembers),
  read(atopAlliances),
  observeCow(readFileSync(cowFile, 'utf8')),
);
const { problems, checked } = checkCrosswalk(crosswalk, observed, { requireAll: ['cow', 'atop'], pactIds });
problems.push(...crosswalkProblems(crosswalk));
const mapped = crosswalk.alliances.filter((e) => e.pact).length;
console.log(
  `${crosswalk.alliances.length} alliances, ${checked} dataset ids checked against the files, ${mapped} mapped to documents' pacts; ${problems.length} problems`,
);
for (const p of problems) console.log(`  ${p}`);
process.exit(problems.length ? 1 : 0);
