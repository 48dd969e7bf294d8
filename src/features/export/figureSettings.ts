import type { PngExportInput } from './exportOptions';

export const FIGURE_FORMATS = ['png', 'svg'] as const;
export type FigureFormat = (typeof FIGURE_FORMATS)[number];

export const SIZE_PRESETS = [
  'screen-1x',
  'screen-2x',
  'screen-3x',
  'screen-4x',
  'slide',
  'print-column',
  'print-page',
  'custom',
] as const;
export type SizePreset = (typeof SIZE_PRESETS)[number];

export const SIZE_PRESET_LABELS: Record<SizePreset, string> = {
  'screen-1x': 'Screen 1×',
  'screen-2x': 'Screen 2×',
  'screen-3x': 'Screen 3×',
  'screen-4x': 'Screen 4×',
  slide: 'Slide, 1920 × 1080 px',
  'print-column': 'Print column, 3.5 in at 300 dpi (1050 px wide)',
  'print-page': 'Print page width, 7 in at 300 dpi (2100 px wide)',
  custom: 'Custom width',
};

export const BACKGROUNDS = { white: '#ffffff', light: '#f7f8fa' } as const;
export type FigureBackground = keyof typeof BACKGROUNDS;

/** What the export dialog lets a person choose. */
export interface FigureSettings {
  format: FigureFormat;
  title: string;
  subtitle: string;
  /** false: the view as shown; true: the whole graph. */
  full: boolean;
  size: SizePreset;
  /** Output width in px when `size` is custom. */
  customWidth: number;
  background: FigureBackground;
  legend: boolean;
}

export const DEFAULT_FIGURE_SETTINGS: Omit<FigureSettings, 'title' | 'subtitle'> = {
  format: 'png',
  full: false,
  size: 'screen-2x',
  customWidth: 1600,
  background: 'white',
  legend: true,
};

// 300 dpi over CSS's 96 px per inch: text set at 13 CSS px prints at about 10 pt.
const PRINT_SCALE = 300 / 96;
export const MIN_CUSTOM_WIDTH = 200;
export const MAX_CUSTOM_WIDTH = 16384;

/** Scale and layout size of a preset: screen presets keep the view's size; fixed ones fit the graph to theirs. */
export function sizeOptions(
  size: SizePreset,
  customWidth: number,
): Pick<PngExportInput, 'scale' | 'layoutWidth' | 'layoutHeight'> {
  switch (size) {
    case 'screen-1x':
      return { scale: 1 };
    case 'screen-2x':
      return { scale: 2 };
    case 'screen-3x':
      return { scale: 3 };
    case 'screen-4x':
      return { scale: 4 };
    case 'slide':
      return { scale: 2, layoutWidth: 960, layoutHeight: 540 };
    case 'print-column':
      return { scale: PRINT_SCALE, layoutWidth: 3.5 * 96 };
    case 'print-page':
      return { scale: PRINT_SCALE, layoutWidth: 7 * 96 };
    case 'custom': {
      if (!Number.isFinite(customWidth) || customWidth < MIN_CUSTOM_WIDTH || customWidth > MAX_CUSTOM_WIDTH) {
        throw new RangeError(
          `Custom width must be a number of pixels from ${MIN_CUSTOM_WIDTH} to ${MAX_CUSTOM_WIDTH}, got ${String(customWidth)}`,
        );
      }
      // Text as on a 2× screen, the graph fitted to the rest.
      return { scale: 2, layoutWidth: Math.round(customWidth) / 2 };
    }
  }
}

/** The parts of a view that tell two figures apart. */
export interface FigureNameParts {
  isoDate: string;
  /** Id of the selected pact or state (ids are lowercase letters, digits and hyphens). */
  selection: string | null;
  layout: string;
  full: boolean;
  size: SizePreset;
  background: FigureBackground;
  /** Analysis marks on: "blocs", "vs-1990-01-01", … */
  marks: readonly string[];
}

const SAFE_PART = /[^a-z0-9-]+/g;
const part = (text: string) =>
  text
    .toLowerCase()
    .replace(SAFE_PART, '-')
    .replace(/^-+|-+$/g, '');

/**
 * `alliance-atlas-1960-01-01[-nato][-map][-whole][-print-column][-light][-blocs].png`: the default view keeps the
 * plain dated name; each variant adds what makes it different, so two views never share a name.
 */
export function figureFileName(parts: FigureNameParts, extension: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(parts.isoDate)) {
    throw new RangeError(`figureFileName expects a date as YYYY-MM-DD, got "${parts.isoDate}"`);
  }
  const pieces = [
    'alliance-atlas',
    parts.isoDate,
    parts.selection ? part(parts.selection) : '',
    parts.layout === 'network' ? '' : part(parts.layout),
    parts.full ? 'whole' : '',
    parts.size === 'screen-2x' ? '' : part(parts.size),
    parts.background === 'white' ? '' : parts.background,
    ...parts.marks.map(part),
  ];
  return `${pieces.filter(Boolean).join('-')}.${part(extension)}`;
}
