import { lazy, Suspense, useMemo } from 'react';
import type { Atlas } from '../../domain/atlas/buildAtlas';
import { formatDay, formatPreciseDate } from '../../domain/dates';
import { PACT_KIND_COLOURS, PACT_KIND_LABELS, REGION_LABELS } from '../../shared/palette';
import { selectPact } from '../../state/actions';
import { dispatch } from '../../state/dispatch';
import { useAppStoreApi } from '../../state/storeContext';
import type { Basis, TieScope } from '../../state/types';
import { OccupationNote } from './OccupationNote';

// Blocs and rivalry paths need the analysis code: loaded when a state is first opened.
const ActorAnalysis = lazy(() => import('../analysis/ActorAnalysis'));

/** A state or organisation and the pacts it belongs to at the date. */
export function ActorPanel({
  atlas,
  actorId,
  day,
  basis,
  scope = 'defence',
}: {
  atlas: Atlas;
  actorId: string;
  day: number;
  basis: Basis;
  scope?: TieScope;
}) {
  const store = useAppStoreApi();
  const actor = atlas.actorById.get(actorId);
  const pactIds = useMemo(() => {
    const active = atlas.timelines[basis].activeAt(day);
    return [...new Set(active.memberships.filter((m) => m.actorId === actorId).map((m) => m.pactId))];
  }, [atlas, basis, day, actorId]);
  if (!actor) return <p role="alert">No state or organisation with the id “{actorId}” in this dataset.</p>;
  return (
    <article className="actor-panel" aria-labelledby="actor-title">
      <h2 id="actor-title">
        <bdi>{actor.name}</bdi>
      </h2>
      <p>
        {actor.kind === 'state' ? 'State' : 'Organisation'}
        {actor.iso3 ? ` (${actor.iso3})` : ''} · {REGION_LABELS[actor.region]}
        {actor.nuclear ? ` · nuclear-armed since ${formatPreciseDate(actor.nuclear.since)}` : ''}
      </p>
      <OccupationNote atlas={atlas} actorId={actorId} day={day} />
      <h3>
        Pacts on {formatDay(day)} ({pactIds.length})
      </h3>
      {pactIds.length === 0 ? (
        <p>None at this date.</p>
      ) : (
        <ul className="actor-pacts">
          {pactIds.map((id) => {
            const pact = atlas.pactById.get(id);
            if (!pact) return null;
            return (
              <li key={id}>
                <span
                  className="swatch"
                  style={{ background: PACT_KIND_COLOURS[pact.kind] }}
                  aria-hidden="true"
                />
                <button type="button" className="link-button" onClick={() => dispatch(store, selectPact(id))}>
                  <bdi>{pact.name}</bdi>
                </button>
                <span className="muted-text"> {PACT_KIND_LABELS[pact.kind]}</span>
              </li>
            );
          })}
        </ul>
      )}
      {actor.kind === 'state' ? (
        <Suspense fallback={null}>
          <ActorAnalysis atlas={atlas} actorId={actorId} day={day} basis={basis} scope={scope} />
        </Suspense>
      ) : null}
    </article>
  );
}
