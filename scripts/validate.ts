// Validates the dataset: `npx tsx scripts/validate.ts [dataDir]` (default `data`). Exit 1 on any error.
import { COLLECTION_NAMES } from '../src/domain/model/schema';
import { formatIssue } from '../src/io/validation/issues';
import { validateDataDir, type LoadedData } from './loadDataFromDisk';

function countLine(loaded: LoadedData): string {
  return COLLECTION_NAMES.map((collection) => {
    const raw = loaded.input.collections[collection];
    return `${Array.isArray(raw) ? raw.length : 0} ${collection}`;
  }).join(', ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function main(dataDir: string): number {
  const { loaded, result } = validateDataDir(dataDir);
  const errors = result.ok ? [] : result.errors;
  for (const issue of errors) console.error(formatIssue(issue));
  for (const issue of result.warnings) console.error(`warning: ${formatIssue(issue)}`);
  const verdict = errors.length === 0 ? 'valid' : 'INVALID';
  console.log(
    `${dataDir}: ${verdict}: ${countLine(loaded)}; ${plural(errors.length, 'error')}, ${plural(result.warnings.length, 'warning')}`,
  );
  return errors.length === 0 ? 0 : 1;
}

process.exitCode = main(process.argv[2] ?? 'data');
