import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../domain/atlas/buildAtlas';
import { toDayNumber } from '../domain/dates';
import { tinyDataset } from '../../tests/unit/support/tinyDataset';
import { datasetReady } from './actions';
import { createAppStore } from './createAppStore';
import { dispatch } from './dispatch';
import { applyUrlView } from './urlSync';

const { dataset, texts } = tinyDataset();
const atlas = buildAtlas(dataset, texts);

function storeWithAtlas() {
  const store = createAppStore();
  dispatch(store, datasetReady(atlas));
  return store;
}

describe('applyUrlView', () => {
  it('a date before the data shows the first day and a notice naming both dates', () => {
    const store = storeWithAtlas();
    applyUrlView(store, '?date=1800-01-01');
    const { timeline, view } = store.getState();
    expect(timeline.day).toBe(atlas.span.from);
    expect(view.notice).toMatch(/asks for 1 January 1800 \(1800-01-01\), outside the data/);
    expect(view.notice).toMatch(/showing 30 August 1951 \(1951-08-30\) instead/);
  });

  it('a date after the data shows the last day and says so', () => {
    const store = storeWithAtlas();
    applyUrlView(store, '?date=2300-01-01');
    expect(store.getState().timeline.day).toBe(atlas.span.to);
    expect(store.getState().view.notice).toMatch(/asks for 1 January 2300.*showing 1 August 1952/);
  });

  it('a date inside the data gives no notice', () => {
    const store = storeWithAtlas();
    applyUrlView(store, '?date=1952-01-01');
    expect(store.getState().timeline.day).toBe(toDayNumber('1952-01-01'));
    expect(store.getState().view.notice).toBeNull();
  });
});
