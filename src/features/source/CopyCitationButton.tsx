import { useState } from 'react';

type Status = 'idle' | 'copied' | 'failed';

/** Puts a citation on the clipboard and says so (or says it could not, with the text to copy by hand). */
export function CopyCitationButton({ text, label }: { text: () => string; label: string }) {
  const [status, setStatus] = useState<Status>('idle');
  const [shown, setShown] = useState('');
  const copy = async () => {
    const citation = text();
    setShown(citation);
    try {
      await navigator.clipboard.writeText(citation);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <span className="copy-citation">
      <button type="button" className="link-button" aria-label={label} onClick={() => void copy()}>
        Copy citation
      </button>
      <span role="status" className="copy-citation-status">
        {status === 'copied' ? 'Citation copied' : null}
      </span>
      {status === 'failed' ? (
        <span className="copy-citation-fallback" role="alert">
          The clipboard is not available here; select the citation to copy it:
          <textarea readOnly value={shown} rows={4} aria-label="Citation" />
        </span>
      ) : null}
    </span>
  );
}
