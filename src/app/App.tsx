import { useEffect, useState } from 'react';
import { AtlasGraph } from '../canvas/AtlasGraph';
import { HoverLabel } from '../canvas/HoverLabel';
import { ZoomControls } from '../canvas/zoom/ZoomControls';
import { Legend } from '../features/legend/Legend';
import { FilterPanel } from '../features/filters/FilterPanel';
import { SideTabs } from '../features/analysis/SideTabs';
import { AnalysisToolbar } from '../features/analysis/AnalysisToolbar';
import { Chronicle } from '../features/timeline/Chronicle';
import { TimelinePanel } from '../features/timeline/TimelinePanel';
import { datasetFailed, importClosed, openReader, selectPact, setNotice } from '../state/actions';
import { createAppStore, type AppStore } from '../state/createAppStore';
import { dispatch } from '../state/dispatch';
import { AppStoreProvider, useAppStore, useAppStoreApi } from '../state/storeContext';
import { createGraphHandle, GraphProvider } from '../shared/graphContext';
import { LazyPart, retryableLazy } from '../shared/lazy/LazyPart';
import { ImportProgressPanel } from '../features/data/ImportProgressPanel';
import { useFileDrop } from '../features/data/useFileDrop';
import { selectDataStatus, selectReaderPassageId } from '../state/selectors';
import { bindUrlSync, showDataset } from '../state/urlSync';
import { AppHeader } from './AppHeader';
import { loadInitialAtlas } from './loadInitialAtlas';
import { ErrorBoundary } from './ErrorBoundary';
import type { SetAsideNote } from './loadSavedAtlas';
import { Notice } from './Notice';
import { SetAsideNotice } from './SetAsideNotice';

// The reader is only needed once someone asks to read a passage in context.
const DocumentReader = retryableLazy(() => import('../features/reader/DocumentReader'));
const ImportDialog = retryableLazy(() => import('../features/data/ImportDialog'));

/** Loads the documents' dataset into a fresh store, binds the URL, and renders the shell around one graph. */
export function App({ store: given }: { store?: AppStore }) {
  const [store] = useState(() => given ?? createAppStore());
  const [graph] = useState(createGraphHandle);
  const [setAside, setSetAside] = useState<SetAsideNote | null>(null);
  useEffect(() => {
    let live = true;
    let unbind = () => {};
    void loadInitialAtlas(window.location.search).then((loaded) => {
      if (!live) return;
      if ('error' in loaded) dispatch(store, datasetFailed(loaded.error));
      else {
        showDataset(store, loaded.atlas, window.location.search, loaded.source);
        if (loaded.notice) dispatch(store, setNotice(loaded.notice));
        if (loaded.setAside) setSetAside(loaded.setAside);
      }
      unbind = bindUrlSync(store);
    });
    return () => {
      live = false;
      unbind();
    };
  }, [store]);
  return (
    <AppStoreProvider store={store}>
      <GraphProvider value={graph}>
        <Shell setAside={setAside} onSetAsideClosed={() => setSetAside(null)} />
      </GraphProvider>
    </AppStoreProvider>
  );
}

interface ShellProps {
  setAside: SetAsideNote | null;
  onSetAsideClosed: () => void;
}

function Shell({ setAside, onSetAsideClosed }: ShellProps) {
  const store = useAppStoreApi();
  const dragging = useFileDrop(store);
  const status = useAppStore(selectDataStatus);
  const readerOpen = useAppStore(selectReaderPassageId) !== null;
  const pendingImport = useAppStore((state) => state.view.pendingImport !== null);
  const pactId = useAppStore((state) => state.selection.pactId);
  const actorId = useAppStore((state) => state.selection.actorId);
  const hasSelection = pactId !== null || actorId !== null;
  return (
    <div className="app" data-selection={hasSelection ? 'true' : undefined}>
      <AppHeader />
      <div className="notices">
        {setAside ? <SetAsideNotice note={setAside} onClose={onSetAsideClosed} /> : null}
        <Notice />
        <ImportProgressPanel />
      </div>
      {status.kind === 'error' ? (
        <pre className="load-error" role="alert">
          {status.message}
        </pre>
      ) : status.kind === 'loading' ? (
        <p className="loading">Loading the dataset…</p>
      ) : (
        <>
          <main className="stage" aria-label="Alliance graph">
            <AtlasGraph />
            {/* The floating legend stacks under the toolbar, never beside it: a selection must not make the
                toolbar wrap, or the first view (fitted clear of the toolbar) would differ with the selection. */}
            <div className="stage-top">
              <AnalysisToolbar />
              {hasSelection ? <Legend defaultOpen={false} floating /> : null}
            </div>
            <ZoomControls />
            <FilterPanel />
            <HoverLabel />
          </main>
          <div className="side">
            {/* A record that fails only when shown loses its panel, not the app; another selection tries again. */}
            <ErrorBoundary
              resetKeys={[pactId, actorId]}
              fallback={(error) => (
                <div className="panel-failed" role="alert">
                  <p>
                    This panel could not be shown: <bdi>{error.message}</bdi>
                  </p>
                  <button type="button" onClick={() => dispatch(store, selectPact(null))}>
                    Close it
                  </button>
                </div>
              )}
            >
              <SideTabs />
            </ErrorBoundary>
            <Chronicle />
          </div>
          <TimelinePanel />
        </>
      )}
      {pendingImport ? (
        <LazyPart
          what="import dialog"
          retry={ImportDialog.retry}
          onFailed={(message) => {
            dispatch(store, importClosed());
            dispatch(store, setNotice(message));
          }}
        >
          <ImportDialog />
        </LazyPart>
      ) : null}
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          Drop a dataset file: Alliance Atlas JSON, COW or ATOP CSV
        </div>
      ) : null}
      {readerOpen ? (
        <LazyPart
          what="document reader"
          retry={DocumentReader.retry}
          onFailed={(message) => {
            dispatch(store, openReader(null));
            dispatch(store, setNotice(message));
          }}
        >
          <DocumentReader />
        </LazyPart>
      ) : null}
    </div>
  );
}
