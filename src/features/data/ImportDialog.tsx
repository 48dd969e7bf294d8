import { useState } from 'react';
import { FORMAT_LABELS } from '../../io/import/types';
import type { ImportMode } from '../../io/savedImport';
import { importClosed } from '../../state/actions';
import { dispatch } from '../../state/dispatch';
import { useAppStore, useAppStoreApi } from '../../state/storeContext';
import { NameList } from '../text/NameList';
import { acceptImport } from './importFlow';

const SHOWN_ROWS = 200;

/** Asks the person to accept or reject a checked import, listing what would be skipped and why. */
export default function ImportDialog() {
  const store = useAppStoreApi();
  const pending = useAppStore((state) => state.view.pendingImport);
  const [mode, setMode] = useState<ImportMode>('alone');
  const [busy, setBusy] = useState(false);
  if (!pending) return null;
  const { result, fileNames } = pending;
  const reject = () => dispatch(store, importClosed());
  const accept = async () => {
    setBusy(true);
    await acceptImport(store, mode);
    setBusy(false);
  };
  const { pacts, events, actors } = result.dataset;
  return (
    <div className="reader-backdrop">
      <div className="import-dialog" role="dialog" aria-modal="true" aria-labelledby="import-title" onKeyDown={(e) => e.key === 'Escape' && reject()}>
        <h2 id="import-title">
          Import <NameList names={fileNames} separator=" + " />
        </h2>
        {result.fatal ? (
          <>
            <p>Nothing was imported; what is shown stays as it was.</p>
            <pre className="import-fatal" role="alert">
              {result.fatal}
            </pre>
            <div className="dialog-buttons">
              <button type="button" onClick={reject} autoFocus>
                Close
              </button>
            </div>
          </>
        ) : (
          <>
            <p>
              {result.formats.map((f) => FORMAT_LABELS[f]).join(' with ')}: {pacts.length} pacts, {actors.length} states and
              organisations, {events.length} events.
            </p>
            {result.skipped.length > 0 ? (
              <section aria-labelledby="skipped-title">
                <h3 id="skipped-title">
                  {result.skipped.length} {result.skipped.length === 1 ? 'row' : 'rows'} would be skipped
                </h3>
                <ul className="skipped-rows">
                  {result.skipped.slice(0, SHOWN_ROWS).map((row, i) => (
                    <li key={i}>{row.message}</li>
                  ))}
                </ul>
                {result.skipped.length > SHOWN_ROWS ? <p>…and {result.skipped.length - SHOWN_ROWS} more.</p> : null}
              </section>
            ) : null}
            {result.warnings.length > 0 ? (
              <ul className="import-warnings">
                {result.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            ) : null}
            <fieldset className="segmented">
              <legend>Show it</legend>
              <label>
                <input type="radio" name="import-mode" checked={mode === 'alone'} onChange={() => setMode('alone')} />
                on its own
              </label>
              <label>
                <input type="radio" name="import-mode" checked={mode === 'beside'} onChange={() => setMode('beside')} />
                beside the documents’ dataset
              </label>
            </fieldset>
            <div className="dialog-buttons">
              <button type="button" onClick={reject}>
                Reject import
              </button>
              <button type="button" className="primary" onClick={() => void accept()} disabled={busy || pacts.length === 0} autoFocus>
                {result.skipped.length > 0 ? `Accept, skipping ${result.skipped.length} ${result.skipped.length === 1 ? 'row' : 'rows'}` : 'Accept import'}
              </button>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
