import { useEffect, useRef, useState } from 'react';
import type { Core } from 'cytoscape';
import type { FigurePlan } from './figureExport';

const PREVIEW_WIDTH = 440;
const SETTLE_MS = 250;

export type PreviewState =
  | { kind: 'idle' }
  | { kind: 'ready'; url: string; width: number; height: number }
  | { kind: 'error'; message: string };

/** A small PNG of the figure as planned, redrawn a moment after the settings stop changing; also its full size in px. */
export function useFigurePreview(getCy: () => Core | null, plan: FigurePlan | null): PreviewState {
  const [state, setState] = useState<PreviewState>({ kind: 'idle' });
  // The shown image's URL is revoked when the next one replaces it (not before, so the preview never blinks).
  const shownUrl = useRef<string | null>(null);
  useEffect(
    () => () => {
      if (shownUrl.current) URL.revokeObjectURL(shownUrl.current);
    },
    [],
  );
  useEffect(() => {
    const cy = getCy();
    if (!cy || !plan) return;
    let live = true;
    const timer = setTimeout(() => {
      void (async () => {
        try {
          const { toPngBlob, figureSizeFor } = await import('./toPngBlob');
          const full = figureSizeFor(cy, plan.input);
          const scale = (plan.input.scale ?? 2) * Math.min(1, PREVIEW_WIDTH / full.width);
          const blob = await toPngBlob(cy, { ...plan.input, scale });
          if (!live) return;
          const url = URL.createObjectURL(blob);
          if (shownUrl.current) URL.revokeObjectURL(shownUrl.current);
          shownUrl.current = url;
          setState({ kind: 'ready', url, width: full.width, height: full.height });
        } catch (error) {
          if (live)
            setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
        }
      })();
    }, SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [getCy, plan]);
  return state;
}
