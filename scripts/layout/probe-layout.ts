// Measures the keyframe layout on the documents' dataset and on real ATOP 5.1 (when /work/realdata has it):
// build time, NATO/Warsaw Pact silhouette in 1960, node overlaps, and the largest move of any node per year.
//   npx tsx scripts/layout/probe-layout.ts [atop-members.csv atop-alliances.csv]
import { readFileSync } from 'node:fs';
import { buildAtlas, type Atlas } from '../../src/domain/atlas/buildAtlas';
import { toDayNumber } from '../../src/domain/dates';
import { seedPositions } from '../../src/domain/graph/seedPositions';
import { buildKeyframeLayout, type KeyframeLayout } from '../../src/domain/layout/keyframes';
import { importFiles } from '../../src/io/import';
import { validateDataDir } from '../loadDataFromDisk';

function silhouette(a: number[][], b: number[][]): number {
  const d = (p: number[], q: number[]) => Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!);
  const mean = (p: number[], g: number[][], self: boolean) =>
    g.reduce((s, q) => s + d(p, q), 0) / Math.max(1, g.length - (self ? 1 : 0));
  const s = [
    ...a.map((p) => [mean(p, a, true), mean(p, b, false)]),
    ...b.map((p) => [mean(p, b, true), mean(p, a, false)]),
  ].map(([o, t]) => (t! - o!) / Math.max(o!, t!));
  return s.reduce((x, y) => x + y, 0) / s.length;
}

function report(name: string, atlas: Atlas, layout: KeyframeLayout, ms: number) {
  const idx = new Map(layout.ids.map((id, i) => [id, i]));
  let worst = { move: 0, id: '', year: 0 };
  for (let f = 1; f < layout.frames.length; f++) {
    const a = layout.frames[f - 1]!;
    const b = layout.frames[f]!;
    const active = new Set(
      atlas.timelines.signed.activeAt(layout.days[f]!).memberships.map((m) => `a:${m.actorId}`),
    );
    for (let i = 0; i < layout.ids.length; i++) {
      if (!active.has(layout.ids[i]!)) continue;
      const m = Math.hypot(a[2 * i]! - b[2 * i]!, a[2 * i + 1]! - b[2 * i + 1]!);
      if (m > worst.move) worst = { move: m, id: layout.ids[i]!, year: 1970 + layout.days[f]! / 365.25 };
    }
  }
  const at = (year: string) => layout.days.indexOf(toDayNumber(year));
  const frameOf = (year: string) => layout.frames[at(year)]!;
  const overlaps = (year: string) => {
    const fr = frameOf(year);
    const act = atlas.timelines.signed.activeAt(toDayNumber(year));
    const shown = new Set([
      ...atlas.elements.nodes.filter((n) => n.role === 'actor').map((n) => n.id),
      ...act.pactIds.map((p) => `p:${p}`),
    ]);
    const list = layout.ids.map((id, i) => ({ id, i })).filter((n) => shown.has(n.id));
    let count = 0;
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const p = list[x]!.i;
        const q = list[y]!.i;
        if (Math.hypot(fr[2 * p]! - fr[2 * q]!, fr[2 * p + 1]! - fr[2 * q + 1]!) < 20) count++;
      }
    return count;
  };
  const members = (pactId: string, year: string) => {
    const fr = frameOf(year);
    return atlas.timelines.signed
      .activeAt(toDayNumber(year))
      .memberships.filter((m) => m.pactId === pactId)
      .map((m) => idx.get(`a:${m.actorId}`)!)
      .map((i) => [fr[2 * i]!, fr[2 * i + 1]!]);
  };
  const out: Record<string, unknown> = {
    name,
    ms: Math.round(ms),
    frames: layout.frames.length,
    nodes: layout.ids.length,
    largestMovePerYear: worst,
  };
  if (atlas.pactById.has('nato')) {
    out.silhouette1960 = silhouette(members('nato', '1960'), members('warsaw-pact', '1960')).toFixed(3);
    const pol = idx.get('a:pol')!;
    const fr = frameOf('2024');
    const nato = members('nato', '2024');
    const cx = nato.reduce((s, p) => s + p[0]!, 0) / nato.length;
    const cy = nato.reduce((s, p) => s + p[1]!, 0) / nato.length;
    const sco = members('sco', '2024');
    const sx = sco.reduce((s, p) => s + p[0]!, 0) / sco.length;
    const sy = sco.reduce((s, p) => s + p[1]!, 0) / sco.length;
    out.poland2024 = {
      toNato: Math.round(Math.hypot(fr[2 * pol]! - cx, fr[2 * pol + 1]! - cy)),
      toSco: Math.round(Math.hypot(fr[2 * pol]! - sx, fr[2 * pol + 1]! - sy)),
    };
    out.overlaps = { 1960: overlaps('1960'), 2024: overlaps('2024') };
  } else out.overlaps = { 1995: overlaps('1995') };
  console.log(JSON.stringify(out));
}

function run(name: string, atlas: Atlas) {
  const t = performance.now();
  const layout = buildKeyframeLayout({
    elements: atlas.elements,
    pacts: atlas.dataset.pacts,
    timeline: atlas.timelines.signed,
    seeds: seedPositions(atlas.elements, atlas.dataset.actors),
    span: atlas.span,
  });
  report(name, atlas, layout, performance.now() - t);
}

const { loaded, result } = validateDataDir('data');
if (!result.ok) throw new Error('data/ invalid');
run('documents', buildAtlas(result.dataset, loaded.input.documentTexts));
const [members, alliances] = process.argv.slice(2);
if (members && alliances) {
  const file = (path: string) => ({ name: path.split('/').at(-1)!, text: readFileSync(path, 'utf8') });
  const imported = importFiles([file(members), file(alliances)]);
  if (imported.fatal) throw new Error(imported.fatal);
  run('atop', buildAtlas(imported.dataset));
}
