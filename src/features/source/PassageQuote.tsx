import { formatPreciseDate } from '../../domain/dates';
import type { Atlas } from '../../domain/atlas/buildAtlas';
import { openReader } from '../../state/actions';
import { dispatch } from '../../state/dispatch';
import { useAppStoreApi } from '../../state/storeContext';
import { passageCitation } from '../../domain/citation/chicago';
import { CopyCitationButton } from './CopyCitationButton';

/** A verbatim passage with its document's title, authors and date, and a way to read it in context. */
export function PassageQuote({
  atlas,
  passageId,
  bearing,
}: {
  atlas: Atlas;
  passageId: string;
  /** What the passage supports where it is shown ("names it, states its terms"). */
  bearing?: string;
}) {
  const store = useAppStoreApi();
  const passage = atlas.passageById.get(passageId);
  if (!passage) return null;
  const doc = atlas.documentById.get(passage.documentId);
  return (
    <figure className="passage">
      {bearing ? <p className="passage-bearing">Cited because it {bearing}.</p> : null}
      <blockquote cite={doc?.url}>{passage.text}</blockquote>
      <figcaption>
        {doc ? (
          <>
            <cite>
              <bdi>{doc.title}</bdi>
            </cite>
            {doc.authors.length ? `, ${doc.authors.join(', ')}` : ''}
            {doc.publisher ? `, ${doc.publisher}` : ''}
            {doc.published ? `, ${formatPreciseDate(doc.published)}` : ''}
          </>
        ) : (
          passage.documentId
        )}
        <button type="button" className="link-button" onClick={() => dispatch(store, openReader(passage.id))}>
          Read in context
        </button>
        {doc ? (
          <CopyCitationButton
            label={`Copy citation for the passage “${passage.text.slice(0, 40)}…”`}
            text={() => passageCitation(passage, doc)}
          />
        ) : null}
      </figcaption>
    </figure>
  );
}
