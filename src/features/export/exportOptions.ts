import type { PngUnderlay } from '../../shared/exportUnderlay';
import type { LegendItem } from '../legend/figureLegend';
import { DEFAULT_CANVAS_LIMITS } from './canvasLimits';

/** The text printed in the band under the graph, so an exported image still says what it shows. */
export interface PngCaption {
  /** Printed in bold on the first line, e.g. "Alliance Atlas". */
  title: string;
  /** The date shown, as people read it: "1 January 1960". */
  dateText: string;
  /** What the date and edges are based on, e.g. "treaties in force (signature dates)". */
  basisText: string;
  /** Where the data comes from. */
  credit: string;
}

/** Everything `toPngBlob` needs; build it with `resolvePngExportOptions`. */
export interface PngExportOptions {
  /** Output pixels per CSS pixel; lowered automatically when the image would exceed the guards below. */
  scale: number;
  /** false: the graph as shown (the current viewport); true: the whole graph. */
  full: boolean;
  /** Any CSS colour; fills the graph area and the caption band. */
  background: string;
  caption: PngCaption;
  /** Largest width or height of the image, in device pixels. */
  maxSide: number;
  /** Largest width × height of the image, in device pixels. */
  maxPixels: number;
  /** Drawn over the background and under the graph, which is then drawn with a transparent background. */
  underlay?: PngUnderlay;
  /** Entries drawn in a band between the graph and the caption; none: no band. */
  legend?: readonly LegendItem[];
  /**
   * The figure's width in CSS px: the graph is shrunk or enlarged to fit it, and caption and legend keep their
   * size, so text reads the same at any output size. Unset: as wide as the graph.
   */
  layoutWidth?: number;
  /** The figure's whole height in CSS px (a slide): the graph is fitted into what caption and legend leave. */
  layoutHeight?: number;
}

/** What callers may pass: any option may be left out, caption fields too. */
export type PngExportInput = Partial<Omit<PngExportOptions, 'caption'>> & { caption?: Partial<PngCaption> };

export const DEFAULT_PNG_CAPTION: PngCaption = {
  title: 'Alliance Atlas',
  dateText: '',
  basisText: '',
  credit: '',
};

export const DEFAULT_PNG_EXPORT_OPTIONS: PngExportOptions = {
  scale: 2,
  full: false,
  background: '#ffffff',
  caption: DEFAULT_PNG_CAPTION,
  maxSide: DEFAULT_CANVAS_LIMITS.maxSide,
  maxPixels: DEFAULT_CANVAS_LIMITS.maxPixels,
};

function requirePositive(name: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`PNG export: ${name} must be a positive finite number, got ${String(value)}`);
  }
}

/** Fills in defaults and checks the numbers up front, so a bad option fails here with its name, not as a blank image later. */
export function resolvePngExportOptions(input: PngExportInput = {}): PngExportOptions {
  const { caption, ...rest } = input;
  const options: PngExportOptions = {
    ...DEFAULT_PNG_EXPORT_OPTIONS,
    ...rest,
    caption: { ...DEFAULT_PNG_CAPTION, ...caption },
  };
  requirePositive('scale', options.scale);
  requirePositive('maxSide', options.maxSide);
  requirePositive('maxPixels', options.maxPixels);
  if (options.background.trim() === '') {
    throw new RangeError(
      'PNG export: background must be a CSS colour such as "#ffffff", got an empty string',
    );
  }
  if (options.layoutWidth !== undefined) requirePositive('layoutWidth', options.layoutWidth);
  if (options.layoutHeight !== undefined) requirePositive('layoutHeight', options.layoutHeight);
  if (options.underlay !== undefined && typeof options.underlay !== 'function') {
    throw new TypeError(
      `PNG export: underlay must be a function (ctx, view) => void, got ${typeof options.underlay}`,
    );
  }
  return options;
}
