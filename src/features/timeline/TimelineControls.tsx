import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { toDayNumber } from '../../domain/dates';
import type { ScaleMode } from '../../domain/timescale/timeScale';
import { setBasis, setPlaying, setScaleMode, setSpeed, setZoom, stepEvent } from '../../state/actions';
import { dispatch } from '../../state/dispatch';
import { useAppStore, useAppStoreApi } from '../../state/storeContext';
import {
  selectAtlas,
  selectBasis,
  selectPlaying,
  selectScaleMode,
  selectSpeed,
  selectZoom,
} from '../../state/selectors';
import type { Basis } from '../../state/types';
import { zoomPresets } from './zoomPresets';

export const SPEEDS = [
  { label: '1 month/s', value: 30 },
  { label: '1 year/s', value: 365 },
  { label: '5 years/s', value: 1826 },
  { label: '20 years/s', value: 7305 },
] as const;

/** Step, play, speed, basis, scale and zoom controls of the timeline. */
export function TimelineControls() {
  const store = useAppStoreApi();
  const atlas = useAppStore(selectAtlas);
  const playing = useAppStore(selectPlaying);
  const speed = useAppStore(selectSpeed);
  const basis = useAppStore(selectBasis);
  const mode = useAppStore(selectScaleMode);
  const zoom = useAppStore(useShallow(selectZoom));
  const presets = useMemo(() => (atlas ? zoomPresets(atlas.span, toDayNumber) : []), [atlas]);
  const zoomValue = presets.find((p) => p.span.from === zoom?.from && p.span.to === zoom?.to)?.id ?? 'all';

  return (
    <div className="timeline-controls">
      <button type="button" onClick={() => dispatch(store, stepEvent(-1))} title="Go to the previous event">
        ‹ Previous event
      </button>
      <button
        type="button"
        onClick={() => dispatch(store, setPlaying(!playing))}
        aria-label={playing ? 'Pause' : 'Play'}
        className="play-button"
      >
        <span aria-hidden="true">{playing ? '❚❚ Pause' : '▶ Play'}</span>
      </button>
      <button type="button" onClick={() => dispatch(store, stepEvent(1))} title="Go to the next event">
        Next event ›
      </button>
      <label>
        Speed{' '}
        <select value={speed} onChange={(e) => dispatch(store, setSpeed(Number(e.target.value)))}>
          {SPEEDS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="segmented">
        <legend>Count pacts from</legend>
        {(['signed', 'in-force'] as const satisfies readonly Basis[]).map((b) => (
          <label key={b}>
            <input
              type="radio"
              name="basis"
              value={b}
              checked={basis === b}
              onChange={() => dispatch(store, setBasis(b))}
            />
            {b === 'signed' ? 'signing' : 'entry into force'}
          </label>
        ))}
      </fieldset>
      <label>
        Scale{' '}
        <select value={mode} onChange={(e) => dispatch(store, setScaleMode(e.target.value as ScaleMode))}>
          <option value="events">room for events</option>
          <option value="time">even time</option>
        </select>
      </label>
      <label>
        Span{' '}
        <select
          value={zoomValue}
          onChange={(e) =>
            dispatch(store, setZoom(presets.find((p) => p.id === e.target.value)?.span ?? null))
          }
        >
          <option value="all">whole history</option>
          {presets.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
