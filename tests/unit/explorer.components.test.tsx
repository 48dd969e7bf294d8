import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, onTestFinished } from 'vitest';
import { buildAtlas } from '../../src/domain/atlas/buildAtlas';
import { toDayNumber } from '../../src/domain/dates';
import DocumentReader from '../../src/features/reader/DocumentReader';
import { DetailsPanel } from '../../src/features/source/DetailsPanel';
import { Chronicle } from '../../src/features/timeline/Chronicle';
import { DateReadout } from '../../src/features/timeline/DateReadout';
import { TimelineControls } from '../../src/features/timeline/TimelineControls';
import { TimelineSlider } from '../../src/features/timeline/TimelineSlider';
import { datasetReady, openReader, selectActor, selectPact, setDay } from '../../src/state/actions';
import { createAppStore, type AppStore } from '../../src/state/createAppStore';
import { dispatch } from '../../src/state/dispatch';
import { AppStoreProvider } from '../../src/state/storeContext';
import { loadRealAtlas, tinyDataset } from './support/atlasFixtures';

const atlas = loadRealAtlas();

function renderWith(ui: React.ReactNode, day = '1960-01-01', store: AppStore = createAppStore()) {
  dispatch(store, datasetReady(atlas, toDayNumber(day)));
  render(<AppStoreProvider store={store}>{ui}</AppStoreProvider>);
  return store;
}

describe('DetailsPanel with a pact selected', () => {
  it('shows name, kind, obligations, members with dates, events with their date source, and verbatim passages', () => {
    const store = renderWith(<DetailsPanel />);
    act(() => dispatch(store, selectPact('nato')));
    const panel = screen.getByRole('article');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent(
      'North Atlantic Treaty Organization',
    );
    expect(panel).toHaveTextContent('Multilateral security organisation');
    expect(panel).toHaveTextContent(/Obligations\s*Defence/);
    expect(within(panel).getByRole('button', { name: 'Finland' }).parentElement).toHaveTextContent(
      'joined 4 April 2023',
    );
    expect(panel).toHaveTextContent('date from the public record');
    const quotes = panel.querySelectorAll('blockquote');
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      const passage = atlas.dataset.passages.find((p) => p.text === quote.textContent);
      expect(passage, `blockquote "${quote.textContent}" is not a passage`).toBeDefined();
    }
  });

  it('"Read in context" opens the reader on that passage', async () => {
    const store = renderWith(<DetailsPanel />);
    act(() => dispatch(store, selectPact('rus-prk-2024')));
    await userEvent.click(screen.getAllByRole('button', { name: 'Read in context' })[0]!);
    const passageId = store.getState().view.readerPassageId;
    expect(passageId).not.toBeNull();
    expect(atlas.passageById.get(passageId!)?.documentId).toBe('afridi-2024-new-alliances');
  });

  it('renders text from data as text, never as HTML', () => {
    const { dataset, texts } = tinyDataset({ pactName: '<img src=x onerror=alert(1)>' });
    const store = createAppStore();
    dispatch(store, datasetReady(buildAtlas(dataset, texts)));
    dispatch(store, selectPact('us-phl'));
    const { container } = render(
      <AppStoreProvider store={store}>
        <DetailsPanel />
      </AppStoreProvider>,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('DetailsPanel with a state selected', () => {
  it('lists the pacts of the state at the date, which change with the date', () => {
    const store = renderWith(<DetailsPanel />, '1960-01-01');
    act(() => dispatch(store, selectActor('pak')));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Pakistan');
    expect(screen.getByRole('button', { name: /Southeast Asia Treaty/ })).toBeInTheDocument();
    act(() => dispatch(store, setDay(toDayNumber('1980-01-01'))));
    expect(screen.queryByRole('button', { name: /Southeast Asia Treaty/ })).toBeNull();
  });
});

describe('timeline', () => {
  it('the slider is an accessible slider: keys move the date and aria-valuetext reads it', () => {
    const store = renderWith(<TimelineSlider />, '1960-01-15');
    const slider = screen.getByRole('slider', { name: 'Date' });
    expect(slider).toHaveAttribute('aria-valuetext', '15 January 1960');
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(slider).toHaveAttribute('aria-valuetext', '15 February 1960');
    fireEvent.keyDown(slider, { key: 'PageDown' });
    expect(slider).toHaveAttribute('aria-valuetext', '15 February 1959');
    fireEvent.keyDown(slider, { key: 'Home' });
    expect(store.getState().timeline.day).toBe(atlas.span.from);
    fireEvent.keyDown(slider, { key: 'End' });
    expect(store.getState().timeline.day).toBe(atlas.span.to);
  });

  it('previous and next event buttons step from event to event; the basis toggle switches', async () => {
    const store = renderWith(
      <>
        <DateReadout />
        <TimelineControls />
      </>,
      '1955-05-13',
    );
    await userEvent.click(screen.getByRole('button', { name: /Next event/ }));
    expect(screen.getByTestId('current-date')).toHaveTextContent('14 May 1955');
    await userEvent.click(screen.getByRole('button', { name: /Previous event/ }));
    expect(store.getState().timeline.day).toBeLessThan(toDayNumber('1955-05-14'));
    await userEvent.click(screen.getByRole('radio', { name: 'entry into force' }));
    expect(store.getState().timeline.basis).toBe('in-force');
  });

  it('the date readout counts the pacts active at the date', () => {
    const store = renderWith(<DateReadout />, '1960-01-01');
    const expected = atlas.timelines.signed.activeAt(toDayNumber('1960-01-01')).pactIds.length;
    expect(screen.getByTestId('active-count')).toHaveTextContent(`${expected} pacts active`);
    act(() => dispatch(store, setDay(toDayNumber('1907-08-31'))));
    expect(screen.getByTestId('active-count')).toHaveTextContent('1 pact active');
  });

  it('clicking an event in the chronicle goes to its date and selects its pact', async () => {
    // jsdom has no layout: give elements a height so the virtual list renders a screenful of rows.
    const restore = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight');
    Object.defineProperty(Element.prototype, 'clientHeight', { configurable: true, get: () => 600 });
    onTestFinished(() => {
      if (restore) Object.defineProperty(Element.prototype, 'clientHeight', restore);
    });
    const store = renderWith(<Chronicle />, '1960-01-01');
    const rows = screen.getAllByRole('listitem').filter((li) => within(li).queryByRole('button'));
    expect(rows.length).toBeGreaterThan(3);
    const first = atlas.chronicle[0]!;
    expect(rows[0]).toHaveAttribute('data-past', 'true');
    await userEvent.click(within(rows[0]!).getByRole('button'));
    expect(store.getState().timeline.day).toBe(first.day);
    expect(store.getState().selection.pactId).toBe(first.event.pactId);
    expect(rows[0]).toHaveAttribute('aria-current', 'true');
  });
});

describe('DocumentReader', () => {
  it('shows the whole document with the passage marked, and closes on Escape', async () => {
    const store = renderWith(<DocumentReader />);
    const passage = atlas.dataset.passages[0]!;
    act(() => dispatch(store, openReader(passage.id)));
    const dialog = screen.getByRole('dialog');
    expect(screen.getByTestId('reader-passage')).toHaveTextContent(passage.text);
    expect(dialog.textContent?.length).toBeGreaterThan(passage.text.length);
    await userEvent.keyboard('{Escape}');
    expect(store.getState().view.readerPassageId).toBeNull();
  });
});
