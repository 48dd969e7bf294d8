import { useAppStore, useAppStoreApi } from '../../state/storeContext';

const KB = 1024;
const size = (bytes: number) => (bytes < KB * KB ? `${Math.ceil(bytes / KB).toLocaleString('en-US')} kB` : `${(bytes / (KB * KB)).toFixed(1)} MB`);

/** While files are read and checked (in a worker): how far it has got, and Cancel, which works at any moment. */
export function ImportProgressPanel() {
  const store = useAppStoreApi();
  const progress = useAppStore((state) => state.view.importProgress);
  const importing = useAppStore((state) => state.view.importing);
  if (!importing) return null;
  const label =
    progress === null
      ? 'Starting…'
      : progress.phase === 'reading'
        ? `Reading: ${size(progress.done)} of ${size(progress.total)}`
        : `Checking: ${progress.done.toLocaleString('en-US')} of ${progress.total.toLocaleString('en-US')} ${progress.unit ?? 'rows'}`;
  return (
    <div className="import-progress" role="status" aria-live="polite">
      <span id="import-progress-label">{label}</span>
      <progress
        aria-labelledby="import-progress-label"
        max={progress?.total || 1}
        value={progress ? Math.min(progress.done, progress.total) : 0}
      />
      <button type="button" onClick={() => void import('./importFlow').then(({ cancelImport }) => cancelImport(store))}>
        Cancel
      </button>
    </div>
  );
}
