/**
 * What the page shows when the app itself failed: what happened, and a way back that cannot fail the same way
 * (the saved import, which may be the cause, is set aside before the documents' dataset is opened).
 */
export function AppCrashed({ error }: { error: Error }) {
  const backToDocuments = async () => {
    try {
      const [{ loadSavedRecord, setAsideSavedImport }, { savedLabel }] = await Promise.all([
        import('../io/savedImport'),
        import('../io/checkSavedImport'),
      ]);
      const record = await loadSavedRecord();
      if (record !== undefined)
        await setAsideSavedImport(record, savedLabel(record), [
          `the app stopped while showing it: ${error.message}`,
        ]);
    } catch {
      // No storage to clean up: opening the documents' dataset is still the way back.
    }
    window.location.assign(window.location.pathname);
  };
  return (
    <div className="app-crashed" role="alert">
      <h1>Alliance Atlas stopped</h1>
      <p>
        Something in the data shown could not be displayed, so the app stopped before it could show it
        wrongly.
      </p>
      <pre>
        <bdi>{error.message}</bdi>
      </pre>
      <p>
        Opening the documents’ dataset sets aside any dataset saved in this browser (unchanged, to download or
        discard), so the page opens normally.
      </p>
      <div className="dialog-buttons">
        <button type="button" className="primary" onClick={() => void backToDocuments()}>
          Open the documents’ dataset
        </button>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    </div>
  );
}
