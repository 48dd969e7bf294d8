import { act, fireEvent, render, screen } from '@testing-library/react';
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

/** The drawn chronicle rows whose marks disagree with the chronicle index (past: at or before it; current). */
function misMarkedRows(list: HTMLElement, current: number): string[] {
  return [...list.querySelectorAll('[data-index]')].flatMap((row) => {
    const index = Number(row.getAttribute('data-index'));
    const past = row.getAttribute('data-past') === String(index <= current);
    const isCurrent = row.hasAttribute('aria-current') === (index === current);
    return past && isCurrent ? [] : [`row ${index}: data-past ${row.getAttribute('data-past')}`];
  });
}

/** jsdom has no layout: elements get a height, so the virtual list renders a screenful of rows. */
function giveElementsHeight(): void {
  const restore = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight');
  Object.defineProperty(Element.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  onTestFinished(() => {
    if (restore) Object.defineProperty(Element.prototype, 'clientHeight', restore);
  });
}

// The scrub path's structure: a step of the date re-renders no React component of the timeline; the slider
// handle, the readout and the chronicle follow the store through their own subscriptions.
describe('a date step re-renders nothing in React', () => {
  it('slider, readout and chronicle follow twelve one-month steps with no render, and show each date', () => {
    giveElementsHeight();
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
      expect(misMarkedRows(list, current)).toEqual([]);
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

  it('the chronicle moves its marks through steps both ways, jumps past the rows drawn and back, as a fresh list marks them', () => {
    giveElementsHeight();
    const store = createAppStore();
    const start = toDayNumber('1954-06-15');
    dispatch(store, datasetReady(atlas, start));
    render(
      <AppStoreProvider store={store}>
        <Chronicle />
      </AppStoreProvider>,
    );
    const list = screen.getByRole('list', { name: 'Events in date order' });
    const moves = [
      addCalendar(start, 'month', 3),
      addCalendar(start, 'month', 1),
      addCalendar(start, 'year', 2),
      start,
      // Far past the rows drawn, both ways: the marks move across rows that are not all on screen.
      atlas.span.to,
      atlas.span.from,
      addCalendar(start, 'month', -2),
    ];
    for (const day of moves) {
      act(() => dispatch(store, setDay(day)));
      expect(misMarkedRows(list, selectChronicleIndex(store.getState())), `at ${formatDay(day)}`).toEqual([]);
    }
    expect(list.querySelectorAll('[data-index]').length).toBeGreaterThan(5);
  });

  it("the slider's keys move the date and stop at the slider; React and the page never see them, other keys go on", () => {
    const store = createAppStore();
    const start = toDayNumber('1954-06-15');
    dispatch(store, datasetReady(atlas, start));
    const seen: string[] = [];
    const onWindow = (event: KeyboardEvent) => seen.push(`window ${event.type} ${event.key}`);
    window.addEventListener('keydown', onWindow);
    window.addEventListener('keyup', onWindow);
    onTestFinished(() => {
      window.removeEventListener('keydown', onWindow);
      window.removeEventListener('keyup', onWindow);
    });
    render(
      <AppStoreProvider store={store}>
        <div
          onKeyDown={(event) => seen.push(`react keydown ${event.key}`)}
          onKeyUp={(event) => seen.push(`react keyup ${event.key}`)}
        >
          <TimelineSlider />
        </div>
      </AppStoreProvider>,
    );
    const slider = screen.getByRole('slider', { name: 'Date' });
    for (const key of ['ArrowRight', 'PageUp', 'End', 'Home']) {
      fireEvent.keyDown(slider, { key });
      fireEvent.keyUp(slider, { key });
    }
    expect(store.getState().timeline.day).toBe(atlas.span.from);
    expect(seen).toEqual([]);
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(store.getState().timeline.day).toBe(addCalendar(atlas.span.from, 'month', 1));
    // A key the slider does not use (Tab, a shortcut) reaches the page as usual.
    fireEvent.keyDown(slider, { key: 'x' });
    expect(seen).toEqual(['react keydown x', 'window keydown x']);
  });
});
