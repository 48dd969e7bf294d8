import { act, render, screen } from '@testing-library/react';
import type { Atlas } from '../../../src/domain/atlas/buildAtlas';
import { toDayNumber } from '../../../src/domain/dates';
import { DetailsPanel } from '../../../src/features/source/DetailsPanel';
import { datasetReady, selectPact } from '../../../src/state/actions';
import { createAppStore } from '../../../src/state/createAppStore';
import { dispatch } from '../../../src/state/dispatch';
import { AppStoreProvider } from '../../../src/state/storeContext';

/** Renders the details panel over `atlas` on `date` (ISO), selects the pact as a click would, and returns the panel. */
export function renderPactPanel(atlas: Atlas, pactId: string, date: string): HTMLElement {
  const store = createAppStore();
  dispatch(store, datasetReady(atlas, toDayNumber(date)));
  render(
    <AppStoreProvider store={store}>
      <DetailsPanel />
    </AppStoreProvider>,
  );
  act(() => dispatch(store, selectPact(pactId)));
  return screen.getByRole('article');
}
