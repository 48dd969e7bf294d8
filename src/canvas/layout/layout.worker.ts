import { computeLayouts, type LayoutRequest } from './computeLayouts';

// The heavy part of the layout (a force layout per year of history) runs here, off the page's thread.
self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const layouts = computeLayouts(event.data);
  // Years that kept last year's places share its array: transfer each buffer once.
  const buffers = new Set<ArrayBuffer>();
  for (const frame of [...layouts.byDate.frames, ...layouts.fixed.frames])
    buffers.add(frame.buffer as ArrayBuffer);
  (self as unknown as Worker).postMessage(layouts, [...buffers]);
};
