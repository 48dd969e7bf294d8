import { shallow } from 'zustand/shallow';
import { describe, expect, it, vi } from 'vitest';
import { buildAtlas } from '../domain/atlas/buildAtlas';
import { toDayNumber } from '../domain/dates';
import { tinyDataset } from '../../tests/unit/support/tinyDataset';
import { datasetReady, selectPact, setDay, setSpeed } from './actions';
import { createAppStore } from './createAppStore';
import { dispatch } from './dispatch';
import { selectSelection, selectShownDate } from './selectors';

const { dataset, texts } = tinyDataset();
const atlas = buildAtlas(dataset, texts);

describe('subscribing to a part of the store', () => {
  it('a date subscriber is called when the date moves, not when the selection or the speed changes', () => {
    const store = createAppStore();
    dispatch(store, datasetReady(atlas));
    const onDate = vi.fn();
    store.subscribe(selectShownDate, onDate, { equalityFn: shallow });
    dispatch(store, selectPact('us-phl'));
    dispatch(store, setSpeed(30));
    expect(onDate).not.toHaveBeenCalled();
    dispatch(store, setDay(toDayNumber('1952-01-01')));
    expect(onDate).toHaveBeenCalledTimes(1);
    expect(onDate.mock.calls[0]?.[0]).toEqual([toDayNumber('1952-01-01'), 'signed']);
  });

  it('a selection subscriber is called once per new selection', () => {
    const store = createAppStore();
    dispatch(store, datasetReady(atlas));
    const onSelection = vi.fn();
    store.subscribe(selectSelection, onSelection, { equalityFn: shallow });
    dispatch(store, setDay(toDayNumber('1952-01-01')));
    dispatch(store, selectPact('us-phl'));
    dispatch(store, selectPact('us-phl'));
    expect(onSelection.mock.calls.map(([now]) => now)).toEqual([['us-phl', null]]);
  });

  it('each store is its own: one app or test never sees another', () => {
    const a = createAppStore();
    const b = createAppStore();
    dispatch(a, datasetReady(atlas));
    expect(b.getState().data.kind).toBe('loading');
  });
});
