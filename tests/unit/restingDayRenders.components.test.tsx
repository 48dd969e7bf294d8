import { act, render, screen, waitFor } from '@testing-library/react';
import { Profiler } from 'react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { addCalendar, toDayNumber } from '../../src/domain/dates';
import { FilterPanel } from '../../src/features/filters/FilterPanel';
import { Legend } from '../../src/features/legend/Legend';
import { datasetReady, setAnalysis, setDay } from '../../src/state/actions';
import { createAppStore } from '../../src/state/createAppStore';
import { dispatch } from '../../src/state/dispatch';
import { AppStoreProvider } from '../../src/state/storeContext';
import { loadRealAtlas } from './support/atlasFixtures';

const atlas = loadRealAtlas();

/** The filters and the legend on 1 January 1950, consultation pacts only (so some pacts in force are hidden); renders counted. */
function renderSummaries() {
  const store = createAppStore();
  const start = toDayNumber('1950-01-01');
  dispatch(store, datasetReady(atlas, start));
  dispatch(store, setAnalysis({ filter: { obligations: ['consultation'], kinds: null, regions: null } }));
  const renders: string[] = [];
  render(
    <AppStoreProvider store={store}>
      <Profiler id="summaries" onRender={(id) => renders.push(id)}>
        <FilterPanel />
        <Legend />
      </Profiler>
    </AppStoreProvider>,
  );
  return { store, start, renders };
}

// The filters' button and the legend count what the filters hide among the pacts in force at the date. They
// follow the date once it rests: a step of the date re-renders neither (a render of both cost about 1 ms of
// every key step), and once the date rests both show its counts.
describe('filters and legend follow the date at rest', () => {
  it('twelve one-month steps render neither; at rest both show the last date’s counts', async () => {
    const { store, start, renders } = renderSummaries();
    const inForce = (day: number) => atlas.timelines.signed.activeAt(day).pactIds.length;
    const legend = () => screen.getByTestId('legend-filtered').textContent ?? '';
    await waitFor(() => expect(legend()).toContain(`of ${inForce(start)} in force at this date`));
    renders.length = 0;
    const end = addCalendar(start, 'month', 120);
    // Ten years on, more pacts are in force (else the counts below would prove nothing).
    expect(inForce(end)).toBeGreaterThan(inForce(start));
    for (let month = 1; month <= 120; month += 12)
      act(() => dispatch(store, setDay(addCalendar(start, 'month', month))));
    act(() => dispatch(store, setDay(end)));
    expect(renders).toEqual([]);
    expect(legend()).toContain(`of ${inForce(start)} in force at this date`);
    await waitFor(() => expect(legend()).toContain(`of ${inForce(end)} in force at this date`));
    expect(screen.getByRole('button', { name: /filters/i }).textContent).toContain(
      `of ${inForce(end)} in force hidden`,
    );
    expect(renders.length).toBeGreaterThan(0);
  });
  it('a date at rest that changes no count renders neither; one that does renders both', () => {
    vi.useFakeTimers();
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const rest = () => act(() => vi.advanceTimersByTime(300));
    const { store, start, renders } = renderSummaries();
    rest();
    const active = (day: number) => atlas.timelines.signed.activeAt(day).pactIds.join(' ');
    const legend = () => screen.getByTestId('legend-filtered').textContent ?? '';
    expect(legend()).toContain(
      `of ${atlas.timelines.signed.activeAt(start).pactIds.length} in force at this date`,
    );
    // A day later the same pacts are in force: the same counts, no render once the date rests.
    const next = start + 1;
    expect(active(next)).toBe(active(start));
    renders.length = 0;
    act(() => dispatch(store, setDay(next)));
    rest();
    expect(renders).toEqual([]);
    // Ten years on, more are: both show the new count.
    const later = addCalendar(start, 'month', 120);
    act(() => dispatch(store, setDay(later)));
    expect(renders).toEqual([]);
    rest();
    const inForce = atlas.timelines.signed.activeAt(later).pactIds.length;
    expect(legend()).toContain(`of ${inForce} in force at this date`);
    expect(renders.length).toBeGreaterThan(0);
  });
});
