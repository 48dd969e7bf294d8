import { useMemo } from 'react';
import {
  allyOfRivalPaths,
  analysisContextOf,
  blocOf,
  blocsAt,
  rivalriesAt,
  type RivalAllyPath,
} from '../../domain/analysis';
import type { Atlas } from '../../domain/atlas/buildAtlas';
import { selectActor } from '../../state/actions';
import { dispatch } from '../../state/dispatch';
import { useAppStoreApi } from '../../state/storeContext';
import type { Basis, TieScope } from '../../state/types';
import { NameList } from '../text/NameList';

interface Props {
  atlas: Atlas;
  actorId: string;
  day: number;
  basis: Basis;
  scope: TieScope;
}

/** A state's bloc, its rivals, and its "ally of my rival" paths at the date (loaded with the analysis code). */
export default function ActorAnalysis({ atlas, actorId, day, basis, scope }: Props) {
  const store = useAppStoreApi();
  const ctx = useMemo(() => analysisContextOf(atlas, basis), [atlas, basis]);
  const bloc = useMemo(() => blocOf(blocsAt(ctx, day, { scope, split: true }), actorId), [ctx, day, scope, actorId]);
  const rivals = useMemo(
    () =>
      rivalriesAt(ctx, day).flatMap((r) =>
        r.actorIds.includes(actorId) ? r.actorIds.filter((id) => id !== actorId) : [],
      ),
    [ctx, day, actorId],
  );
  const paths = useMemo(() => allyOfRivalPaths(ctx, actorId, day, { scope }), [ctx, actorId, day, scope]);
  const name = (id: string) => atlas.actorById.get(id)?.name ?? id;
  const pacts = (ids: readonly string[]) => (
    <NameList names={ids.map((id) => atlas.pactById.get(id)?.shortName ?? id)} />
  );
  const state = (id: string) => (
    <button type="button" className="link-button" onClick={() => dispatch(store, selectActor(id))}>
      <bdi>{name(id)}</bdi>
    </button>
  );
  const describe = (p: RivalAllyPath) =>
    p.kind === 'shared-ally' ? (
      <>
        {state(p.via)} is tied to it ({pacts(p.viaPacts)}) and to its rival {state(p.rival)} (
        {pacts(p.rivalPacts)})
      </>
    ) : (
      <>
        its ally {state(p.via)} ({pacts(p.viaPacts)}) is the rival of {state(p.viaRival)}, who is allied with
        its rival {state(p.rival)} ({pacts(p.rivalPacts)})
      </>
    );
  return (
    <section className="actor-analysis" aria-label="Bloc and rivalries">
      <h3>Bloc</h3>
      <p data-testid="actor-bloc">
        {bloc ? (
          <>
            <bdi>{atlas.pactById.get(bloc.anchorPactId)?.shortName ?? bloc.anchorPactId}</bdi> bloc,{' '}
            {bloc.members.length} states
          </>
        ) : (
          `In no bloc (${scope === 'defence' ? 'no defence tie' : 'no tie'} at this date)`
        )}
      </p>
      <h3>Rivals</h3>
      <p>{rivals.length ? <NameList names={rivals.map(name)} /> : 'None recorded at this date.'}</p>
      <h3>Ally of my rival ({paths.length})</h3>
      {paths.length === 0 ? (
        <p className="muted-text">
          No ally of this state is tied to, or the rival of an ally of, one of its rivals.
        </p>
      ) : (
        <ul className="compact-list" data-testid="rival-paths">
          {paths.map((p, i) => (
            <li key={i}>{describe(p)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
