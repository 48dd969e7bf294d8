// Writes data/schema/<collection>.schema.json from the zod schemas and maps them in .vscode/settings.json.
// Run with `npm run schema:json` after changing src/domain/model/schema.ts, and commit the output.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { z } from 'zod';
import { jsonSchemaFiles, vscodeSchemaMappings } from '../src/io/validation/jsonSchemas';

const SETTINGS = '.vscode/settings.json';

// Other settings in the file are kept; only `json.schemas` is ours.
function readSettings(): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(SETTINGS, 'utf8');
  } catch {
    return {};
  }
  const parsed = z.record(z.string(), z.unknown()).safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${SETTINGS}: expected a JSON object`);
  return parsed.data;
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}

for (const file of jsonSchemaFiles()) write(file.path, file.text);
const settings = { ...readSettings(), 'json.schemas': vscodeSchemaMappings() };
// Formatted as Prettier would, so `npm run format` and this script agree on the file.
const prettierOptions = (await resolveConfig(SETTINGS)) ?? {};
write(SETTINGS, await format(JSON.stringify(settings), { ...prettierOptions, filepath: SETTINGS }));
