import { useEffect, useRef } from 'react';
import { formatPreciseDate } from '../../domain/dates';
import { DocumentText } from './DocumentText';
import { openReader } from '../../state/actions';
import { dispatch } from '../../state/dispatch';
import { useAppStore, useAppStoreApi } from '../../state/storeContext';
import { selectAtlas, selectReaderPassageId } from '../../state/selectors';

/**
 * The source document in full, rendered as a document (emphasis, links, notes at the end), the passage
 * highlighted exactly and scrolled into view. Text from data is rendered as text.
 */
export default function DocumentReader() {
  const store = useAppStoreApi();
  const atlas = useAppStore(selectAtlas);
  const passageId = useAppStore(selectReaderPassageId);
  const markRef = useRef<HTMLElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const passage = passageId ? atlas?.passageById.get(passageId) : undefined;
  const doc = passage ? atlas?.documentById.get(passage.documentId) : undefined;
  const text = doc ? atlas?.documentTexts.get(doc.id) : undefined;

  useEffect(() => {
    if (!passage) return;
    const opener = document.activeElement as HTMLElement | null;
    closeRef.current?.focus();
    markRef.current?.scrollIntoView?.({ block: 'center' });
    return () => opener?.focus?.();
  }, [passage]);

  if (!passage || !doc) return null;
  const close = () => dispatch(store, openReader(null));
  return (
    <div className="reader-backdrop" onClick={(e) => e.target === e.currentTarget && close()}>
      <div
        className="reader"
        role="dialog"
        aria-modal="true"
        aria-labelledby="reader-title"
        onKeyDown={(e) => e.key === 'Escape' && close()}
      >
        <header className="reader-header">
          <div>
            <h2 id="reader-title">
              <bdi>{doc.title}</bdi>
            </h2>
            <p className="muted-text">
              {[
                doc.authors.join(', '),
                doc.publisher,
                doc.published ? formatPreciseDate(doc.published) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
          </div>
          <button type="button" ref={closeRef} onClick={close} aria-label="Close document">
            ×
          </button>
        </header>
        {text === undefined ? (
          <p role="alert">
            The text of this document is not available here; the passage reads: “{passage.text}”
          </p>
        ) : (
          <div className="reader-text" tabIndex={0} aria-label="Document text">
            <DocumentText text={text} highlight={passage} markRef={markRef} idPrefix={doc.id} />
          </div>
        )}
      </div>
    </div>
  );
}
