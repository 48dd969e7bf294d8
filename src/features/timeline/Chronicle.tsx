import { memo, useLayoutEffect, useRef } from 'react';
import type { Atlas } from '../../domain/atlas/buildAtlas';
import { goToEvent, setDay } from '../../state/actions';
import { dispatch } from '../../state/dispatch';
import type { AppStore } from '../../state/createAppStore';
import { useAppStore, useAppStoreApi } from '../../state/storeContext';
import { selectAtlas, selectChronicleIndex, selectSelectedPactId } from '../../state/selectors';
import { useStoreFollower } from '../../state/useStoreFollower';
import { EVENT_TYPE_LABELS } from './eventLabels';
import { chronicleDate } from './chronicleDates';
import { NameList } from '../text/NameList';
import { useRowWindow } from './useRowWindow';
import { afterNextFrame } from '../../shared/afterNextFrame';

const ROW_HEIGHT = 46;
// User scrolling (wheel, touch, keys) moves the date; scrolling done to follow the date must not.
const USER_SCROLL_WINDOW_MS = 400;

/** Writes one row's marks: past (at or before the chronicle index) and current. */
function markRow(row: Element, i: number, current: number): void {
  const past = String(i <= current);
  if (row.getAttribute('data-past') !== past) row.setAttribute('data-past', past);
  if (i === current) {
    if (!row.hasAttribute('aria-current')) row.setAttribute('aria-current', 'true');
  } else if (row.hasAttribute('aria-current')) row.removeAttribute('aria-current');
}

/** Marks the rows drawn as past, current or to come (row `data-index` against the chronicle index). */
function markRows(list: HTMLElement, current: number): void {
  for (const row of list.children) {
    const index = (row as HTMLElement).dataset.index;
    if (index !== undefined) markRow(row, Number(index), current);
  }
}

/**
 * Moves the marks from `previous` to `current`: only the rows between the two change (a month step passes a
 * few events, while a screenful and its overscan are drawn). Rows are drawn in index order after the spacer, so
 * row i is found by arithmetic; when they are not as expected, every row is marked.
 */
function moveMarks(list: HTMLElement, previous: number, current: number): void {
  const rows = list.children;
  const first = Number((rows[1] as HTMLElement | undefined)?.dataset.index);
  const count = rows.length - 1;
  const last = first + count - 1;
  if (!(count > 0) || Number((rows[count] as HTMLElement).dataset.index) !== last) {
    markRows(list, current);
    return;
  }
  const from = Math.max(first, Math.min(previous, current));
  const to = Math.min(last, Math.max(previous, current));
  for (let i = from; i <= to; i++) markRow(rows[1 + i - first] as Element, i, current);
}

/**
 * The chronological list of events: follows the date, moves it when scrolled, goes to an event when clicked.
 * Following the date costs no React render: the current row is marked and the list scrolled (a plain scroll
 * position: rows have a fixed height) by a store subscription; React renders only when the rows drawn change.
 */
export function Chronicle() {
  const store = useAppStoreApi();
  const atlas = useAppStore(selectAtlas);
  const selectedPact = useAppStore(selectSelectedPactId);
  const scrollRef = useRef<HTMLOListElement>(null);
  const userScrollUntil = useRef(0);
  const events = atlas?.chronicle ?? [];
  // Only the rows in view are drawn; rows drawn after a scroll render in React's next task, not inside the
  // scroll event of a date step. Before the list is measured, a screenful of rows.
  const rowWindow = useRowWindow(scrollRef, events.length, {
    rowHeight: ROW_HEIGHT,
    overscan: 8,
    initialHeight: 12 * ROW_HEIGHT,
  });

  const cancelScroll = useRef<(() => void) | null>(null);
  const marked = useRef<number | null>(null);
  useStoreFollower(
    store,
    selectChronicleIndex,
    (current) => {
      const list = scrollRef.current;
      if (!list) return;
      if (marked.current === null) markRows(list, current);
      else moveMarks(list, marked.current, current);
      marked.current = current;
      // The scroll waits until the frame that shows the date has been drawn: setting scrollTop lays the page out
      // first, and done in the step (after the handle, the readout and the marks were written) that forced a
      // layout before the canvas's patch, 0.4–1 ms of every step on the medium data. After the frame the layout
      // is clean, and the list follows one frame behind the graph. It takes the list's height as last measured.
      if (cancelScroll.current) return;
      cancelScroll.current = afterNextFrame(() => {
        cancelScroll.current = null;
        const index = selectChronicleIndex(store.getState());
        if (index < 0 || performance.now() < userScrollUntil.current) return;
        const height = rowWindow.viewportHeight();
        const top = index * ROW_HEIGHT - (height - ROW_HEIGHT) / 2;
        const max = Math.max(0, events.length * ROW_HEIGHT - height);
        list.scrollTop = Math.min(max, Math.max(0, Math.round(top)));
      });
    },
    [atlas],
  );
  useLayoutEffect(() => () => cancelScroll.current?.(), []);
  // Rows React has just drawn get their marks from the store as it is now.
  useLayoutEffect(() => {
    if (!scrollRef.current) return;
    marked.current = selectChronicleIndex(store.getState());
    markRows(scrollRef.current, marked.current);
  });

  const markUserScroll = () => {
    userScrollUntil.current = performance.now() + USER_SCROLL_WINDOW_MS;
  };
  const onScroll = () => {
    const element = scrollRef.current;
    if (!element || performance.now() >= userScrollUntil.current || !atlas) return;
    const middle = Math.floor((element.scrollTop + element.clientHeight / 2) / ROW_HEIGHT);
    const dated = atlas.chronicle[Math.min(atlas.chronicle.length - 1, Math.max(0, middle))];
    if (dated) dispatch(store, setDay(dated.day));
  };

  if (!atlas) return null;
  return (
    <section className="chronicle" aria-labelledby="chronicle-title">
      <h2 id="chronicle-title">Chronicle</h2>
      <ol
        className="chronicle-list"
        ref={scrollRef}
        onScroll={onScroll}
        onWheel={markUserScroll}
        onTouchMove={markUserScroll}
        onKeyDown={markUserScroll}
        tabIndex={0}
        aria-label="Events in date order"
        style={{ position: 'relative' }}
      >
        <li aria-hidden="true" style={{ height: rowWindow.totalHeight, listStyle: 'none' }} />
        {rowWindow.rows.map((item) => (
          <ChronicleRow
            key={item.index}
            atlas={atlas}
            store={store}
            index={item.index}
            start={item.start}
            selected={events[item.index]?.event.pactId === selectedPact}
          />
        ))}
      </ol>
    </section>
  );
}

interface RowProps {
  atlas: Atlas;
  store: AppStore;
  index: number;
  start: number;
  selected: boolean;
}

// Memoised: when the rows drawn change, only the rows coming into view render.
const ChronicleRow = memo(function ChronicleRow({ atlas, store, index, start, selected }: RowProps) {
  const dated = atlas.chronicle[index];
  if (!dated) return null;
  const { event } = dated;
  const pact = atlas.pactById.get(event.pactId);
  const actors = event.actorIds?.map((id) => atlas.actorById.get(id)?.name ?? id);
  return (
    <li
      className="chronicle-item"
      data-index={index}
      data-selected={selected}
      style={{
        position: 'absolute',
        top: 0,
        left: 0,
        right: 0,
        height: ROW_HEIGHT,
        transform: `translateY(${start}px)`,
      }}
    >
      <button type="button" onClick={() => dispatch(store, goToEvent(dated.day, event.pactId))}>
        <span className="chronicle-date">
          {chronicleDate(atlas, index)}
          {event.dateSource === 'public-record' ? (
            <abbr title="Date from the public record, not the document"> †</abbr>
          ) : null}
        </span>
        <span className="chronicle-text">
          <bdi>{pact?.shortName ?? event.pactId}</bdi>: {EVENT_TYPE_LABELS[event.type]}
          {actors?.length ? (
            <>
              {' ('}
              <NameList names={actors} />)
            </>
          ) : null}
        </span>
      </button>
    </li>
  );
});
