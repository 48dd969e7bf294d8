import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { wheelZoomFactor, ZOOM_STEP } from '../../shared/zoom/wheelZoom';
import { fitDrawn, selectionIds, zoomBy } from '../../shared/zoom/zoomActions';

const PAN_STEP = 60;

/**
 * Wheel and keyboard zoom for one instance. The wheel is caught before Cytoscape's own handler (which samples
 * the first notches at a fraction of their size, so five notches zoomed by 7 %) and applied at the browser-
 * normal rate about the pointer. Keys, with the graph focused: + and − zoom, 0 fits, Z zooms to the
 * selection, arrows pan. Pinch on touch screens stays Cytoscape's own.
 */
export function useZoomInput(cy: Core | null, host: HTMLElement | null): void {
  useEffect(() => {
    if (!cy || !host) return;
    const onWheel = (event: WheelEvent) => {
      if (event.deltaY === 0) return;
      event.preventDefault();
      event.stopPropagation();
      const box = cy.container()?.getBoundingClientRect();
      const at = box ? { x: event.clientX - box.left, y: event.clientY - box.top } : undefined;
      zoomBy(cy, wheelZoomFactor(event), at);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.target !== host || event.altKey || event.metaKey || event.ctrlKey) return;
      const pan: Record<string, [number, number]> = {
        ArrowLeft: [PAN_STEP, 0],
        ArrowRight: [-PAN_STEP, 0],
        ArrowUp: [0, PAN_STEP],
        ArrowDown: [0, -PAN_STEP],
      };
      if (event.key === '+' || event.key === '=') zoomBy(cy, ZOOM_STEP);
      else if (event.key === '-' || event.key === '_') zoomBy(cy, 1 / ZOOM_STEP);
      else if (event.key === '0') fitDrawn(cy);
      else if (event.key === 'z' || event.key === 'Z') fitDrawn(cy, selectionIds(cy));
      else if (pan[event.key]) cy.panBy({ x: pan[event.key]![0], y: pan[event.key]![1] });
      else return;
      event.preventDefault();
    };
    host.addEventListener('wheel', onWheel, { capture: true, passive: false });
    host.addEventListener('keydown', onKey);
    return () => {
      host.removeEventListener('wheel', onWheel, { capture: true });
      host.removeEventListener('keydown', onKey);
    };
  }, [cy, host]);
}
