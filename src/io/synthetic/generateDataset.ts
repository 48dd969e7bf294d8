import { withEvidenceMarks } from './evidenceMarks';
import type { Dataset, Passage, Rivalry, SourceDocument } from '../../domain/model';
import { dayOf } from '../../domain/dates';
import { isoOf } from './calendar';
import { createContext, type GenContext } from './context';
import { DocumentWriter } from './documentWriter';
import { planPacts } from './fit';
import { NameMaker } from './names';
import type { PactPlan } from './plans';
import { createRandom } from './random';
import { pactRecords, type PactRecords } from './records';
import { generateStates } from './world';

/** What to generate; the same options always give the same dataset. */
export interface SyntheticOptions {
  states: number;
  pacts: number;
  events: number;
  seed: number;
}

/** What was generated, for the command line to report. */
export interface SyntheticCounts {
  states: number;
  pacts: number;
  bilateral: number;
  multilateral: number;
  proposed: number;
  memberRecords: number;
  events: number;
  passages: number;
  documents: number;
  rivalries: number;
}

export interface SyntheticDataset {
  dataset: Dataset;
  documentTexts: Map<string, string>;
  counts: SyntheticCounts;
}

function checkOptions({ states, pacts, events, seed }: SyntheticOptions): void {
  const whole = (name: string, value: number, min: number) => {
    if (!Number.isInteger(value) || value < min)
      throw new Error(`${name} must be a whole number ≥ ${min}, got ${value}`);
  };
  whole('states', states, 3);
  whole('pacts', pacts, 1);
  whole('events', events, pacts);
  if (!Number.isInteger(seed)) throw new Error(`seed must be a whole number, got ${seed}`);
}

/**
 * A valid dataset shaped like the field's full datasets (ATOP: some 200 states, 1815–2018): mostly bilateral
 * pacts, a few large multilateral ones that enlarge over decades, terminations and withdrawals, dates of mixed
 * precision, and every pact and event citing a passage of a generated document.
 */
export function generateDataset(options: SyntheticOptions): SyntheticDataset {
  checkOptions(options);
  const random = createRandom(options.seed);
  const names = new NameMaker(random);
  const states = generateStates(options.states, random, names);
  const ctx = createContext(random, names, states);
  const plans = planPacts(ctx, options.pacts, options.events);
  const { documents, writers, records } = writeDocuments(ctx, plans, options.seed);
  const last = writers.at(-1) as DocumentWriter;
  const rivalries = generateRivalries(ctx, last);
  const passages = [...records.flatMap((r) => r.passages), ...rivalries.map((r) => r.passage)];
  const byId = [...records].sort((a, b) => a.pact.id.localeCompare(b.pact.id));
  const dataset: Dataset = withEvidenceMarks({
    documents,
    passages,
    actors: states.map((s) => s.actor),
    pacts: byId.map((r) => r.pact),
    events: byId.flatMap((r) => r.events),
    rivalries: rivalries.map((r) => r.rivalry),
  });
  const documentTexts = new Map(writers.map((w) => [w.documentId, w.text()]));
  return { dataset, documentTexts, counts: countsOf(dataset, plans) };
}

// Sections in chronological order, split into a few volumes so no single text gets huge.
function writeDocuments(ctx: GenContext, plans: readonly PactPlan[], seed: number) {
  const ordered = [...plans].sort((a, b) => a.start.day - b.start.day || a.id.localeCompare(b.id));
  const perVolume = Math.max(400, Math.ceil(ordered.length / 5));
  const volumes = Math.max(1, Math.ceil(ordered.length / perVolume));
  const documents: SourceDocument[] = [];
  const writers: DocumentWriter[] = [];
  const records: PactRecords[] = [];
  for (let v = 0; v < volumes; v++) {
    const id = `synthetic-chronicle-${v + 1}`;
    const writer = new DocumentWriter(id);
    const title = `A Synthetic Chronicle of Alliances, 1815–2018, volume ${v + 1} of ${volumes}`;
    writer.write(
      `${title}\n\nGenerated from seed ${seed}. Every state, treaty and date in this text is invented.\n\n`,
    );
    ordered.slice(v * perVolume, (v + 1) * perVolume).forEach((plan, i) => {
      records.push(pactRecords(ctx.random, plan, writer, v * perVolume + i + 1));
    });
    writers.push(writer);
    documents.push({
      id,
      title,
      authors: ['Alliance Atlas synthetic data generator'],
      published: '2019',
      file: `documents/${id}.txt`,
      region: 'global',
      note: `Generated (seed ${seed}); not a real source. For benchmarks and tests only.`,
    });
  }
  return { documents, writers, records };
}

function generateRivalries(
  ctx: GenContext,
  writer: DocumentWriter,
): { rivalry: Rivalry; passage: Passage }[] {
  const powers = [...ctx.states]
    .sort((a, b) => b.weight - a.weight)
    .slice(0, Math.max(4, Math.ceil(ctx.states.length / 6)));
  const wanted = Math.max(1, Math.round(ctx.states.length / 12));
  const seen = new Set<string>();
  const out: { rivalry: Rivalry; passage: Passage }[] = [];
  writer.write('Rivalries\n\n');
  for (let attempt = 0; attempt < wanted * 20 && out.length < wanted; attempt++) {
    const [a, b] = [ctx.random.pick(powers), ctx.random.pick(powers)].sort((x, y) =>
      x.actor.id.localeCompare(y.actor.id),
    );
    const id = `rivalry-${a?.actor.id}-${b?.actor.id}`;
    if (!a || !b || a === b || seen.has(id)) continue;
    seen.add(id);
    const since = isoOf(dayOf(ctx.random.int(Math.max(a.since, b.since), 2010), 1, 1), 'year');
    const passage = writer.passage(id, `${a.actor.name} and ${b.actor.name} were rivals from ${since}.`);
    writer.write('\n');
    const summary = `A synthetic rivalry between ${a.actor.name} and ${b.actor.name}.`;
    out.push({
      rivalry: { id, actorIds: [a.actor.id, b.actor.id], since, summary, passageIds: [passage.id] },
      passage,
    });
  }
  return out;
}

function countsOf(dataset: Dataset, plans: readonly PactPlan[]): SyntheticCounts {
  const shape = (s: PactPlan['shape']) => plans.filter((p) => p.shape === s).length;
  return {
    states: dataset.actors.length,
    pacts: dataset.pacts.length,
    bilateral: shape('bilateral'),
    multilateral: shape('multilateral'),
    proposed: shape('proposed'),
    memberRecords: dataset.pacts.reduce((n, p) => n + p.members.length, 0),
    events: dataset.events.length,
    passages: dataset.passages.length,
    documents: dataset.documents.length,
    rivalries: dataset.rivalries.length,
  };
}
