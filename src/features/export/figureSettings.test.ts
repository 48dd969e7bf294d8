import { describe, expect, it } from 'vitest';
import { figureFileName, sizeOptions, SIZE_PRESETS, type FigureNameParts } from './figureSettings';

const BASE: FigureNameParts = {
  isoDate: '1960-01-01',
  selection: null,
  layout: 'network',
  full: false,
  size: 'screen-2x',
  background: 'white',
  marks: [],
};

describe('figureFileName', () => {
  it('keeps the plain dated name for the default view', () => {
    expect(figureFileName(BASE, 'png')).toBe('alliance-atlas-1960-01-01.png');
  });
  it.each([
    [{ selection: 'nato' }, 'alliance-atlas-1960-01-01-nato.png'],
    [{ layout: 'map' }, 'alliance-atlas-1960-01-01-map.png'],
    [{ full: true }, 'alliance-atlas-1960-01-01-whole.png'],
    [{ size: 'print-column' as const }, 'alliance-atlas-1960-01-01-print-column.png'],
    [{ background: 'light' as const }, 'alliance-atlas-1960-01-01-light.png'],
    [{ marks: ['blocs', 'vs-1990-01-01'] }, 'alliance-atlas-1960-01-01-blocs-vs-1990-01-01.png'],
  ])('names the variant %o', (variant, name) => {
    expect(figureFileName({ ...BASE, ...variant }, 'png')).toBe(name);
  });
  it('gives every combination of variants its own name', () => {
    const names = new Set<string>();
    for (const selection of [null, 'nato'])
      for (const layout of ['network', 'map'])
        for (const full of [false, true])
          for (const size of SIZE_PRESETS)
            names.add(figureFileName({ ...BASE, selection, layout, full, size }, 'svg'));
    expect(names.size).toBe(2 * 2 * 2 * SIZE_PRESETS.length);
  });
  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => figureFileName({ ...BASE, isoDate: '../1960' }, 'png')).toThrow(
      /expects a date as YYYY-MM-DD/,
    );
  });
});

describe('sizeOptions', () => {
  it.each([
    ['screen-1x', { scale: 1 }],
    ['screen-4x', { scale: 4 }],
    ['slide', { scale: 2, layoutWidth: 960, layoutHeight: 540 }],
    ['print-column', { scale: 300 / 96, layoutWidth: 336 }],
    ['print-page', { scale: 300 / 96, layoutWidth: 672 }],
  ] as const)('%s', (preset, options) => {
    expect(sizeOptions(preset, 0)).toEqual(options);
  });
  it('gives a custom width exactly, text as on a 2× screen', () => {
    const o = sizeOptions('custom', 1201);
    expect((o.layoutWidth ?? 0) * (o.scale ?? 0)).toBe(1201);
  });
  it.each([0, 150, Number.NaN, 20000])('refuses a custom width of %s px', (width) => {
    expect(() => sizeOptions('custom', width)).toThrow(
      /Custom width must be a number of pixels from 200 to 16384/,
    );
  });
});
