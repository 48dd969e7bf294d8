import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { toDayNumber } from '../../src/domain/dates';
import { DataMenu } from '../../src/features/data/DataMenu';
import ImportDialog from '../../src/features/data/ImportDialog';
import { DetailsPanel } from '../../src/features/source/DetailsPanel';
import { DateReadout } from '../../src/features/timeline/DateReadout';
import { clearSavedImport, loadSavedImport } from '../../src/io/savedImport';
import { datasetReady, selectPact } from '../../src/state/actions';
import { createAppStore } from '../../src/state/createAppStore';
import { dispatch } from '../../src/state/dispatch';
import { AppStoreProvider } from '../../src/state/storeContext';
import { createGraphHandle, GraphProvider } from '../../src/shared/graphContext';
import { loadRealAtlas } from './support/atlasFixtures';

const atlas = loadRealAtlas();
const fixture = (name: string, type = 'text/csv') =>
  new File([readFileSync(`tests/fixtures/import/${name}`, 'utf8')], name, { type });

function renderApp() {
  const store = createAppStore();
  dispatch(store, datasetReady(atlas, toDayNumber('1960-01-01')));
  dispatch(store, selectPact('nato'));
  render(
    <AppStoreProvider store={store}>
      <GraphProvider value={createGraphHandle()}>
        <DataMenu />
        <DateReadout />
        <DetailsPanel />
        <ImportDialog />
      </GraphProvider>
    </AppStoreProvider>,
  );
  return store;
}

async function choose(file: File) {
  await userEvent.upload(screen.getByTestId('file-input'), file, { applyAccept: false });
  return screen.findByRole('dialog');
}

beforeEach(async () => {
  await clearSavedImport();
});

describe('bad input: a clear message and the view intact', () => {
  it.each([
    ['wrong_type.txt', /wrong_type\.txt: not a file Alliance Atlas can import/],
    ['malformed.json', /malformed\.json: line 5, column 14: expected a value, found ","/],
    ['cow_missing_column.csv', /cow_missing_column\.csv: line 1: missing column "mem_st_year"/],
    [
      'cow_unterminated_quote.csv',
      /cow_unterminated_quote\.csv: line 3, column 9: unterminated quoted field/,
    ],
    ['cow_wrong_field_count.csv', /cow_wrong_field_count\.csv: line 3: 22 fields, expected 23/],
  ])('%s is refused: %s', async (name, message) => {
    const store = renderApp();
    const before = store.getState();
    const dialog = await choose(fixture(name));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(message);
    expect(dialog).toHaveTextContent('Nothing was imported');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().data).toBe(before.data);
    expect(store.getState().timeline).toEqual(before.timeline);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('North Atlantic Treaty Organization');
    expect(screen.getByTestId('current-date')).toHaveTextContent('1 January 1960');
  });

  it('a file over the size limit is refused before it is read', async () => {
    const store = renderApp();
    const huge = new File(['x'], 'huge.csv', { type: 'text/csv' });
    Object.defineProperty(huge, 'size', { value: 60 * 1024 * 1024 });
    const dialog = await choose(huge);
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      /huge\.csv: the file is 60(\.0)? MB .* more than the import limit of 50(\.0)? MB/,
    );
    expect(store.getState().data.kind).toBe('ready');
  });

  it.each([
    ['cow_unknown_state.csv', /line 4, ccode: "999" \("Atlantis"\) is not a state code/],
    ['cow_invalid_date.csv', /line 3, mem_st_month: "13" is not a month/],
  ])('%s lists the skipped row; rejecting keeps everything as it was', async (name, message) => {
    const store = renderApp();
    const before = store.getState().data;
    const dialog = await choose(fixture(name));
    expect(within(dialog).getByRole('heading', { name: /1 row would be skipped/ })).toBeInTheDocument();
    expect(dialog).toHaveTextContent(message);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reject import' }));
    expect(store.getState().data).toBe(before);
    expect(await loadSavedImport()).toBeNull();
  });
});

describe('a good import', () => {
  it('accepted with a skipped row: the imported alliances show, with where each row came from, and it is saved', async () => {
    const store = renderApp();
    const dialog = await choose(fixture('cow_unknown_state.csv'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Accept, skipping 1 row' }));
    await waitFor(() =>
      expect(screen.getByTestId('dataset-label')).toHaveTextContent('Showing cow_unknown_state.csv'),
    );
    const shown = store.getState().data;
    if (shown.kind !== 'ready') throw new Error('no dataset shown');
    const pact = shown.atlas.dataset.pacts[0]!;
    expect(pact.origin?.file).toBe('cow_unknown_state.csv');
    act(() => dispatch(store, selectPact(pact.id)));
    expect(screen.getByTestId('pact-origin')).toHaveTextContent(
      /Imported from cow_unknown_state\.csv, row \d+/,
    );
    const saved = await loadSavedImport();
    expect(saved?.label).toBe('cow_unknown_state.csv');
    expect(saved?.dataset.pacts).toHaveLength(shown.atlas.dataset.pacts.length);
  });

  it('beside the documents: both datasets in one graph, the states shared', async () => {
    const store = renderApp();
    const dialog = await choose(fixture('cow_valid.csv'));
    await userEvent.click(within(dialog).getByRole('radio', { name: /beside the documents/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Accept import' }));
    await waitFor(() =>
      expect(screen.getByTestId('dataset-label')).toHaveTextContent(/cow_valid\.csv beside the documents/),
    );
    const shown = store.getState().data;
    if (shown.kind !== 'ready') throw new Error('no dataset shown');
    expect(shown.atlas.pactById.has('nato')).toBe(true);
    expect(shown.atlas.dataset.pacts.length).toBe(atlas.dataset.pacts.length + 4);
    expect(new Set(shown.atlas.dataset.actors.map((a) => a.id)).size).toBe(shown.atlas.dataset.actors.length);
  });
});
