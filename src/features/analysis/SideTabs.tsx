import { LazyPart, retryableLazy } from '../../shared/lazy/LazyPart';
import { setAnalysis, setNotice } from '../../state/actions';
import { dispatch } from '../../state/dispatch';
import { useAppStore, useAppStoreApi } from '../../state/storeContext';
import { DetailsPanel } from '../source/DetailsPanel';

const AnalysisPanel = retryableLazy(() => import('./AnalysisPanel'));
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
          <LazyPart
            what="analysis"
            retry={AnalysisPanel.retry}
            fallback={<p className="details">Loading the analysis…</p>}
            onFailed={(message) => {
              // Back to the details, with the reason; choosing the tab again loads the analysis again.
              dispatch(store, setAnalysis({ sideTab: 'details' }));
              dispatch(store, setNotice(message));
            }}
          >
            <div className="details">
              <AnalysisPanel />
            </div>
          </LazyPart>
        )}
      </div>
    </div>
  );
}
