import type { Core } from 'cytoscape';

// Export and tests need the live instance outside the canvas component; one registry instead of prop drilling.
let current: Core | null = null;

declare global {
  interface Window {
    __cy?: Core;
  }
}

/** Records the live instance; the returned function forgets it (on unmount). */
export function registerCy(cy: Core): () => void {
  current = cy;
  // Browser automation (navigator.webdriver) gets a handle for end-to-end tests; people don't.
  if (typeof navigator !== 'undefined' && navigator.webdriver) window.__cy = cy;
  return () => {
    if (current === cy) current = null;
    if (window.__cy === cy) delete window.__cy;
  };
}

/** The live Cytoscape instance, or null before the graph mounts. */
export function getCy(): Core | null {
  return current;
}
