import { useState } from 'react';
// The export button keeps download.ts in the main chunk already: a lazy import here would only split nothing.
import { downloadBlob } from '../features/export/download';
import type { SetAsideNote } from './loadSavedAtlas';

const SHOWN_PROBLEMS = 5;

/**
 * Says that the dataset saved in this browser could not be opened and was set aside, why, and offers to download
 * it (to repair and import again) or discard it. The documents' dataset is shown meanwhile.
 */
export function SetAsideNotice({ note, onClose }: { note: SetAsideNote; onClose: () => void }) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  // Downloading keeps the record (and the notice); discarding is the end of it.
  const run = (task: () => Promise<void>, closeAfter: boolean) => {
    setBusy(true);
    task()
      .then(() => closeAfter && onClose())
      .catch((error: unknown) => setFailed(error instanceof Error ? error.message : String(error)))
      .finally(() => setBusy(false));
  };
  const download = async () => {
    const [{ loadSetAside }, { setAsideFileText }] = await Promise.all([
      import('../io/savedImport'),
      import('../io/checkSavedImport'),
    ]);
    const aside = await loadSetAside();
    if (!aside) throw new Error('nothing is set aside any more');
    const name = `set-aside-${note.label.replace(/[^\w.-]+/g, '_').replace(/\.(json|csv)$/i, '')}.json`;
    downloadBlob(new Blob([setAsideFileText(aside.record)], { type: 'application/json' }), name);
  };
  const discard = async () => (await import('../io/savedImport')).discardSetAside();
  const { problems } = note;
  return (
    <section className="notice set-aside" role="alert" aria-labelledby="set-aside-title">
      <div>
        <p id="set-aside-title">
          The dataset saved in this browser, “<bdi>{note.label}</bdi>”, could not be opened, so the documents’
          dataset is shown. It was set aside unchanged: download it to repair it, or discard it.
        </p>
        <details>
          <summary>
            What is wrong ({problems.length} {problems.length === 1 ? 'problem' : 'problems'})
          </summary>
          <ul>
            {problems.slice(0, SHOWN_PROBLEMS).map((problem, i) => (
              <li key={i}>
                <bdi>{problem}</bdi>
              </li>
            ))}
          </ul>
          {problems.length > SHOWN_PROBLEMS ? <p>…and {problems.length - SHOWN_PROBLEMS} more.</p> : null}
        </details>
        {failed ? <p>That did not work: {failed}</p> : null}
      </div>
      <div className="notice-buttons">
        <button type="button" disabled={busy} onClick={() => run(download, false)}>
          Download it
        </button>
        <button type="button" disabled={busy} onClick={() => run(discard, true)}>
          Discard it
        </button>
      </div>
    </section>
  );
}
