import { lazy, Suspense, useState } from 'react';
import type { Core } from 'cytoscape';
import type { PngUnderlay } from './exportOptions';

// The dialog, its preview and the encoders are loaded only when someone opens it.
const ExportDialog = lazy(() => import('./ExportDialog'));

/** "Export…": opens the export dialog (figure or animation). */
export function ExportDialogButton({
  getCy,
  underlay,
}: {
  getCy: () => Core | null;
  underlay?: PngUnderlay;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Export…
      </button>
      {open ? (
        <Suspense fallback={null}>
          <ExportDialog getCy={getCy} onClose={() => setOpen(false)} {...(underlay ? { underlay } : {})} />
        </Suspense>
      ) : null}
    </>
  );
}
