import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRealAtlas } from '../../../tests/unit/support/atlasFixtures';
import { datasetReady } from '../../state/actions';
import { createAppStore } from '../../state/createAppStore';
import { dispatch } from '../../state/dispatch';
import { startImport } from './importFlow';

const atlas = loadRealAtlas();
const file = (name: string) => new File([readFileSync(`tests/fixtures/import/${name}`, 'utf8')], name, { type: 'text/csv' });

describe('two racing imports', () => {
  it('the second is refused with a message naming both, the first goes on to its dialog', async () => {
    const store = createAppStore();
    dispatch(store, datasetReady(atlas));
    const first = startImport(store, [file('cow_valid.csv')]);
    const second = startImport(store, [file('cow_unknown_state.csv')]);
    await Promise.all([first, second]);
    expect(store.getState().view.pendingImport?.fileNames).toEqual(['cow_valid.csv']);
    expect(store.getState().view.notice).toBe(
      '“cow_unknown_state.csv” was not opened: another import is still being read. Finish it first.',
    );
    await startImport(store, [file('cow_unknown_state.csv')]);
    expect(store.getState().view.pendingImport?.fileNames).toEqual(['cow_valid.csv']);
    expect(store.getState().view.notice).toMatch(/the import of “cow_valid\.csv” is waiting for you to accept or reject it/);
  });
});
