import { useCallback } from 'react';
import { useGraph } from '../shared/graphContext';
import { drawMapUnderlay } from '../canvas/map/drawMapUnderlay';
import { paintAnalysisAt } from '../canvas/paintAnalysisAt';
import type { Atlas } from '../domain/atlas/buildAtlas';
import { dayToIso, formatDay, yearOfDay, toDayNumber } from '../domain/dates';
import { DataMenu } from '../features/data/DataMenu';
import { ExportButton } from '../features/export/ExportButton';
import { SearchBox } from '../features/search/SearchBox';
import { ExportDialogButton } from '../features/export/ExportDialogButton';
import { describeSource, type DatasetSource } from '../domain/model/datasetSource';
import { useAppStore, useAppStoreApi } from '../state/storeContext';
import { selectAtlas, selectLayoutMode } from '../state/selectors';

// On the map, the export draws the map under the graph as the screen does.
const MAP_EXPORT = { underlay: drawMapUnderlay } as const;

/** The source credit of an export: each document as "Author (Publisher, year)", and any other data by name. */
export function sourceCredit(atlas: Atlas, source: DatasetSource): string {
  const documents = atlas.dataset.documents.map((d) => {
    const author = d.authors[0]?.split(' ').at(-1) ?? d.publisher ?? d.title;
    const more = d.authors.length > 1 ? ' et al.' : '';
    const when = d.published ? `, ${yearOfDay(toDayNumber(d.published))}` : '';
    return `${author}${more}${d.publisher ? ` (${d.publisher}${when})` : when ? ` (${when.slice(2)})` : ''}`;
  });
  const sources = documents.length ? `Sources: ${documents.join('; ')}.` : '';
  const data = source.kind === 'documents' ? '' : ` Data: ${describeSource(source)}.`;
  return `${sources}${data} Dates marked † in the app are from the public record.`.trim();
}

/** Title, what the data is, and the export. The date is read at export time, so moving it never re-renders this. */
export function AppHeader() {
  const store = useAppStoreApi();
  const { getCy } = useGraph();
  const atlas = useAppStore(selectAtlas);
  const layout = useAppStore(selectLayoutMode);
  const caption = useCallback(() => {
    const { timeline, data } = store.getState();
    return {
      title: 'Alliance Atlas: military alliances and security pacts',
      dateText: formatDay(timeline.day),
      basisText:
        timeline.basis === 'signed' ? 'pacts counted from signing' : 'pacts counted from entry into force',
      credit: data.kind === 'ready' ? sourceCredit(data.atlas, data.source) : '',
    };
  }, [store]);
  const isoDate = useCallback(() => dayToIso(store.getState().timeline.day), [store]);
  // One click saves the figure with every default: legend, credits of what is shown, a name telling views apart.
  const prepare = useCallback(
    async (full: boolean) => {
      const cy = getCy();
      if (!cy) throw new Error('the graph is not ready yet');
      const { defaultPlan } = await import('../features/export/figureExport');
      return defaultPlan(cy, store.getState(), full, layout === 'map' ? drawMapUnderlay : undefined);
    },
    [store, layout, getCy],
  );
  return (
    <header className="app-header">
      <h1>Alliance Atlas</h1>
      <p className="tagline">How military alliances and security pacts form over time</p>
      {atlas ? <SearchBox /> : null}
      {atlas ? <DataMenu /> : null}
      {atlas ? (
        <ExportButton
          getCy={getCy}
          caption={caption}
          isoDate={isoDate}
          prepare={prepare}
          {...(layout === 'map' ? { options: MAP_EXPORT } : {})}
        />
      ) : null}
      {atlas ? (
        <ExportDialogButton
          getCy={getCy}
          paintAnalysis={paintAnalysisAt}
          {...(layout === 'map' ? { underlay: drawMapUnderlay } : {})}
        />
      ) : null}
    </header>
  );
}
