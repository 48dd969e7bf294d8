import type { Core } from 'cytoscape';
import { createContext, useContext } from 'react';

/** What the pointer is over: a name and where to show it (pixels from the graph's top left). */
export interface Hover {
  label: string;
  x: number;
  y: number;
}

/**
 * One graph's handle: its live Cytoscape instance (for export, search, zoom buttons) and its hover channel.
 * Hover changes on every mouse move, so it has its own channel instead of the app store: it wakes only the label.
 */
export interface GraphHandle {
  /** The live instance, or null before the graph mounts; stable, so it can be passed as a callback. */
  getCy: () => Core | null;
  /** Records the mounted instance; the returned function forgets it (on unmount). */
  attach: (cy: Core) => () => void;
  showHover: (hover: Hover | null) => void;
  /** Calls `listener` with every hover change; returns the unsubscribe function. */
  onHover: (listener: (hover: Hover | null) => void) => () => void;
}

declare global {
  interface Window {
    __cy?: Core;
  }
}

/** A handle per app (and per test), never a module singleton. */
export function createGraphHandle(): GraphHandle {
  let current: Core | null = null;
  const listeners = new Set<(hover: Hover | null) => void>();
  // Only the test build (vite build --mode e2e) gives end-to-end tests and the bench a handle; the production
  // build has none of it (Vite replaces MODE, and the minifier drops the dead branches).
  const testHook = import.meta.env.MODE === 'e2e';
  return {
    getCy: () => current,
    attach: (cy) => {
      current = cy;
      if (testHook) window.__cy = cy;
      return () => {
        if (current === cy) current = null;
        if (testHook && window.__cy === cy) delete window.__cy;
      };
    },
    showHover: (hover) => listeners.forEach((listener) => listener(hover)),
    onHover: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

const GraphContext = createContext<GraphHandle | null>(null);

/** Provides the graph's handle (`value`) to the canvas that fills it and to the controls that use it. */
export const GraphProvider = GraphContext.Provider;

/** The graph's handle; throws outside <GraphProvider>, where no graph is shown. */
export function useGraph(): GraphHandle {
  const handle = useContext(GraphContext);
  if (!handle) throw new Error('useGraph must be used inside <GraphProvider>');
  return handle;
}
