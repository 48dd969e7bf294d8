import { act, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { describe, expect, it, onTestFinished } from 'vitest';
import { addCalendar, formatDay, toDayNumber } from '../../src/domain/dates';
import { Chronicle } from '../../src/features/timeline/Chronicle';
import { DateReadout } from '../../src/features/timeline/DateReadout';
import { TimelineSlider } from '../../src/features/timeline/TimelineSlider';
import { datasetReady, setDay } from '../../src/state/actions';
import { createAppStore } from '../../src/state/createAppStore';
import { dispatch } from '../../src/state/dispatch';
import { selectChronicleIndex } from '../../src/state/selectors';
import { AppStoreProvider } from '../../src/state/storeContext';
import { loadRealAtlas } from './support/atlasFixtures';

const atlas = loadRealAtlas();

// The scrub path's structure: a step of the date re-renders no React component of the timeline; the slider
// handle, the readout and the chronicle follow the store through their own subscriptions.
describe('a date step re-renders nothing in React', () => {
  it('slider, readout and chronicle follow twelve one-month steps with no render, and show each date', () => {
    // jsdom has no layout: give elements a height so the virtual list renders a screenful of rows.
    const restore = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight');
    Object.defineProperty(Element.prototype, 'clientHeight', { configurable: true, get: () => 600 });
    onTestFinished(() => {
      if (restore) Object.defineProperty(Element.prototype, 'clientHeight', restore);
    });
    const store = createAppStore();
    const start = toDayNumber('1954-06-15');
    dispatch(store, datasetReady(atlas, start));
    const renders: string[] = [];
    render(
      <AppStoreProvider store={store}>
        <Profiler id="timeline" onRender={(_id, phase) => renders.push(phase)}>
          <DateReadout />
          <TimelineSlider />
          <Chronicle />
        </Profiler>
      </AppStoreProvider>,
    );
    renders.length = 0;
    const slider = screen.getByRole('slider', { name: 'Date' });
    const list = screen.getByRole('list', { name: 'Events in date order' });
    let passed = 0;
    let day = start;
    for (let i = 1; i <= 12; i++) {
      const before = selectChronicleIndex(store.getState());
      day = addCalendar(start, 'month', i);
      act(() => dispatch(store, setDay(day)));
      const current = selectChronicleIndex(store.getState());
      if (current !== before) passed++;
      expect(slider).toHaveAttribute('aria-valuenow', String(day));
      expect(slider).toHaveAttribute('aria-valuetext', formatDay(day));
      expect(screen.getByTestId('current-date')).toHaveTextContent(formatDay(day));
      const count = atlas.timelines.signed.activeAt(day).pactIds.length;
      expect(screen.getByTestId('active-count')).toHaveTextContent(
        `${count} ${count === 1 ? 'pact' : 'pacts'} active`,
      );
      const marked = list.querySelector('[aria-current="true"]');
      if (marked) expect(marked.getAttribute('data-index')).toBe(String(current));
    }
    // The year stepped over passes events (else the chronicle half of this test would prove nothing).
    expect(passed).toBeGreaterThan(0);
    expect(renders).toEqual([]);
  });

  it('the slider handle sits at the date on the track, and moves with it', () => {
    const store = createAppStore();
    dispatch(store, datasetReady(atlas, atlas.span.from));
    render(
      <AppStoreProvider store={store}>
        <TimelineSlider />
      </AppStoreProvider>,
    );
    const handle = screen.getByRole('slider', { name: 'Date' });
    expect(handle.style.left).toBe('0%');
    act(() => dispatch(store, setDay(atlas.span.to)));
    expect(handle.style.left).toBe('100%');
  });
});
