import { useCallback, useRef, useState } from 'react';
import { useGraph } from '../../shared/graphContext';
import { useDismiss } from '../../shared/useDismiss';
import { dayToIso } from '../../domain/dates';
import { setNotice } from '../../state/actions';
import { describeSource } from '../../domain/model/datasetSource';
import { dispatch } from '../../state/dispatch';
import { useAppStore, useAppStoreApi } from '../../state/storeContext';
import { selectAtlas, selectDatasetSource } from '../../state/selectors';
import { openFiles } from './openFiles';

export const ACCEPTED_FILES = '.json,.csv,application/json,text/csv';

/** Open a dataset file (or drop one on the page), export the data and the graph, clear the saved import. */
export function DataMenu() {
  const store = useAppStoreApi();
  const { getCy } = useGraph();
  const atlas = useAppStore(selectAtlas);
  const source = useAppStore(selectDatasetSource);
  const importing = useAppStore((state) => state.view.importing);
  const inputRef = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const menuRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useDismiss(open, useCallback(() => setOpen(false), []), menuRef, buttonRef);
  const isoDate = () => dayToIso(store.getState().timeline.day);
  const run = (task: () => Promise<void>) => {
    setOpen(false);
    task().catch((error: unknown) =>
      dispatch(store, setNotice(`That did not work: ${error instanceof Error ? error.message : String(error)}`)),
    );
  };
  return (
    <div className="data-menu">
      <span className="dataset-label" data-testid="dataset-label">
        Showing <bdi>{describeSource(source)}</bdi>
      </span>
      <button type="button" onClick={() => inputRef.current?.click()} aria-busy={importing}>
        {importing ? 'Reading…' : 'Open data…'}
      </button>
      <input
        ref={inputRef}
        type="file"
        accept={ACCEPTED_FILES}
        multiple
        hidden
        data-testid="file-input"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length) openFiles(store, files);
        }}
      />
      <div className="menu" ref={menuRef}>
        <button
          ref={buttonRef}
          type="button"
          aria-expanded={open}
          aria-haspopup="true"
          onClick={() => setOpen(!open)}
        >
          More ▾
        </button>
        {open && atlas ? (
          <ul className="menu-list">
            <li>
              <button type="button" onClick={() => run(async () => (await import('./exportData')).exportJson(atlas, isoDate()))}>
                Export dataset (JSON)
              </button>
            </li>
            <li>
              <button type="button" onClick={() => run(async () => (await import('./exportData')).exportCsv(atlas, isoDate()))}>
                Export dataset (CSV: pacts, members, events)
              </button>
            </li>
            <li>
              <button
                type="button"
                onClick={() => run(async () => {
                  const cy = getCy();
                  if (cy) await (await import('./exportData')).exportSvg(cy, isoDate());
                })}
              >
                Export graph (SVG)
              </button>
            </li>
            {source.kind === 'imported' ? (
              <li>
                <button type="button" onClick={() => run(async () => (await import('./importFlow')).clearImport(store))}>
                  Clear saved data
                </button>
              </li>
            ) : null}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
