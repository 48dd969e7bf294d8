import type { Core } from 'cytoscape';
import { useGraph } from '../../shared/graphContext';
import { ZOOM_STEP } from '../../shared/zoom/wheelZoom';
import { fitDrawn, selectionIds, zoomBy } from '../../shared/zoom/zoomActions';
import { useAppStore } from '../../state/storeContext';

// The fit and zoom-to-selection icons: 16 px line drawings in the button's text colour.
const ICON = {
  width: 16,
  height: 16,
  viewBox: '0 0 16 16',
  'aria-hidden': true,
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.8,
} as const;

/** +, −, fit and zoom-to-selection buttons in the graph's corner, where a thumb reaches them on a phone. */
export function ZoomControls() {
  const { getCy } = useGraph();
  const hasSelection = useAppStore(
    (state) => state.selection.pactId !== null || state.selection.actorId !== null,
  );
  const withCy = (action: (cy: Core) => void) => () => {
    const cy = getCy();
    if (cy) action(cy);
  };
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom" data-overlay="right">
      <button
        type="button"
        aria-label="Zoom in"
        title="Zoom in (+)"
        onClick={withCy((cy) => zoomBy(cy, ZOOM_STEP))}
      >
        +
      </button>
      <button
        type="button"
        aria-label="Zoom out"
        title="Zoom out (−)"
        onClick={withCy((cy) => zoomBy(cy, 1 / ZOOM_STEP))}
      >
        −
      </button>
      <button type="button" aria-label="Fit the graph" title="Fit (0)" onClick={withCy((cy) => fitDrawn(cy))}>
        <svg {...ICON}>
          <path d="M1 5V1h4M11 1h4v4M15 11v4h-4M5 15H1v-4" />
        </svg>
      </button>
      <button
        type="button"
        aria-label="Zoom to the selection"
        title="Zoom to the selection (Z)"
        disabled={!hasSelection}
        onClick={withCy((cy) => fitDrawn(cy, selectionIds(cy)))}
      >
        <svg {...ICON}>
          <circle cx="8" cy="8" r="4.5" />
          <path d="M8 0v3.5M8 12.5V16M0 8h3.5M12.5 8H16" />
        </svg>
      </button>
    </div>
  );
}
