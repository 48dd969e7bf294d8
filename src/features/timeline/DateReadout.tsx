import { useMemo } from 'react';
import { formatDay } from '../../domain/dates';
import { useAppStore } from '../../state/storeContext';
import { selectAtlas, selectBasis, selectDay, selectPlaying } from '../../state/selectors';

/** The date in words and how many pacts are active then, announced politely to screen readers. */
export function DateReadout() {
  const day = useAppStore(selectDay);
  const basis = useAppStore(selectBasis);
  const atlas = useAppStore(selectAtlas);
  // Announcing every frame of play would drown a screen reader: speak only when the date rests.
  const playing = useAppStore(selectPlaying);
  const count = useMemo(() => (atlas ? atlas.timelines[basis].activePactCount(day) : 0), [atlas, basis, day]);
  return (
    <p className="date-readout" aria-live={playing ? 'off' : 'polite'} aria-atomic="true">
      <strong data-testid="current-date">{formatDay(day)}</strong>
      <span data-testid="active-count">
        {count} {count === 1 ? 'pact' : 'pacts'} active
      </span>
      <span className="basis-note">counted from {basis === 'signed' ? 'signing' : 'entry into force'}</span>
    </p>
  );
}
