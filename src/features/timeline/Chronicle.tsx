import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { formatPreciseDate } from '../../domain/dates';
import { goToEvent, setDay } from '../../state/actions';
import { dispatch } from '../../state/dispatch';
import { useAppStore, useAppStoreApi } from '../../state/storeContext';
import { selectAtlas, selectChronicleIndex, selectSelectedPactId } from '../../state/selectors';
import { EVENT_TYPE_LABELS } from './eventLabels';
import { NameList } from '../text/NameList';

const ROW_HEIGHT = 46;
// User scrolling (wheel, touch, keys) moves the date; scrolling done to follow the date must not.
const USER_SCROLL_WINDOW_MS = 400;

/** The chronological list of events: follows the date, moves it when scrolled, goes to an event when clicked. */
export function Chronicle() {
  const store = useAppStoreApi();
  const atlas = useAppStore(selectAtlas);
  const current = useAppStore(selectChronicleIndex);
  const selectedPact = useAppStore(selectSelectedPactId);
  const scrollRef = useRef<HTMLOListElement>(null);
  const userScrollUntil = useRef(0);
  const events = atlas?.chronicle ?? [];
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: events.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    // Before the list is measured (and where nothing is, as in jsdom) render a screenful of rows.
    initialRect: { width: 0, height: 12 * ROW_HEIGHT },
  });

  useEffect(() => {
    if (current < 0 || performance.now() < userScrollUntil.current) return;
    virtualizer.scrollToIndex(current, { align: 'center' });
  }, [current, virtualizer]);

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
        <li aria-hidden="true" style={{ height: virtualizer.getTotalSize(), listStyle: 'none' }} />
        {virtualizer.getVirtualItems().map((item) => {
          const dated = events[item.index];
          if (!dated) return null;
          const { event } = dated;
          const pact = atlas.pactById.get(event.pactId);
          const actors = event.actorIds?.map((id) => atlas.actorById.get(id)?.name ?? id);
          return (
            <li
              key={event.id}
              className="chronicle-item"
              data-past={item.index <= current}
              aria-current={item.index === current ? 'true' : undefined}
              data-selected={event.pactId === selectedPact}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                height: ROW_HEIGHT,
                transform: `translateY(${item.start}px)`,
              }}
            >
              <button type="button" onClick={() => dispatch(store, goToEvent(dated.day, event.pactId))}>
                <span className="chronicle-date">
                  {formatPreciseDate(event.date)}
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
        })}
      </ol>
    </section>
  );
}
