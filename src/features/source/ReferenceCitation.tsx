import type { Reference } from '../../domain/model';
import { REFERENCE_KIND_LABELS } from './labels';

/**
 * The public record a date comes from, named next to the date: its kind, title (a link opening in a new tab
 * where it has a URL), publisher and locator. A reference that could not be verified says so.
 */
export function ReferenceCitation({ reference }: { reference: Reference }) {
  const title = <bdi>{reference.title}</bdi>;
  return (
    <span className={`reference reference-${reference.kind}`} data-testid="event-reference">
      <span className="reference-kind">{REFERENCE_KIND_LABELS[reference.kind]}:</span>{' '}
      {reference.url ? (
        // rel="noopener noreferrer": the new tab gets no handle on this page and no referrer.
        <a href={reference.url} target="_blank" rel="noopener noreferrer">
          {title}
        </a>
      ) : (
        <cite>{title}</cite>
      )}
      {reference.publisher ? (
        <>
          , <bdi>{reference.publisher}</bdi>
        </>
      ) : null}
      {reference.locator ? (
        <>
          {' '}
          (<bdi>{reference.locator}</bdi>)
        </>
      ) : null}
      {reference.note ? (
        <span className="reference-note">
          {' '}
          <bdi>{reference.note}</bdi>
        </span>
      ) : null}
    </span>
  );
}
