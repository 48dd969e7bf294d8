import { useState } from 'react';
import { FORMAT_LABELS } from '../../io/import/types';
import type { ImportMode } from '../../domain/model/datasetSource';
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
    // Not inside the click: the button shows it is busy first, and the click returns at once.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await acceptImport(store, mode);
    setBusy(false);
  };
  const { pacts, events, actors } = result.dataset;
  // A capped report lists the first rows; the total counts them all.
  const skippedTotal = result.skippedTotal ?? result.skipped.length;
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
              {result.formats.map((f) => FORMAT_LABELS[f]).join(' with ')}
              {result.release ? <> (read as <bdi data-testid="import-release">{result.release}</bdi>)</> : null}: {pacts.length}{' '}
              pacts, {actors.length} states and organisations, {events.length} events.
            </p>
            {result.budget ? (
              <p className="import-budget" role="alert">
                Too large to draw whole: it would need {result.budget.elements.toLocaleString('en-US')} graph elements,{' '}
                {result.budget.events.toLocaleString('en-US')} events and {result.budget.pacts.toLocaleString('en-US')} pacts,
                and the page stays responsive up to {result.budget.limit.elements.toLocaleString('en-US')} elements,{' '}
                {result.budget.limit.events.toLocaleString('en-US')} events and{' '}
                {result.budget.limit.pacts.toLocaleString('en-US')} pacts. Accepting opens it filtered: the{' '}
                {result.budget.kept.toLocaleString('en-US')} earliest pacts that fit ({result.budget.dropped.toLocaleString('en-US')}{' '}
                left out). Or reject it.
              </p>
            ) : null}
            {skippedTotal > 0 ? (
              <section aria-labelledby="skipped-title">
                <h3 id="skipped-title">
                  {skippedTotal.toLocaleString('en-US')} {skippedTotal === 1 ? 'row' : 'rows'} would be skipped
                </h3>
                <ul className="skipped-rows">
                  {result.skipped.slice(0, SHOWN_ROWS).map((row, i) => (
                    <li key={i}>{row.message}</li>
                  ))}
                </ul>
                {skippedTotal > SHOWN_ROWS ? (
                  <>
                    <p>…and {(skippedTotal - SHOWN_ROWS).toLocaleString('en-US')} more, by kind:</p>
                    {result.skippedKinds?.length ? (
                      <ul className="skipped-rows">
                        {result.skippedKinds.map((kind, i) => (
                          <li key={i}>{kind.trim()}</li>
                        ))}
                      </ul>
                    ) : null}
                  </>
                ) : null}
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
                {result.budget
                  ? 'Open filtered'
                  : skippedTotal > 0
                    ? `Accept, skipping ${skippedTotal.toLocaleString('en-US')} ${skippedTotal === 1 ? 'row' : 'rows'}`
                    : 'Accept import'}
              </button>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
