import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildAtlas } from '../domain/atlas/buildAtlas';
import { toDayNumber } from '../domain/dates';
import { tinyDataset } from '../../tests/unit/support/tinyDataset';
import { datasetReady, selectPact, setDay, setPlaying } from './actions';
import { createAppStore } from './createAppStore';
import { dispatch } from './dispatch';
import { bindUrlSync, linkToView, REST_MS } from './urlSync';

const { dataset, texts } = tinyDataset();
const atlas = buildAtlas(dataset, texts);

/** A window with just what the URL sync uses: a location, a history that records its calls, listeners. */
function fakeWindow() {
  const calls: { kind: 'push' | 'replace'; url: string }[] = [];
  const listeners = new Map<string, () => void>();
  const location = { pathname: '/', search: '', hash: '' };
  const record = (kind: 'push' | 'replace') => (_state: unknown, _title: string, url: string) => {
    calls.push({ kind, url });
    location.search = url.slice(url.indexOf('?'));
  };
  const win = {
    location,
    history: { pushState: record('push'), replaceState: record('replace') },
    addEventListener: (type: string, fn: () => void) => listeners.set(type, fn),
    removeEventListener: (type: string) => listeners.delete(type),
  };
  return { win: win as unknown as Window, calls, listeners };
}

function bound() {
  const store = createAppStore();
  dispatch(store, datasetReady(atlas, toDayNumber('1952-01-01')));
  const { win, calls, listeners } = fakeWindow();
  const unbind = bindUrlSync(store, win);
  return { store, calls, listeners, unbind };
}

describe('the URL follows the date once it rests', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('steps of the date write nothing until the date rests, then one entry with the last date', () => {
    const { store, calls } = bound();
    for (const date of ['1952-02-01', '1952-03-01', '1952-04-01', '1952-05-01'])
      dispatch(store, setDay(toDayNumber(date)));
    vi.advanceTimersByTime(REST_MS - 1);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toContain('date=1952-05-01');
  });

  it('a selection is written at once, with the date shown then', () => {
    const { store, calls } = bound();
    dispatch(store, setDay(toDayNumber('1952-03-01')));
    dispatch(store, selectPact('us-phl'));
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ kind: 'push' });
    expect(calls[0]!.url).toMatch(/date=1952-03-01/);
    expect(calls[0]!.url).toMatch(/pact=us-phl/);
    // The pending date write was the same view: nothing more is written when the timer would have fired.
    vi.advanceTimersByTime(REST_MS * 2);
    expect(calls).toHaveLength(1);
  });

  it('while playing the date is not written; pausing writes it', () => {
    const { store, calls } = bound();
    dispatch(store, setPlaying(true));
    const afterStart = calls.length;
    for (let d = 1; d <= 20; d++) {
      dispatch(store, setDay(toDayNumber('1952-01-01') + d * 5));
      vi.advanceTimersByTime(REST_MS);
    }
    expect(calls).toHaveLength(afterStart);
    dispatch(store, setPlaying(false));
    expect(calls.at(-1)!.url).toContain('date=1952-04-10');
  });

  it('leaving the page writes a move not yet written', () => {
    const { store, calls, listeners } = bound();
    dispatch(store, setDay(toDayNumber('1952-06-01')));
    expect(calls).toEqual([]);
    listeners.get('pagehide')?.();
    expect(calls.at(-1)!.url).toContain('date=1952-06-01');
  });
});

describe('the link to the view on screen', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('names the date shown even before the address bar has caught up with it (a figure copied at once)', () => {
    const { store, calls } = bound();
    dispatch(store, setDay(toDayNumber('1952-06-01')));
    expect(calls).toEqual([]); // the address bar still holds the earlier view
    const loc = { origin: 'https://atlas.example', pathname: '/app/', search: '?dataset=x.json', hash: '#h' };
    expect(linkToView(store.getState(), loc)).toBe(
      'https://atlas.example/app/?dataset=x.json&date=1952-06-01#h',
    );
    dispatch(store, selectPact('us-phl'));
    expect(linkToView(store.getState(), loc)).toBe(
      'https://atlas.example/app/?dataset=x.json&date=1952-06-01&pact=us-phl#h',
    );
  });
});
