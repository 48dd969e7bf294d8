/**
 * The zoom factor of one wheel event, at the rate maps in browsers use (d3-zoom's default): a mouse notch
 * (deltaY 100 px) zooms by 2^0.2 ≈ 1.15, five notches double; line and page deltas are normalised, and a
 * trackpad pinch (Chromium sends it as a wheel event with ctrlKey) is ten times as sensitive.
 */
export function wheelZoomFactor(event: { deltaY: number; deltaMode: number; ctrlKey: boolean }): number {
  const perUnit = event.deltaMode === 1 ? 0.05 : event.deltaMode === 2 ? 1 : 0.002;
  return 2 ** (-event.deltaY * perUnit * (event.ctrlKey ? 10 : 1));
}

/** Zoom steps of the +/− buttons and keys. */
export const ZOOM_STEP = 1.5;

/** A zoom level kept within the instance's limits. */
export function clampZoom(level: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, level));
}
