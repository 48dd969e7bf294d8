import { useState } from 'react';
import type { Core } from 'cytoscape';
import type { PngUnderlay } from '../../shared/exportUnderlay';
import { LazyPart, retryableLazy } from '../../shared/lazy/LazyPart';
import { setNotice } from '../../state/actions';
import { dispatch } from '../../state/dispatch';
import { useAppStoreApi } from '../../state/storeContext';
import type { AnalysisPainter } from './motion/offscreenGraph';

// The dialog, its preview and the encoders are loaded only when someone opens it.
const ExportDialog = retryableLazy(() => import('./ExportDialog'));

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
  const store = useAppStoreApi();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Export…
      </button>
      {open ? (
        <LazyPart
          what="export dialog"
          retry={ExportDialog.retry}
          onFailed={(message) => {
            setOpen(false);
            dispatch(store, setNotice(message));
          }}
        >
          <ExportDialog
            getCy={getCy}
            onClose={() => setOpen(false)}
            {...(underlay ? { underlay } : {})}
            {...(paintAnalysis ? { paintAnalysis } : {})}
          />
        </LazyPart>
      ) : null}
    </>
  );
}
