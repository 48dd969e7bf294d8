// Test helpers only: nothing in the app imports this file, so the fixtures never reach the bundle.
import type { Dataset } from '../../domain/model';
import { formatIssue } from '../validation/issues';
import { validateDataset } from '../validation/validateDataset';
import type { ImportFile } from './types';

const FIXTURES = import.meta.glob<string>(
  ['../../../tests/fixtures/import/*', '../../../tests/fixtures/import/real/*.csv'],
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
);

/**
 * A fixture of tests/fixtures/import as the user would choose it: its file name and its text. `real/…` names an
 * excerpt of the real COW and ATOP files (see real/SOURCE.md); the file name it is chosen under is its last part.
 */
export function fixture(name: string): ImportFile {
  const text = FIXTURES[`../../../tests/fixtures/import/${name}`];
  if (text === undefined) throw new Error(`no fixture ${name}`);
  return { name: name.split('/').at(-1) ?? name, text };
}

/** The validator's errors for a dataset with no documents, as imported data has. */
export function validationErrors(dataset: Dataset): string[] {
  const result = validateDataset({ collections: dataset, documentTexts: new Map() });
  return result.ok ? [] : result.errors.map(formatIssue);
}
