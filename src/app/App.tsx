import { lazy, Suspense, useEffect, useState } from 'react';
import { AtlasGraph } from '../canvas/AtlasGraph';
import { HoverLabel } from '../canvas/HoverLabel';
import { Legend } from '../features/legend/Legend';
import { SideTabs } from '../features/analysis/SideTabs';
import { AnalysisToolbar } from '../features/analysis/AnalysisToolbar';
import { Chronicle } from '../features/timeline/Chronicle';
import { TimelinePanel } from '../features/timeline/TimelinePanel';
import { datasetFailed, setDatasetLabel, setNotice } from '../state/actions';
import { createAppStore, type AppStore } from '../state/createAppStore';
import { dispatch } from '../state/dispatch';
import { AppStoreProvider, useAppStore, useAppStoreApi } from '../state/storeContext';
import { useFileDrop } from '../features/data/useFileDrop';
import { selectDataStatus, selectReaderPassageId } from '../state/selectors';
import { bindUrlSync, showDataset } from '../state/urlSync';
import { AppHeader } from './AppHeader';
import { loadInitialAtlas } from './loadInitialAtlas';
import { Notice } from './Notice';

// The reader is only needed once someone asks to read a passage in context.
const DocumentReader = lazy(() => import('../features/reader/DocumentReader'));
const ImportDialog = lazy(() => import('../features/data/ImportDialog'));

/** Loads the documents' dataset into a fresh store, binds the URL, and renders the shell. */
export function App({ store: given }: { store?: AppStore }) {
  const [store] = useState(() => given ?? createAppStore());
  useEffect(() => {
    let live = true;
    let unbind = () => {};
    void loadInitialAtlas(window.location.search).then((loaded) => {
      if (!live) return;
      if ('error' in loaded) dispatch(store, datasetFailed(loaded.error));
      else {
        showDataset(store, loaded.atlas, window.location.search);
        if (loaded.label) dispatch(store, setDatasetLabel(loaded.label));
        if (loaded.notice) dispatch(store, setNotice(loaded.notice));
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
      <Shell />
    </AppStoreProvider>
  );
}

function Shell() {
  const dragging = useFileDrop(useAppStoreApi());
  const status = useAppStore(selectDataStatus);
  const readerOpen = useAppStore(selectReaderPassageId) !== null;
  const pendingImport = useAppStore((state) => state.view.pendingImport !== null);
  const hasSelection = useAppStore(
    (state) => state.selection.pactId !== null || state.selection.actorId !== null,
  );
  return (
    <div className="app">
      <AppHeader />
      <Notice />
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
            <AnalysisToolbar />
            <HoverLabel />
            {hasSelection ? <Legend defaultOpen={false} floating /> : null}
          </main>
          <div className="side">
            <SideTabs />
            <Chronicle />
          </div>
          <TimelinePanel />
        </>
      )}
      {pendingImport ? (
        <Suspense fallback={null}>
          <ImportDialog />
        </Suspense>
      ) : null}
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          Drop a dataset file: Alliance Atlas JSON, COW or ATOP CSV
        </div>
      ) : null}
      {readerOpen ? (
        <Suspense fallback={null}>
          <DocumentReader />
        </Suspense>
      ) : null}
    </div>
  );
}
