import { useMemo } from 'react';
import {
  communitiesAt,
  MIN_SPLIT_MODULARITY,
  OBLIGATION_WEIGHTS,
  blocColour,
  blocColourIndex,
  blocSeries,
  blocsAt,
  centralityAt,
  compareDates,
  topConnected,
} from '../../domain/analysis';
import { analysisContextOf } from '../../domain/analysis';
import { formatDay } from '../../domain/dates';
import { selectActor, selectPact, setAnalysis } from '../../state/actions';
import { dispatch } from '../../state/dispatch';
import { useAppStore, useAppStoreApi } from '../../state/storeContext';
import { selectAnalysis, selectAtlas, selectBasis, selectDay } from '../../state/selectors';
import { BlocChart } from './BlocChart';
import { useSettledValue } from './useSettledValue';
import { NameList } from '../text/NameList';

const CHART_STEPS = 80;

/** Blocs, the most connected states and a comparison of two dates, at the date shown (loaded on first use). */
export default function AnalysisPanel() {
  const store = useAppStoreApi();
  const atlas = useAppStore(selectAtlas);
  const basis = useAppStore(selectBasis);
  const day = useAppStore(selectDay);
  const analysis = useAppStore(selectAnalysis);
  const settledDay = useSettledValue(day, 250);
  const scope = analysis.tieScope;
  const ctx = useMemo(() => (atlas ? analysisContextOf(atlas, basis) : null), [atlas, basis]);
  // Chained blocs are split into communities (chainSplit.ts): a few ms at the field's scale, so when the date rests.
  const partition = useMemo(
    () => (ctx ? blocsAt(ctx, settledDay, { scope, split: true }) : null),
    [ctx, settledDay, scope],
  );
  const colours = useMemo(() => (ctx ? blocColourIndex(ctx, { scope, split: true }) : null), [ctx, scope]);
  const series = useMemo(
    () => (ctx && atlas ? blocSeries(ctx, atlas.span.from, atlas.span.to, CHART_STEPS, { scope, split: true }) : []),
    [ctx, atlas, scope],
  );
  // Louvain is the costly one: computed when the date rests.
  const communities = useMemo(
    () => (ctx ? communitiesAt(ctx, settledDay, { scope, seed: 1 }) : null),
    [ctx, settledDay, scope],
  );
  const top = useMemo(
    () => (ctx ? topConnected(centralityAt(ctx, settledDay, { scope }), 8) : []),
    [ctx, settledDay, scope],
  );
  const comparison = useMemo(
    () =>
      atlas && analysis.compareDay !== null
        ? compareDates(atlas.timelines[basis], analysis.compareDay, day, atlas.pactById.keys())
        : null,
    [atlas, basis, analysis.compareDay, day],
  );
  if (!atlas || !partition || !colours) return null;
  const name = (id: string) => atlas.actorById.get(id)?.name ?? id;
  const pactName = (id: string) => atlas.pactById.get(id)?.shortName ?? id;
  // Membership changes of pacts in force at both dates (NATO's enlargements), each member with its pact.
  const membershipList = (
    list: readonly { key: string; pactId: string; actorId: string }[],
    testId: string,
  ) => (
    <ul className="compact-list" data-testid={testId}>
      {list.map((m) => (
        <li key={m.key}>
          <bdi>{name(m.actorId)}</bdi>{' '}
          <span className="muted-text">
            <bdi>{atlas.pactById.get(m.pactId)?.shortName ?? m.pactId}</bdi>
          </span>
        </li>
      ))}
    </ul>
  );
  const pactList = (ids: readonly string[]) =>
    ids.length === 0 ? (
      <p className="muted-text">none</p>
    ) : (
      <ul className="compact-list">
        {ids.map((id) => (
          <li key={id}>
            <button type="button" className="link-button" onClick={() => dispatch(store, selectPact(id))}>
              <bdi>{atlas.pactById.get(id)?.name ?? id}</bdi>
            </button>
          </li>
        ))}
      </ul>
    );
  return (
    <article className="analysis-panel" aria-labelledby="analysis-title">
      <h2 id="analysis-title">Analysis on {formatDay(day)}</h2>
      <fieldset className="segmented">
        <legend>Blocs join states tied by</legend>
        <label>
          <input
            type="radio"
            name="scope"
            checked={scope === 'defence'}
            onChange={() => dispatch(store, setAnalysis({ tieScope: 'defence' }))}
          />
          defence pacts
        </label>
        <label>
          <input
            type="radio"
            name="scope"
            checked={scope === 'all'}
            onChange={() => dispatch(store, setAnalysis({ tieScope: 'all' }))}
          />
          any pact
        </label>
      </fieldset>
      <h3 data-testid="bloc-count">
        {partition.blocs.length} {partition.blocs.length === 1 ? 'bloc' : 'blocs'}
      </h3>
      <p className="muted-text">
        A bloc is a group of states tied by these pacts. Where ties chain several alliance systems into one group
        (one treaty between Azerbaijan and Turkey would put NATO and the CSTO together), the group is split into its
        communities (Louvain, modularity ≥ {MIN_SPLIT_MODULARITY}; ties weighted by obligation: defence{' '}
        {OBLIGATION_WEIGHTS.defence}, neutrality or non-aggression {OBLIGATION_WEIGHTS.neutrality}, consultation{' '}
        {OBLIGATION_WEIGHTS.consultation}, over √(members − 1) of each pact). Each is named by its largest pact, one
        people know by name where there is one.
      </p>
      <ul className="bloc-list">
        {partition.blocs.map((bloc) => (
          <li key={bloc.id}>
            <span
              className="swatch"
              style={{ background: blocColour(colours, bloc.id) }}
              aria-hidden="true"
            />
            <strong>
              <bdi>{pactName(bloc.anchorPactId)}</bdi> bloc
            </strong>{' '}
            · {bloc.members.length} states:{' '}
            <span className="muted-text">
              <NameList names={bloc.members.map(name)} />
            </span>
          </li>
        ))}
      </ul>
      {partition.unaligned.length ? (
        <p className="muted-text">
          In a pact but in no bloc: <NameList names={partition.unaligned.map(name)} />
        </p>
      ) : null}
      {communities && communities.communities.length > partition.blocs.length ? (
        <section aria-labelledby="communities-title" data-testid="communities">
          <h3 id="communities-title">
            {communities.communities.length} communities inside the blocs (Louvain, modularity{' '}
            {communities.modularity.toFixed(2)})
          </h3>
          <ul className="compact-list">
            {communities.communities.map((c) => (
              <li key={c.id}>
                around{' '}
                <strong>
                  <bdi>{pactName(c.anchorPactId)}</bdi>
                </strong>{' '}
                ({c.members.length}):{' '}
                <span className="muted-text">
                  <NameList names={c.members.map(name)} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <BlocChart samples={series} day={day} />
      <h3>Most connected</h3>
      <ol className="compact-list" data-testid="top-connected">
        {top.map((c) => (
          <li key={c.actorId}>
            <button
              type="button"
              className="link-button"
              onClick={() => dispatch(store, selectActor(c.actorId))}
            >
              <bdi>{name(c.actorId)}</bdi>
            </button>{' '}
            <span className="muted-text">
              {c.degree} allies · betweenness {c.betweennessNormalized.toFixed(2)}
            </span>
          </li>
        ))}
      </ol>
      {comparison ? (
        <section aria-labelledby="compare-title" data-testid="comparison">
          <h3 id="compare-title">
            From {formatDay(comparison.earlier)} to {formatDay(comparison.later)}
          </h3>
          <h4>Formed ({comparison.formed.length})</h4>
          {pactList(comparison.formed)}
          <h4>Ended ({comparison.ended.length})</h4>
          {pactList(comparison.ended)}
          <h4>Continuing ({comparison.continuing.length})</h4>
          {pactList(comparison.continuing)}
          <h4>Members who joined a continuing pact ({comparison.joined.length})</h4>
          {membershipList(comparison.joined, 'compare-joined')}
          <h4>Members who left a continuing pact ({comparison.left.length})</h4>
          {membershipList(comparison.left, 'compare-left')}
        </section>
      ) : (
        <p className="muted-text">
          Pick a date under “Compare with” to see pacts formed and ended between two dates.
        </p>
      )}
    </article>
  );
}
