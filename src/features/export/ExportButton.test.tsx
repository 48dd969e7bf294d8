import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadBlob } from './download';
import type * as DownloadModule from './download';
import { ExportButton } from './ExportButton';
import { toPngBlob } from './toPngBlob';
import { deferred } from '../../../tests/unit/support/deferred';

// cy.png throws on headless instances: the real drawing is tested in Chromium (tests/e2e).
vi.mock('./toPngBlob', () => ({ toPngBlob: vi.fn() }));
vi.mock('./download', async (importOriginal) => ({
  ...(await importOriginal<typeof DownloadModule>()),
  downloadBlob: vi.fn(),
}));

const toPng = vi.mocked(toPngBlob);
const download = vi.mocked(downloadBlob);
const CAPTION = { title: 'Alliance Atlas', dateText: '1 January 1960', basisText: 'treaties', credit: 'COW' };
const PNG = new Blob(['png'], { type: 'image/png' });

function renderButton(cy: cytoscape.Core | null = cytoscape({ headless: true, styleEnabled: true })) {
  render(<ExportButton getCy={() => cy} caption={CAPTION} isoDate="1960-01-01" />);
  return cy;
}

afterEach(() => {
  vi.clearAllMocks();
});

describe('ExportButton', () => {
  it('exports the view as shown by default and downloads it under the date', async () => {
    toPng.mockResolvedValue(PNG);
    const cy = renderButton();

    await userEvent.click(screen.getByRole('button', { name: 'Export PNG' }));

    expect(toPng).toHaveBeenCalledWith(cy, { full: false, caption: CAPTION });
    expect(download).toHaveBeenCalledWith(PNG, 'alliance-atlas-1960-01-01.png');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('exports the whole graph when "whole graph" is ticked', async () => {
    toPng.mockResolvedValue(PNG);
    renderButton();

    await userEvent.click(screen.getByRole('checkbox', { name: 'whole graph' }));
    await userEvent.click(screen.getByRole('button', { name: 'Export PNG' }));

    expect(toPng).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ full: true }));
  });

  it('says "Exporting…" while busy, ignores further clicks, then offers the button again', async () => {
    const pending = deferred<Blob>();
    toPng.mockReturnValue(pending.promise);
    renderButton();

    await userEvent.click(screen.getByRole('button', { name: 'Export PNG' }));
    const busy = screen.getByRole('button', { name: 'Exporting…' });
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(busy);
    expect(toPng).toHaveBeenCalledTimes(1);

    pending.resolve(PNG);
    expect(await screen.findByRole('button', { name: 'Export PNG' })).toHaveAttribute(
      'aria-disabled',
      'false',
    );
    expect(download).toHaveBeenCalledTimes(1);
  });

  it('shows why an export failed, and clears the message after a successful one', async () => {
    toPng.mockRejectedValueOnce(new Error('the browser produced an empty 0×0 image'));
    renderButton();

    await userEvent.click(screen.getByRole('button', { name: 'Export PNG' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Export failed: the browser produced an empty 0×0 image',
    );
    expect(download).not.toHaveBeenCalled();

    toPng.mockResolvedValueOnce(PNG);
    await userEvent.click(screen.getByRole('button', { name: 'Export PNG' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(download).toHaveBeenCalledTimes(1);
  });

  it('says so when the graph is not mounted yet, without trying to draw', async () => {
    renderButton(null);

    await userEvent.click(screen.getByRole('button', { name: 'Export PNG' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Export failed: the graph is not ready yet');
    expect(toPng).not.toHaveBeenCalled();
  });
});
