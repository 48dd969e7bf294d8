/** The largest canvas we dare to allocate, in device pixels. */
export interface CanvasLimits {
  /** Largest width or height. */
  maxSide: number;
  /** Largest width × height. */
  maxPixels: number;
}

/**
 * Browsers give no error past their canvas limits: the canvas silently stays blank and `toDataURL()` returns
 * `data:,` (`toBlob()` yields null). Measured limits (jhildenbiddle/canvas-size): Chrome, Edge and desktop
 * Safari cap the area at 16384² px and the side at 32767 px or more; Firefox caps the area at 11180² px
 * (its 500 MB `gfx.max-alloc-size` / 4 bytes per pixel). Half of 16384² (134 M px) would still be past
 * Firefox's cap, so we take Firefox's. That is also about half of Chrome's area, which matters because an
 * export holds two canvases of that size at once (Cytoscape's buffer and the captioned copy), 500 MB each.
 * A side of 16384 is the smallest side cap among current desktop browsers (old Edge and IE 11).
 * Mobile Safari (4096² px) is not covered: pass smaller limits there.
 */
export const DEFAULT_CANVAS_LIMITS: CanvasLimits = { maxSide: 16384, maxPixels: 11180 * 11180 };

/** A scale that fits the limits and the device-pixel size it gives. */
export interface CanvasFit {
  scale: number;
  width: number;
  height: number;
  /** True when the requested scale had to be lowered. */
  reduced: boolean;
}

// Canvas sizes are truncated to integers, so this is the size a canvas really gets at a scale.
function pixels(cssSize: number, scale: number): number {
  return Math.floor(cssSize * scale);
}

function fits(width: number, height: number, scale: number, limits: CanvasLimits): boolean {
  const w = pixels(width, scale);
  const h = pixels(height, scale);
  return w <= limits.maxSide && h <= limits.maxSide && w * h <= limits.maxPixels;
}

/** The largest scale, at most `scale`, at which a width × height (CSS px) image fits the limits; throws if no non-empty image fits. */
export function fitCanvasScale(
  width: number,
  height: number,
  scale: number,
  limits: CanvasLimits = DEFAULT_CANVAS_LIMITS,
): CanvasFit {
  if (!(Number.isFinite(width) && Number.isFinite(height) && width > 0 && height > 0)) {
    throw new RangeError(
      `Nothing to export: the image would be ${width}×${height} px (is the graph empty or hidden?)`,
    );
  }
  if (!(Number.isFinite(scale) && scale > 0)) {
    throw new RangeError(`The export scale must be a positive finite number, got ${scale}`);
  }
  const sideCap = limits.maxSide / Math.max(width, height);
  const areaCap = Math.sqrt(limits.maxPixels / (width * height));
  let fitted = Math.min(scale, sideCap, areaCap);
  // sqrt and division can land a hair past the limit; step down until the truncated size really fits.
  while (!fits(width, height, fitted, limits)) fitted *= 1 - 1e-9;
  const fit = {
    scale: fitted,
    width: pixels(width, fitted),
    height: pixels(height, fitted),
    reduced: fitted < scale,
  };
  if (fit.width < 1 || fit.height < 1) {
    throw new RangeError(
      `Cannot export a ${width}×${height} px graph within ${limits.maxSide} px a side and ${limits.maxPixels} px in all: ` +
        `it would shrink to ${fit.width}×${fit.height} px`,
    );
  }
  return fit;
}
