import { lazy, Suspense, useState } from 'react';
import type { Core } from 'cytoscape';
import type { PngUnderlay } from '../../shared/exportUnderlay';
import type { AnalysisPainter } from './motion/offscreenGraph';

// The dialog, its preview and the encoders are loaded only when someone opens it.
const ExportDialog = lazy(() => import('./ExportDialog'));

/** "Export…": opens the export dialog (figure or animation). */
export function ExportDialogButton({
  getCy,
  underlay,
  paintAnalysis,
}: {
  getCy: () => Core | null;
  underlay?: PngUnderlay;
  paintAnalysis?: AnalysisPainter;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Export…
      </button>
      {open ? (
        <Suspense fallback={null}>
          <ExportDialog
            getCy={getCy}
            onClose={() => setOpen(false)}
            {...(underlay ? { underlay } : {})}
            {...(paintAnalysis ? { paintAnalysis } : {})}
          />
        </Suspense>
      ) : null}
    </>
  );
}
