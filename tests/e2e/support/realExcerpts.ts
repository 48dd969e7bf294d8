import { readFile } from 'node:fs/promises';
import type { Locator } from '@playwright/test';
import { expect, ROOT, type Page } from './test';

/** The committed excerpts of the field's real files (their sources: tests/fixtures/import/real/SOURCE.md). */
export const REAL_EXCERPTS = `${ROOT}/tests/fixtures/import/real`;

export interface RealExcerptImport {
  /** Each excerpt (a file in REAL_EXCERPTS) under the name of the real file it comes from. */
  files: { name: string; excerpt: string }[];
  /** The release the import dialog must recognise ("COW 4.1"). */
  release: string;
  mode: 'on its own' | 'beside the documents’ dataset';
  /** What the test checks in the dialog before accepting. */
  review?: (dialog: Locator) => Promise<void>;
}

/** Imports excerpts through the file input as a person would, and waits until the data is shown and saved. */
export async function importRealExcerpt(page: Page, { files, release, mode, review }: RealExcerptImport) {
  const chosen = await Promise.all(
    files.map(async ({ name, excerpt }) => ({
      name,
      mimeType: 'text/csv',
      buffer: await readFile(`${REAL_EXCERPTS}/${excerpt}`),
    })),
  );
  await page.getByTestId('file-input').setInputFiles(chosen);
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('import-release')).toHaveText(release);
  await review?.(dialog);
  await dialog.getByLabel(mode).check();
  await dialog.getByRole('button', { name: /^Accept/ }).click();
  await expect(page.getByTestId('dataset-label')).toContainText(files[0]?.name ?? '');
  // Saved only after it is shown: wait for the notice that says so before a reload reads it back.
  await expect(page.getByText(/It is saved in this browser/)).toBeVisible();
}
