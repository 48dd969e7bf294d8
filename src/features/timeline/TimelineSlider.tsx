import { memo, useEffect, useMemo, useRef, type PointerEvent } from 'react';
import { dayOfYearStart, formatDay, yearOfDay } from '../../domain/dates';
import { positionHistogram, yearTicks } from '../../domain/timescale/timeScale';
import { setDay } from '../../state/actions';
import { dispatch } from '../../state/dispatch';
import { useAppStore, useAppStoreApi } from '../../state/storeContext';
import { selectAtlas, selectDay } from '../../state/selectors';
import { useStoreFollower } from '../../state/useStoreFollower';
import { dayAfterKey } from './keyboardSteps';
import { useTimeScale } from './useTimeScale';

const BINS = 120;

/**
 * The date slider: an accessible handle over a histogram of events; the track's scale gives dense years room.
 * The handle follows the date outside React renders (its place and ARIA values are written through a ref):
 * a step of the date re-renders nothing here.
 */
export function TimelineSlider() {
  const store = useAppStoreApi();
  const atlas = useAppStore(selectAtlas);
  const scale = useTimeScale();
  const trackRef = useRef<HTMLDivElement>(null);
  const handleRef = useRef<HTMLDivElement>(null);
  const pending = useRef(0);

  useStoreFollower(
    store,
    selectDay,
    (day) => {
      const handle = handleRef.current;
      if (!handle || !scale) return;
      handle.style.left = `${scale.toPosition(day) * 100}%`;
      handle.setAttribute('aria-valuenow', String(day));
      handle.setAttribute('aria-valuetext', formatDay(day));
    },
    [scale],
  );

  // The handle's keys are handled at the document, in the capture phase, and stopped there, their key-up too:
  // React's event system never sees them. A held arrow key repeats about 30 times a second, and React's dispatch
  // of each press (capture and bubble through its root, with no listener of ours to call) cost about 0.2 ms on
  // the bench machine, more than the canvas's patch of a month on the shipped data. Other keys go on.
  useEffect(() => {
    const handle = handleRef.current;
    if (!handle || !scale) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.target !== handle) return;
      const next = dayAfterKey(event.key, event.shiftKey, store.getState().timeline.day, scale);
      if (next === null) return;
      event.preventDefault();
      event.stopPropagation();
      if (event.type === 'keydown') dispatch(store, setDay(next));
    };
    const document = handle.ownerDocument;
    document.addEventListener('keydown', onKey, { capture: true });
    document.addEventListener('keyup', onKey, { capture: true });
    return () => {
      document.removeEventListener('keydown', onKey, { capture: true });
      document.removeEventListener('keyup', onKey, { capture: true });
    };
  }, [store, scale]);

  const bins = useMemo(
    () => (atlas && scale ? positionHistogram(atlas.chronicleDays, scale, BINS) : []),
    [atlas, scale],
  );

  const ticks = useMemo(() => (scale ? yearTicks(scale, yearOfDay, dayOfYearStart) : []), [scale]);

  if (!scale) return null;

  // Pointer moves are coalesced to one store update per animation frame.
  const moveTo = (clientX: number) => {
    const rect = trackRef.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return;
    const target = scale.toDay((clientX - rect.left) / rect.width);
    if (pending.current) cancelAnimationFrame(pending.current);
    pending.current = requestAnimationFrame(() => {
      pending.current = 0;
      dispatch(store, setDay(target));
    });
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    moveTo(event.clientX);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (event.currentTarget.hasPointerCapture(event.pointerId)) moveTo(event.clientX);
  };

  return (
    <div className="slider" ref={trackRef} onPointerDown={onPointerDown} onPointerMove={onPointerMove}>
      <Histogram bins={bins} />
      <div className="slider-track" />
      <div
        className="slider-handle"
        role="slider"
        tabIndex={0}
        aria-label="Date"
        aria-valuemin={scale.from}
        aria-valuemax={scale.to}
        ref={handleRef}
      />
      <Ticks ticks={ticks} />
    </div>
  );
}

// Memoised: the bars and ticks change with the dataset, zoom or scale, not with every move of the date.
const Histogram = memo(function Histogram({ bins }: { bins: readonly number[] }) {
  const max = Math.max(1, ...bins);
  return (
    <svg
      className="slider-histogram"
      viewBox={`0 0 ${BINS} 100`}
      preserveAspectRatio="none"
      aria-hidden="true"
    >
      {bins.map((count, i) =>
        count > 0 ? (
          <rect key={i} x={i + 0.1} width={0.8} y={100 - (count / max) * 100} height={(count / max) * 100} />
        ) : null,
      )}
    </svg>
  );
});

const Ticks = memo(function Ticks({ ticks }: { ticks: readonly { year: number; position: number }[] }) {
  return (
    <div className="slider-ticks" aria-hidden="true">
      {ticks.map((tick) => (
        <span key={tick.year} style={{ left: `${tick.position * 100}%` }}>
          {tick.year}
        </span>
      ))}
    </div>
  );
});
