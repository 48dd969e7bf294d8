import { useMemo } from 'react';
import { getCy } from '../canvas/cyRegistry';
import { drawMapUnderlay } from '../canvas/map/drawMapUnderlay';
import { dayToIso, formatDay } from '../domain/dates';
import { DataMenu } from '../features/data/DataMenu';
import { ExportButton } from '../features/export/ExportButton';
import { useAppStore } from '../state/storeContext';
import { selectAtlas, selectBasis, selectDay, selectLayoutMode } from '../state/selectors';

// On the map, the export draws the map under the graph as the screen does.
const MAP_EXPORT = { underlay: drawMapUnderlay } as const;

/** Title, what the data is, and the export. */
export function AppHeader() {
  const day = useAppStore(selectDay);
  const basis = useAppStore(selectBasis);
  const atlas = useAppStore(selectAtlas);
  const layout = useAppStore(selectLayoutMode);
  const caption = useMemo(
    () => ({
      title: 'Alliance Atlas: military alliances and security pacts',
      dateText: formatDay(day),
      basisText: basis === 'signed' ? 'pacts counted from signing' : 'pacts counted from entry into force',
      credit: atlas
        ? `Sources: ${atlas.dataset.documents.length} documents (see Alliance Atlas); dates marked † from the public record`
        : '',
    }),
    [day, basis, atlas],
  );
  return (
    <header className="app-header">
      <h1>Alliance Atlas</h1>
      <p className="tagline">How military alliances and security pacts form over time</p>
      {atlas ? <DataMenu /> : null}
      {atlas ? (
        <ExportButton
          getCy={getCy}
          caption={caption}
          isoDate={dayToIso(day)}
          {...(layout === 'map' ? { options: MAP_EXPORT } : {})}
        />
      ) : null}
    </header>
  );
}
