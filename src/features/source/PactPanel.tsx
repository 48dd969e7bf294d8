import type { Atlas } from '../../domain/atlas/buildAtlas';
import { formatPreciseDate } from '../../domain/dates';
import type { Obligations } from '../../domain/model';
import { PACT_KIND_COLOURS, PACT_KIND_LABELS } from '../../shared/palette';
import { goToEvent } from '../../state/actions';
import { dispatch } from '../../state/dispatch';
import type { Basis } from '../../state/types';
import { useAppStoreApi } from '../../state/storeContext';
import { EVENT_TYPE_LABELS } from '../timeline/eventLabels';
import { OBLIGATION_LABELS, STATUS_LABELS } from './labels';
import { PactEventStrip } from './PactEventStrip';
import { PactMembers } from './PactMembers';
import { PassageQuote } from './PassageQuote';
import { NameList } from '../text/NameList';

/** Everything known about one pact, each fact with its source. */
export function PactPanel({
  atlas,
  pactId,
  day,
  basis = 'signed',
}: {
  atlas: Atlas;
  pactId: string;
  day: number;
  basis?: Basis;
}) {
  const store = useAppStoreApi();
  const pact = atlas.pactById.get(pactId);
  if (!pact) return <p role="alert">No pact with the id “{pactId}” in this dataset.</p>;
  const events = atlas.eventsByPact.get(pact.id) ?? [];
  const obligations = (Object.keys(OBLIGATION_LABELS) as (keyof Obligations)[]).filter(
    (k) => pact.obligations[k],
  );
  const passageIds = [...new Set([...pact.passageIds, ...events.flatMap((e) => e.event.passageIds)])];
  return (
    <article className="pact-panel" aria-labelledby="pact-title">
      <h2 id="pact-title">
        <bdi>{pact.name}</bdi>
      </h2>
      <p className="pact-kind">
        <span className="swatch" style={{ background: PACT_KIND_COLOURS[pact.kind] }} aria-hidden="true" />
        {PACT_KIND_LABELS[pact.kind]} · {STATUS_LABELS[pact.status] ?? pact.status}
      </p>
      <p>
        <bdi>{pact.summary}</bdi>
      </p>
      {pact.censoredAt ? (
        <p className="origin">
          Still in force at the end of the data ({formatPreciseDate(pact.censoredAt)}): censored, not ended.
        </p>
      ) : null}
      {pact.observedFrom ? (
        <p className="origin" data-testid="pact-observed-from">
          In force before the data begin: observed from {formatPreciseDate(pact.observedFrom)}{' '}
          (left-censored); its own start is the first event below.
        </p>
      ) : null}
      <dl className="facts">
        <dt>Obligations</dt>
        <dd>
          {obligations.length ? obligations.map((k) => OBLIGATION_LABELS[k]).join(', ') : 'none recorded'}
        </dd>
      </dl>
      <PactMembers atlas={atlas} pactId={pact.id} day={day} basis={basis} />
      <h3>Events</h3>
      <PactEventStrip events={events} day={day} />
      <ol className="pact-events">
        {events.map(({ event, day: eventDay }) => (
          <li key={event.id} data-past={eventDay <= day}>
            <button
              type="button"
              className="link-button"
              onClick={() => dispatch(store, goToEvent(eventDay, pact.id))}
            >
              {formatPreciseDate(event.date)}
            </button>{' '}
            {EVENT_TYPE_LABELS[event.type]}
            {event.actorIds?.length ? (
              <>
                {' ('}
                <NameList names={event.actorIds.map((id) => atlas.actorById.get(id)?.name ?? id)} />)
              </>
            ) : null}
            <span className={`date-source date-source-${event.dateSource}`}>
              {event.dateSource === 'document'
                ? 'date stated in the document'
                : 'date from the public record'}
            </span>
            {event.note ? <span className="event-note">{event.note}</span> : null}
            {event.origin ? (
              <span className="event-note">
                From <bdi>{event.origin.file}</bdi>, row {event.origin.row}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      <h3>Sources</h3>
      {pact.origin ? (
        <p className="origin" data-testid="pact-origin">
          Imported from {pact.origin.file}, row {pact.origin.row}
          {pact.datasetRows?.[0]
            ? ` (${pact.datasetRows[0].dataset} alliance ${pact.datasetRows[0].alliance})`
            : ''}
          ; imported rows cite no passage.
        </p>
      ) : null}
      {pact.datasetRows?.length && !pact.origin ? (
        <ul className="origin" data-testid="pact-dataset-rows">
          {pact.datasetRows.map((r) => (
            <li key={`${r.dataset}-${r.alliance}`}>
              Also recorded in <bdi>{r.dataset}</bdi> as alliance {r.alliance} (<bdi>{r.file}</bdi>, row{' '}
              {r.row}).
            </li>
          ))}
        </ul>
      ) : null}
      {passageIds.map((id) => (
        <PassageQuote key={id} atlas={atlas} passageId={id} />
      ))}
    </article>
  );
}
