import { DOCUMENTS_SOURCE } from '../../domain/model/datasetSource';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import cytoscape from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadRealAtlas } from '../../../tests/unit/support/atlasFixtures';
import { toDayNumber } from '../../domain/dates';
import { createAppStore } from '../../state/createAppStore';
import { AppStoreProvider } from '../../state/storeContext';
import { downloadBlob } from './download';
import type * as DownloadModule from './download';
import ExportDialog from './ExportDialog';
import { exportMotion } from './motion/exportMotion';
import type * as MotionModule from './motion/exportMotion';
import { toPngBlob } from './toPngBlob';
import type * as PngModule from './toPngBlob';

// jsdom has no canvas: drawing is tested in Chromium (tests/e2e/figure.e2e.ts); here, what a person sees and does.
vi.mock('./toPngBlob', async (importOriginal) => ({
  ...(await importOriginal<typeof PngModule>()),
  toPngBlob: vi.fn(),
  figureSizeFor: vi.fn(() => ({ width: 1760, height: 1400 })),
}));
vi.mock('./download', async (importOriginal) => ({
  ...(await importOriginal<typeof DownloadModule>()),
  downloadBlob: vi.fn(),
}));
vi.mock('./motion/exportMotion', async (importOriginal) => ({
  ...(await importOriginal<typeof MotionModule>()),
  exportMotion: vi.fn(),
}));

const atlas = loadRealAtlas();
// Busy CI machines: wait for what the person waits for, generously.
const WAIT = { timeout: 15_000 };
const PNG = new Blob(['png'], { type: 'image/png' });
// The preview calls toPngBlob too, at a quarter of the scale (its full size is mocked at 1760 px wide): the export is the call at full scale.
const exportedInput = () =>
  vi
    .mocked(toPngBlob)
    .mock.calls.map((call) => call[1])
    .filter((input) => input?.scale === 2)
    .at(-1);

function renderDialog(selection: { pactId: string | null } = { pactId: null }) {
  const store = createAppStore({ data: { kind: 'ready', atlas, source: DOCUMENTS_SOURCE } });
  store.setState((s) => ({
    timeline: { ...s.timeline, day: toDayNumber('1960-01-01') },
    selection: { ...s.selection, ...selection },
  }));
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...atlas.elements.nodes.map((data) => ({ data: { ...data } })),
      ...atlas.elements.edges.map((data) => ({ data: { ...data } })),
    ],
  });
  const onClose = vi.fn();
  render(
    <AppStoreProvider store={store}>
      <button type="button">Opener</button>
      <ExportDialog getCy={() => cy} onClose={onClose} />
    </AppStoreProvider>,
  );
  return { onClose, cy };
}

beforeEach(() => {
  vi.mocked(toPngBlob).mockResolvedValue(PNG);
  Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:preview'), revokeObjectURL: vi.fn() });
});
afterEach(() => vi.clearAllMocks());

// Typing and lazy chunks are slow when the machine is busy: a generous per-test limit, not a fixed wait.
describe('ExportDialog', { timeout: 30_000 }, () => {
  it('opens with the app’s title and a subtitle giving the date, basis and selection, focus in the first field', async () => {
    renderDialog({ pactId: 'nato' });
    const dialog = await screen.findByRole('dialog', { name: 'Export' }, WAIT);
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue(
      'Alliance Atlas: military alliances and security pacts',
    );
    expect(screen.getByRole('textbox', { name: 'Subtitle' })).toHaveValue(
      `1 January 1960 · pacts counted from signing · ${atlas.pactById.get('nato')?.name ?? ''} selected`,
    );
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
  });

  it('closes on Escape and keeps Tab inside the dialog', async () => {
    const { onClose } = renderDialog();
    const first = screen.getByRole('radio', { name: 'PNG' });
    const exportButton = screen.getByRole('button', { name: 'Export PNG' });
    exportButton.focus();
    await userEvent.tab();
    expect(first).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(exportButton).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('exports a PNG with the chosen preset and edited title under a name telling the view apart', async () => {
    renderDialog({ pactId: 'nato' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Size' }), 'slide');
    await userEvent.click(screen.getByRole('radio', { name: 'The whole graph' }));
    const title = screen.getByRole('textbox', { name: 'Title' });
    await userEvent.clear(title);
    await userEvent.type(title, 'NATO in 1960');
    await userEvent.click(screen.getByRole('button', { name: 'Export PNG' }));
    await waitFor(
      () => expect(downloadBlob).toHaveBeenCalledWith(PNG, 'alliance-atlas-1960-01-01-nato-whole-slide.png'),
      WAIT,
    );
    const input = exportedInput();
    expect(input).toMatchObject({ scale: 2, layoutWidth: 960, layoutHeight: 540, full: true });
    expect(input?.caption?.title).toBe('NATO in 1960');
    expect(input?.caption?.credit).toMatch(/^Sources: /);
    expect(input?.legend?.map((i) => i.label)).toContain('Multilateral security organisation');
    expect(await screen.findByRole('status', {}, WAIT)).toHaveTextContent(
      'Saved alliance-atlas-1960-01-01-nato-whole-slide.png',
    );
  });

  it('leaves the legend out when unticked and asks for a custom width', async () => {
    renderDialog();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Legend' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Size' }), 'custom');
    const width = screen.getByRole('spinbutton', { name: 'Width in px' });
    await userEvent.clear(width);
    await userEvent.type(width, '1200');
    await userEvent.click(screen.getByRole('button', { name: 'Export PNG' }));
    await waitFor(() => expect(downloadBlob).toHaveBeenCalledOnce(), WAIT);
    const input = exportedInput();
    expect(input?.legend).toBeUndefined();
    expect((input?.layoutWidth ?? 0) * (input?.scale ?? 0)).toBe(1200);
  });

  it('copies a citation naming what the figure shows and its sources', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderDialog();
    await userEvent.click(screen.getByRole('button', { name: 'Copy citation' }));
    expect(writeText).toHaveBeenCalledOnce();
    const citation = String((writeText.mock.calls[0] as unknown[] | undefined)?.[0]);
    expect(citation).toMatch(
      /^Figure: Alliance Atlas: military alliances and security pacts: 1 January 1960/,
    );
    expect(citation).toContain('Sources: ');
    expect(screen.getByTestId('figure-citation')).toHaveTextContent(citation);
    expect(await screen.findByRole('status', {}, WAIT)).toHaveTextContent('Citation copied.');
  });

  it('states the frames and memory of an animation before it starts, and Cancel stops it', async () => {
    let aborted = false;
    vi.mocked(exportMotion).mockImplementation(
      (_cy, _settings, run) =>
        new Promise((_resolve, reject) => {
          run.onProgress({ done: 3, total: 61, elapsedMs: 300, remainingMs: 5800 });
          run.signal.addEventListener('abort', () => {
            aborted = true;
            reject(new Error('aborted'));
          });
        }),
    );
    renderDialog();
    await userEvent.click(screen.getByRole('radio', { name: 'Animated GIF' }));
    const from = screen.getByLabelText('From');
    await userEvent.clear(from);
    await userEvent.type(from, '1945-01-01');
    expect(screen.getByTestId('motion-budget')).toHaveTextContent(
      /^61 frames, 15\.3 s at 960 × 540 px; up to \d+ MB of memory \(the cap is 512 MB\)\.$/,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Export Animated GIF' }));
    expect(await screen.findByText('3 of 61 frames, about 6 s left', {}, WAIT)).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Export progress' })).toHaveAttribute('value', '3');
    await act(async () => userEvent.click(screen.getByRole('button', { name: 'Cancel' })));
    expect(aborted).toBe(true);
    expect(await screen.findByText('Export cancelled; nothing was saved.', {}, WAIT)).toBeInTheDocument();
    expect(downloadBlob).not.toHaveBeenCalled();
  });
});
