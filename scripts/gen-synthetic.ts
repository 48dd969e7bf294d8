// Writes a synthetic dataset as one atlas file (open it with ?dataset=<path>.json when served beside the app):
//   npm run gen:synthetic -- --states 200 --pacts 1000 --events 10000 --seed 1 --out dist/bench/medium.json
// The same options always write the same bytes. The output is validated before the command reports success.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { parseAtlasFile, serializeAtlasFile } from '../src/io/atlasFile';
import { generateDataset, type SyntheticOptions } from '../src/io/synthetic/generateDataset';

const USAGE =
  'usage: npm run gen:synthetic -- --states N --pacts N --events N [--seed N] --out FILE.json [--no-validate]';

function readOptions(argv: string[]): { options: SyntheticOptions; out: string; validate: boolean } {
  const { values } = parseArgs({
    args: argv,
    options: {
      states: { type: 'string', default: '200' },
      pacts: { type: 'string', default: '1000' },
      events: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      'no-validate': { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (!values.out) throw new Error(`--out is required\n${USAGE}`);
  const number = (name: 'states' | 'pacts' | 'events' | 'seed') => {
    const value = Number(values[name]);
    if (!Number.isInteger(value))
      throw new Error(`--${name}: expected a whole number, got "${values[name]}"`);
    return value;
  };
  const options = {
    states: number('states'),
    pacts: number('pacts'),
    events: number('events'),
    seed: number('seed'),
  };
  return { options, out: values.out, validate: !values['no-validate'] };
}

function main(): number {
  const { options, out, validate } = readOptions(process.argv.slice(2));
  const started = performance.now();
  const { dataset, documentTexts, counts } = generateDataset(options);
  const text = serializeAtlasFile(dataset, documentTexts);
  if (validate) {
    const parsed = parseAtlasFile(text, out);
    if (!parsed.ok) {
      for (const error of parsed.errors.slice(0, 20)) console.error(error);
      console.error(`${out}: the generated dataset is INVALID (${parsed.errors.length} errors): not written`);
      return 1;
    }
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const list = Object.entries(counts)
    .map(([name, n]) => `${n} ${name}`)
    .join(', ');
  console.log(
    `${out}: ${list}; ${(text.length / 1e6).toFixed(1)} MB${validate ? ', valid' : ''} (${seconds} s)`,
  );
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
