import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadBlob, pngFileName } from './download';

describe('pngFileName', () => {
  it.each([
    ['1960-01-01', 'alliance-atlas-1960-01-01.png'],
    ['2024-12-31', 'alliance-atlas-2024-12-31.png'],
    ['0478-07-15', 'alliance-atlas-0478-07-15.png'],
  ])('names the file for %s', (iso, name) => {
    expect(pngFileName(iso)).toBe(name);
  });

  it.each(['1960', '1960-01', '1960-01-01T00:00:00Z', '../1960-01-01', ''])('rejects "%s"', (iso) => {
    expect(() => pngFileName(iso)).toThrow(/expects a date as YYYY-MM-DD/);
  });
});

describe('downloadBlob', () => {
  // jsdom has no object URLs: install fakes and put back whatever was there.
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    Object.assign(URL, { createObjectURL: original.create, revokeObjectURL: original.revoke });
  });

  it('clicks a hidden download link for the blob, removes it and revokes the URL afterwards', () => {
    vi.useFakeTimers();
    const createObjectURL = vi.fn(() => 'blob:test/1');
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: { href: string; download: string; attached: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, attached: this.isConnected });
    });
    const blob = new Blob(['png'], { type: 'image/png' });

    downloadBlob(blob, 'alliance-atlas-1960-01-01.png');

    expect(createObjectURL).toHaveBeenCalledWith(blob);
    expect(clicked).toEqual([
      { href: 'blob:test/1', download: 'alliance-atlas-1960-01-01.png', attached: true },
    ]);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(revokeObjectURL).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:test/1');
  });
});
