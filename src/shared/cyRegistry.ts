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
  // Only the test build (vite build --mode e2e) gives end-to-end tests and the bench a handle; the production
  // build has none of it (Vite replaces MODE, and the minifier drops the dead branches).
  const testHook = import.meta.env.MODE === 'e2e';
  if (testHook) window.__cy = cy;
  return () => {
    if (current === cy) current = null;
    if (testHook && window.__cy === cy) delete window.__cy;
  };
}

/** The live Cytoscape instance, or null before the graph mounts. */
export function getCy(): Core | null {
  return current;
}
