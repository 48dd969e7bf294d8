import { loadFailure } from '../../shared/lazy/loadOnce';
import { setNotice } from '../../state/actions';
import type { AppStore } from '../../state/createAppStore';
import { dispatch } from '../../state/dispatch';

/**
 * Opens the files a person chose or dropped. The importer is loaded on first use; when it cannot be, a notice
 * says so and the view and data stay as they were.
 */
export function openFiles(store: AppStore, files: readonly File[]): void {
  import('./importFlow').then(
    ({ startImport }) => startImport(store, files),
    (error: unknown) => dispatch(store, setNotice(loadFailure('importer', error))),
  );
}
