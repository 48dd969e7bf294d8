import { describe, expect, it } from 'vitest';
import { DEFAULT_CANVAS_LIMITS } from './canvasLimits';
import { DEFAULT_PNG_EXPORT_OPTIONS, resolvePngExportOptions } from './exportOptions';

describe('resolvePngExportOptions', () => {
  it('gives the defaults: scale 2, the viewport, a white background and the canvas guards', () => {
    expect(resolvePngExportOptions()).toEqual({
      scale: 2,
      full: false,
      background: '#ffffff',
      caption: { title: 'Alliance Atlas', dateText: '', basisText: '', credit: '' },
      maxSide: DEFAULT_CANVAS_LIMITS.maxSide,
      maxPixels: DEFAULT_CANVAS_LIMITS.maxPixels,
    });
  });

  it('keeps what is given and fills the rest, caption fields included', () => {
    const options = resolvePngExportOptions({
      full: true,
      scale: 3,
      caption: { dateText: '1 January 1960' },
    });
    expect(options).toMatchObject({ full: true, scale: 3, background: '#ffffff' });
    expect(options.caption).toEqual({
      title: 'Alliance Atlas',
      dateText: '1 January 1960',
      basisText: '',
      credit: '',
    });
  });

  it('does not share or change the defaults', () => {
    const options = resolvePngExportOptions({ caption: { title: 'Other' } });
    options.caption.credit = 'changed';
    expect(DEFAULT_PNG_EXPORT_OPTIONS.caption).toEqual({
      title: 'Alliance Atlas',
      dateText: '',
      basisText: '',
      credit: '',
    });
  });

  it.each([
    [{ scale: 0 }, /scale must be a positive finite number, got 0/],
    [{ scale: -1 }, /scale must be a positive finite number, got -1/],
    [{ scale: Number.NaN }, /scale must be a positive finite number, got NaN/],
    [{ maxSide: 0 }, /maxSide must be a positive finite number/],
    [{ maxPixels: Number.POSITIVE_INFINITY }, /maxPixels must be a positive finite number, got Infinity/],
    [{ background: ' ' }, /background must be a CSS colour/],
  ])('rejects %o, naming the option', (input, message) => {
    expect(() => resolvePngExportOptions(input)).toThrow(message);
  });
});
