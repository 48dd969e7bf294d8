import type { Atlas } from '../../domain/atlas/buildAtlas';
import { DATASET_CITATIONS } from '../../domain/citation/datasets';
import type { PactEvent } from '../../domain/model';
import { ASPECT_LABELS } from './labels';
import { ReferenceCitation } from './ReferenceCitation';

/**
 * What an event's date rests on: the passages that bear on this event (with what they bear on), the public
 * record it comes from, or for an imported row the file, row and dataset citation. Never a passage that only
 * names the pact.
 */
export function EventEvidence({ atlas, event }: { atlas: Atlas; event: PactEvent }) {
  const passages = event.passageIds.flatMap((id) => {
    const passage = atlas.passageById.get(id);
    const bearing = passage?.bearsOn?.find((b) => b.on === 'event' && b.id === event.id);
    return passage && bearing ? [{ passage, bearing }] : [];
  });
  const dataset = event.origin?.dataset ? DATASET_CITATIONS[event.origin.dataset] : undefined;
  return (
    <span className="event-evidence">
      <span className={`date-source date-source-${event.dateSource}`}>
        {event.dateSource === 'document' ? 'date stated in the document' : 'date from the public record'}
      </span>
      {event.reference ? <ReferenceCitation reference={event.reference} /> : null}
      {passages.map(({ passage, bearing }) => (
        <span key={passage.id} className="event-passage" data-testid="event-passage">
          Passage ({bearing.aspects.map((a) => ASPECT_LABELS[a]).join(', ')}): <q>{passage.text}</q>
        </span>
      ))}
      {event.origin ? (
        <span className="event-note">
          From <bdi>{event.origin.file}</bdi>, row {event.origin.row}
          {dataset ? (
            <>
              {' '}
              of {dataset.name}; cite as <bdi>{dataset.citation}</bdi>
            </>
          ) : null}
        </span>
      ) : null}
    </span>
  );
}
