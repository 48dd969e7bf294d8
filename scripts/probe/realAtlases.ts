// The atlases the probes compare: the documents' dataset, and the real COW v4.1 and ATOP 5.1 files imported as the
// app imports them (not committed: /work/realdata, sources in its SOURCES.md).
import { readFileSync } from 'node:fs';
import { buildAtlas, type Atlas } from '../../src/domain/atlas/buildAtlas';
import { importFiles } from '../../src/io/import';
import { validateDataDir } from '../loadDataFromDisk';

const REAL_DATA = '/work/realdata/';

export function realAtlases(): [string, Atlas][] {
  const atlases: [string, Atlas][] = [];
  const { loaded, result } = validateDataDir('data');
  if (result.ok) atlases.push(['documents', buildAtlas(result.dataset, loaded.input.documentTexts)]);
  for (const [name, files] of [
    ['COW', ['alliance_v4.1_by_member.csv']],
    ['ATOP', ['atop5_1m.csv', 'atop5_1a.csv']],
  ] as const) {
    const imported = importFiles(
      files.map((path) => ({ name: path, text: readFileSync(REAL_DATA + path, 'utf8') })),
    );
    if (imported.fatal) throw new Error(imported.fatal);
    atlases.push([name, buildAtlas(imported.dataset)]);
  }
  return atlases;
}
