import type { Atlas } from '../../domain/atlas/buildAtlas';
import { computeLayouts, type DatasetLayouts, type LayoutRequest } from './computeLayouts';

const cache = new WeakMap<Atlas, Promise<DatasetLayouts>>();

/**
 * The layouts of a dataset, computed once per dataset in a worker (or on this thread where there is no
 * Worker, as in jsdom). Nothing about the view (date shown, selection, link) goes in, so the same dataset
 * always gets the same positions.
 */
export function loadLayouts(atlas: Atlas): Promise<DatasetLayouts> {
  let found = cache.get(atlas);
  if (!found) {
    const { actors, pacts, events } = atlas.dataset;
    const request: LayoutRequest = { dataset: { actors, pacts, events }, span: atlas.span };
    found =
      typeof Worker === 'undefined'
        ? Promise.resolve().then(() => computeLayouts(request))
        : inWorker(request);
    cache.set(atlas, found);
  }
  return found;
}

function inWorker(request: LayoutRequest): Promise<DatasetLayouts> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<DatasetLayouts>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      // A worker that cannot start (blocked, failed chunk) costs time, not the layout: compute here instead.
      event.preventDefault();
      try {
        resolve(computeLayouts(request));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    worker.postMessage(request);
  });
}
