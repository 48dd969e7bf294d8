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
import { DATASET_CITATIONS } from '../../domain/citation/datasets';
import { pactCitation } from '../../domain/citation/chicago';
import type { DatedEvent } from '../../domain/atlas/buildAtlas';
import { CopyCitationButton } from './CopyCitationButton';
import { DatasetDifferences } from './DatasetDifferences';
import { EventEvidence } from './EventEvidence';
import { ASPECT_LABELS } from './labels';

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
            <EventEvidence atlas={atlas} event={event} />
            {event.note ? <span className="event-note">{event.note}</span> : null}
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
          {pact.origin.dataset ? (
            <> Cite the dataset as {DATASET_CITATIONS[pact.origin.dataset].citation}</>
          ) : null}
        </p>
      ) : null}
      {pact.passageIds.length ? (
        <p className="pact-citation">
          <CopyCitationButton
            label={`Copy citation for ${pact.name}`}
            text={() =>
              pactCitation(
                pact,
                pact.passageIds.flatMap((id) => atlas.passageById.get(id) ?? []),
                atlas.documentById,
              )
            }
          />
        </p>
      ) : null}
      {pact.datasetRows?.length && !pact.origin ? (
        <ul className="origin" data-testid="pact-dataset-rows">
          {pact.datasetRows.map((r) => (
            <li key={`${r.dataset}-${r.alliance}`}>
              Also recorded in <bdi>{r.dataset}</bdi> as alliance {r.alliance} (<bdi>{r.file}</bdi>, row{' '}
              {r.row}).
              <DatasetDifferences atlas={atlas} row={r} />
            </li>
          ))}
        </ul>
      ) : null}
      {passageIds.map((id) => (
        <PassageQuote
          key={id}
          atlas={atlas}
          passageId={id}
          bearing={bearingLabel(atlas, id, pact.id, events)}
        />
      ))}
    </article>
  );
}

/** What a passage is cited for in this panel: "names it, states its terms; for the signing: states the date". */
function bearingLabel(
  atlas: Atlas,
  passageId: string,
  pactId: string,
  events: readonly DatedEvent[],
): string {
  const marks = atlas.passageById.get(passageId)?.bearsOn ?? [];
  const words = (aspects: readonly (keyof typeof ASPECT_LABELS)[]) =>
    aspects.map((a) => ASPECT_LABELS[a]).join(', ');
  const forPact = marks.find((b) => b.on === 'pact' && b.id === pactId);
  const forEvents = events.flatMap(({ event }) => {
    const mark = marks.find((b) => b.on === 'event' && b.id === event.id);
    return mark
      ? [
          `for the ${EVENT_TYPE_LABELS[event.type].toLowerCase()} of ${formatPreciseDate(event.date)}: ${words(mark.aspects)}`,
        ]
      : [];
  });
  return [forPact ? words(forPact.aspects) : null, ...forEvents].filter(Boolean).join('; ');
}
