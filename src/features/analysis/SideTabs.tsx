import { lazy, Suspense } from 'react';
import { setAnalysis } from '../../state/actions';
import { dispatch } from '../../state/dispatch';
import { useAppStore, useAppStoreApi } from '../../state/storeContext';
import { DetailsPanel } from '../source/DetailsPanel';

const AnalysisPanel = lazy(() => import('./AnalysisPanel'));
const TABS = [
  { id: 'details', label: 'Details' },
  { id: 'analysis', label: 'Analysis' },
] as const;

/** The side panel's two tabs: the selected pact or state, and the analysis at the date. */
export function SideTabs() {
  const store = useAppStoreApi();
  const tab = useAppStore((state) => state.analysis.sideTab);
  return (
    <div className="side-tabs">
      <div role="tablist" aria-label="Side panel" className="tablist">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`tabpanel-${t.id}`}
            onClick={() => dispatch(store, setAnalysis({ sideTab: t.id }))}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`} className="tabpanel">
        {tab === 'details' ? (
          <DetailsPanel />
        ) : (
          <Suspense fallback={<p className="details">Loading the analysis…</p>}>
            <div className="details">
              <AnalysisPanel />
            </div>
          </Suspense>
        )}
      </div>
    </div>
  );
}
