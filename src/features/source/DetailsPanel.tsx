import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
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
import { loadOnce, whenIdle } from '../../shared/lazy/loadOnce';
import { WhenLoaded } from '../../shared/lazy/WhenLoaded';
import { Legend } from '../legend/Legend';

/**
 * The pact and state panels (with citations, evidence and members: ~6 kB gzip) are not part of the first view,
 * which shows the hint below: they load when the browser is idle after start, so a first click finds them ready,
 * or at once when a link opens with a selection.
 */
export const selectionPanels = loadOnce(() => import('./selectionPanels'));
const PANELS = 'details of this selection';

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
  // A failed preload is not reported: a selection loads the panels again, and says so if that fails too.
  useEffect(() => (atlas ? whenIdle(() => void selectionPanels.load().catch(() => {})) : undefined), [atlas]);
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
          render={(day, basis) => (
            <WhenLoaded part={selectionPanels} what={PANELS}>
              {({ PactPanel }) => <PactPanel atlas={atlas} pactId={pactId} day={day} basis={basis} />}
            </WhenLoaded>
          )}
        />
      ) : actorId ? (
        <AtDate
          render={(day, basis, scope) => (
            <WhenLoaded part={selectionPanels} what={PANELS}>
              {({ ActorPanel }) => (
                <ActorPanel atlas={atlas} actorId={actorId} day={day} basis={basis} scope={scope} />
              )}
            </WhenLoaded>
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
