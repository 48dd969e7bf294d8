import { dayToIso, isoDayToNumber } from '../../domain/dates';
import { setAnalysis } from '../../state/actions';
import { dispatch } from '../../state/dispatch';
import { useAppStore, useAppStoreApi } from '../../state/storeContext';
import { selectAnalysis, selectAtlas } from '../../state/selectors';
import type { SizeBy } from '../../state/types';

/** Over the graph: network or map, bloc colours, rivalries, node size by centrality, a date to compare with. */
export function AnalysisToolbar() {
  const store = useAppStoreApi();
  const analysis = useAppStore(selectAnalysis);
  const atlas = useAppStore(selectAtlas);
  if (!atlas) return null;
  const set = (patch: Parameters<typeof setAnalysis>[0]) => dispatch(store, setAnalysis(patch));
  return (
    <div className="analysis-toolbar" role="toolbar" aria-label="Views" data-overlay="top">
      <div className="segmented-buttons" role="group" aria-label="Layout">
        {(['network', 'map'] as const).map((layout) => (
          <button
            key={layout}
            type="button"
            aria-pressed={analysis.layout === layout}
            onClick={() => set({ layout })}
          >
            {layout === 'network' ? 'Network' : 'Map'}
          </button>
        ))}
      </div>
      <label title="One layout over all of history: nothing moves as the date changes">
        <input
          type="checkbox"
          checked={analysis.fixedLayout}
          onChange={(e) => set({ fixedLayout: e.target.checked })}
        />
        Fixed layout
      </label>
      <label>
        <input
          type="checkbox"
          checked={analysis.colourByBloc}
          onChange={(e) => set({ colourByBloc: e.target.checked })}
        />
        Blocs
      </label>
      <label>
        <input
          type="checkbox"
          checked={analysis.showRivalries}
          onChange={(e) => set({ showRivalries: e.target.checked })}
        />
        Rivalries
      </label>
      <label>
        Size{' '}
        <select value={analysis.sizeBy} onChange={(e) => set({ sizeBy: e.target.value as SizeBy })}>
          <option value="none">same</option>
          <option value="degree">by degree</option>
          <option value="betweenness">by betweenness</option>
        </select>
      </label>
      <label>
        Compare with{' '}
        <input
          type="date"
          value={analysis.compareDay === null ? '' : dayToIso(analysis.compareDay)}
          min={dayToIso(atlas.span.from)}
          max={dayToIso(atlas.span.to)}
          onChange={(e) => set({ compareDay: isoDayToNumber(e.target.value) })}
        />
      </label>
      {analysis.compareDay !== null ? (
        <button type="button" onClick={() => set({ compareDay: null })}>
          Stop comparing
        </button>
      ) : null}
    </div>
  );
}
