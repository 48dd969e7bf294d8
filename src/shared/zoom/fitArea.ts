import type { Core } from 'cytoscape';

/** How far, in px, the controls drawn over the graph reach into it from each side. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const NONE: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * The reach of the controls over the graph: every element of the graph's stage marked `data-overlay` with the side
 * it hangs from (the toolbar from the top, the zoom buttons from the right, the filters from the bottom). Each
 * side takes at most a third of the graph, so a tall open popover never squeezes a fit to nothing.
 */
export function overlayInsets(container: HTMLElement | null | undefined): Insets {
  const stage = container?.parentElement?.closest('.stage') ?? container?.parentElement;
  if (!container || !stage) return NONE;
  const box = container.getBoundingClientRect();
  const out = { ...NONE };
  for (const element of stage.querySelectorAll<HTMLElement>('[data-overlay]')) {
    const r = element.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const side = element.dataset.overlay;
    if (side === 'top') out.top = Math.max(out.top, r.bottom - box.top);
    else if (side === 'right') out.right = Math.max(out.right, box.right - r.left);
    else if (side === 'bottom') out.bottom = Math.max(out.bottom, box.bottom - r.top);
    else if (side === 'left') out.left = Math.max(out.left, r.right - box.left);
  }
  const cap = (v: number, size: number) => Math.min(Math.max(0, v), size / 3);
  return {
    top: cap(out.top, box.height),
    right: cap(out.right, box.width),
    bottom: cap(out.bottom, box.height),
    left: cap(out.left, box.width),
  };
}

/**
 * The view that shows a model box as large as fits, centred, in the graph less the controls over it and `padding`
 * on every side (clamped to the graph's zoom limits).
 */
export function fitBoxView(
  cy: Core,
  box: { x1: number; y1: number; x2: number; y2: number },
  padding: number,
  maxZoom = cy.maxZoom(),
): { zoom: number; pan: { x: number; y: number } } {
  const inset = overlayInsets(cy.container());
  const left = inset.left + padding;
  const top = inset.top + padding;
  const width = Math.max(1, cy.width() - left - inset.right - padding);
  const height = Math.max(1, cy.height() - top - inset.bottom - padding);
  const w = Math.max(1e-6, box.x2 - box.x1);
  const h = Math.max(1e-6, box.y2 - box.y1);
  const zoom = Math.min(maxZoom, cy.maxZoom(), Math.max(cy.minZoom(), Math.min(width / w, height / h)));
  return {
    zoom,
    pan: { x: left + width / 2 - zoom * (box.x1 + w / 2), y: top + height / 2 - zoom * (box.y1 + h / 2) },
  };
}
