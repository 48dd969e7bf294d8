// Fuzzing in CI (issue 11): arbitrary and mutated inputs to the importers, the link parser and the saved-state
// loader. Each must never throw, never hang, and either accept or report an error that names where.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveDatasetPath } from '../../src/app/datasetPath';
import { serializeAtlasFile } from '../../src/io/atlasFile';
import { checkSavedImport } from '../../src/io/checkSavedImport';
import { importFiles } from '../../src/io/import/importFiles';
import { fixture } from '../../src/io/import/testFixtures';
import { parseUrlView } from '../../src/state/urlState';

/** Runs per property; the report quotes these. Seeded by fast-check per run; a failure prints its seed. */
export const FUZZ_RUNS = { csv: 300, json: 200, url: 2000, saved: 300 } as const;

// A hang detector, not a speed goal: any input that takes this long is a bug whatever the machine.
const HANG_MS = 20_000;

function timed<T>(run: () => T): T {
  const start = performance.now();
  const value = run();
  expect(performance.now() - start).toBeLessThan(HANG_MS);
  return value;
}

/** A text with a few random edits: characters inserted, deleted or replaced, including quotes, commas, line ends. */
function mutated(base: string): fc.Arbitrary<string> {
  const special = fc.constantFrom(
    '"',
    ',',
    '\n',
    '\r',
    '\r\n',
    '{',
    '}',
    '[',
    ']',
    ':',
    '\\',
    '\u0000',
    '\u202E',
    '1e999',
    '-',
    '=',
  );
  const edit = fc.tuple(fc.nat(), fc.nat(8), fc.oneof(special, fc.string({ maxLength: 6 })));
  return fc.array(edit, { minLength: 1, maxLength: 6 }).map((edits) =>
    edits.reduce((text, [at, cut, insert]) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + insert + text.slice(i + cut);
    }, base),
  );
}

/** Accepted, or refused with every problem line naming the file; skipped rows name the file and a line. */
function acceptedOrLocated(name: string, text: string): void {
  const result = timed(() => importFiles([{ name, text }]));
  if (result.fatal === null) {
    // A CSV with nothing to import is refused; an empty Alliance Atlas file is a valid (empty) dataset.
    if (name.endsWith('.csv')) expect(result.dataset.pacts.length).toBeGreaterThan(0);
    for (const row of result.skipped) {
      expect(row.message.startsWith(`${name}: line `)).toBe(true);
      expect(row.line).toBeGreaterThanOrEqual(2);
    }
    return;
  }
  expect(result.dataset.pacts).toEqual([]);
  const lines = result.fatal.split('\n').filter((line) => !line.startsWith('  ') && !line.startsWith('…and'));
  for (const line of lines)
    expect(line).toMatch(new RegExp(`^(${name.replace('.', '\\.')}: |Too large to draw|No file)`));
}

const cowText = fixture('cow_valid.csv').text;
const atopText = fixture('atop_member.csv').text;
const jsonText = (() => {
  const { dataset, documentTexts } = importFiles([fixture('cow_valid.csv')]);
  return serializeAtlasFile(dataset, documentTexts);
})();

describe(`fuzzing the CSV importers (${FUZZ_RUNS.csv} runs each)`, () => {
  it('COW: mutated files are accepted or refused with a located message, never a throw', () => {
    fc.assert(
      fc.property(mutated(cowText), (text) => acceptedOrLocated('cow.csv', text)),
      { numRuns: FUZZ_RUNS.csv },
    );
  });
  it('ATOP: mutated files likewise', () => {
    fc.assert(
      fc.property(mutated(atopText), (text) => acceptedOrLocated('atop.csv', text)),
      { numRuns: FUZZ_RUNS.csv },
    );
  });
  it('arbitrary text named .csv likewise', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => acceptedOrLocated('any.csv', text)),
      {
        numRuns: FUZZ_RUNS.csv,
      },
    );
  });
});

describe(`fuzzing the JSON importer (${FUZZ_RUNS.json} runs each)`, () => {
  it('a mutated Alliance Atlas file is accepted or refused with a located message', () => {
    fc.assert(
      fc.property(mutated(jsonText), (text) => acceptedOrLocated('data.json', text)),
      {
        numRuns: FUZZ_RUNS.json,
      },
    );
  });
  it('arbitrary JSON values in the collections are refused with a located message', () => {
    const value = fc.jsonValue({ maxDepth: 4 });
    const collections = fc.record({
      actors: fc.array(value, { maxLength: 4 }),
      pacts: fc.array(value, { maxLength: 4 }),
      events: fc.array(value, { maxLength: 4 }),
    });
    fc.assert(
      fc.property(collections, (c) =>
        acceptedOrLocated(
          'data.json',
          JSON.stringify({
            format: 'alliance-atlas-dataset',
            version: 1,
            documents: [],
            passages: [],
            rivalries: [],
            ...c,
          }),
        ),
      ),
      { numRuns: FUZZ_RUNS.json },
    );
  });
});

describe(`fuzzing the link parser (${FUZZ_RUNS.url} runs each)`, () => {
  const param = fc.oneof(
    fc.string(),
    fc.constantFrom('//evil.example/x.json', '1960-13-01', '%00', '\u202E', 'nato', '1e999'),
  );
  const key = fc.constantFrom(
    'date',
    'pact',
    'actor',
    'basis',
    'layout',
    'blocs',
    'size',
    'compare',
    'scope',
    'tab',
    'rivalries',
    'dataset',
  );
  it('parseUrlView never throws and names each problem', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(key, param), { maxLength: 6 }), (pairs) => {
        const search = `?${new URLSearchParams(pairs).toString()}`;
        const { problems } = timed(() => parseUrlView(search));
        for (const problem of problems) expect(problem.length).toBeGreaterThan(0);
      }),
      { numRuns: FUZZ_RUNS.url },
    );
  });
  it('?dataset= never resolves to another origin', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.webPath()), (path) => {
        const resolved = resolveDatasetPath(path, 'https://atlas.example/app/');
        if (resolved.ok) expect(resolved.url.origin).toBe('https://atlas.example');
      }),
      { numRuns: FUZZ_RUNS.url },
    );
  });
});

describe(`fuzzing the saved-state loader (${FUZZ_RUNS.saved} runs each)`, () => {
  const saved = JSON.parse(jsonText) as Record<string, unknown>;
  const record = {
    version: 1,
    label: 'x.csv',
    mode: 'alone',
    dataset: { ...saved },
    documentTexts: [],
    savedAt: '',
  };
  it('arbitrary records are opened or set aside with plain problems, never a throw', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4 }), (value) => {
        const checked = timed(() => checkSavedImport(value));
        if (!checked.ok) expect(checked.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: FUZZ_RUNS.saved },
    );
  });
  it('a saved import with one field of one record replaced is opened or set aside with the place named', () => {
    const collections = ['actors', 'pacts', 'events'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...collections),
        fc.nat(),
        fc.string({ maxLength: 12 }),
        fc.jsonValue({ maxDepth: 2 }),
        (collection, at, field, value) => {
          const list = [...((record.dataset[collection] as Record<string, unknown>[] | undefined) ?? [])];
          const i = at % Math.max(1, list.length);
          list[i] = { ...list[i], [field]: value };
          const checked = timed(() =>
            checkSavedImport({ ...record, dataset: { ...record.dataset, [collection]: list } }),
          );
          if (!checked.ok)
            for (const problem of checked.problems)
              expect(problem).toMatch(/^(dataset: |it could not be checked)/);
        },
      ),
      { numRuns: FUZZ_RUNS.saved },
    );
  });
});
