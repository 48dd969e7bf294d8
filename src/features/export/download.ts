const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The file name of an export for the date shown: `alliance-atlas-1960-01-01.png`. */
export function pngFileName(isoDate: string): string {
  if (!ISO_DAY.test(isoDate)) {
    throw new RangeError(`pngFileName expects a date as YYYY-MM-DD, got "${isoDate}"`);
  }
  return `alliance-atlas-${isoDate}.png`;
}

/** Saves a blob as a file through a temporary object URL and `<a download>`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoking synchronously can cancel the download in some browsers: let the click be handled first.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
