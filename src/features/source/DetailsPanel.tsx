import { useLayoutEffect, useRef, type ReactNode } from 'react';
import type { Basis, TieScope } from '../../state/types';
import { useAppStore } from '../../state/storeContext';
import {
  selectAtlas,
  selectBasis,
  selectDay,
  selectSelectedActorId,
  selectSelectedPactId,
} from '../../state/selectors';
import { selectActor } from '../../state/actions';
import { dispatch } from '../../state/dispatch';
import { useAppStoreApi } from '../../state/storeContext';
import { Legend } from '../legend/Legend';
import { ActorPanel } from './ActorPanel';
import { PactPanel } from './PactPanel';

/** The side panel: the selected pact or state, or a hint on what to do. */
export function DetailsPanel() {
  const store = useAppStoreApi();
  const atlas = useAppStore(selectAtlas);
  const pactId = useAppStore(selectSelectedPactId);
  const actorId = useAppStore(selectSelectedActorId);
  const panelRef = useRef<HTMLElement>(null);
  // A new selection starts at its heading, not wherever the last one was scrolled to.
  useLayoutEffect(() => {
    if (panelRef.current) panelRef.current.scrollTop = 0;
  }, [pactId, actorId]);
  if (!atlas) return null;
  return (
    <aside className="details" aria-label="Details" ref={panelRef}>
      {pactId || actorId ? (
        <button
          type="button"
          className="close-button"
          aria-label="Close details"
          onClick={() => dispatch(store, selectActor(null))}
        >
          ×
        </button>
      ) : null}
      {pactId ? (
        <AtDate
          render={(day, basis) => <PactPanel atlas={atlas} pactId={pactId} day={day} basis={basis} />}
        />
      ) : actorId ? (
        <AtDate
          render={(day, basis, scope) => (
            <ActorPanel atlas={atlas} actorId={actorId} day={day} basis={basis} scope={scope} />
          )}
        />
      ) : (
        <div className="hint">
          <h2>Explore</h2>
          <p>
            Move the date to see pacts form and end. Click a line or a ◆ pact to read the passage it was drawn
            from; click a state to list its pacts at the date.
          </p>
          <Legend />
        </div>
      )}
    </aside>
  );
}

// Only the panel of a selection follows the date: with nothing selected, moving the date re-renders nothing here.
function AtDate({ render }: { render: (day: number, basis: Basis, scope: TieScope) => ReactNode }) {
  const day = useAppStore(selectDay);
  const basis = useAppStore(selectBasis);
  const scope = useAppStore((state) => state.analysis.tieScope);
  return <>{render(day, basis, scope)}</>;
}
