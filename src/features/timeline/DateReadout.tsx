import { useRef } from 'react';
import { formatDay } from '../../domain/dates';
import { useAppStore, useAppStoreApi } from '../../state/storeContext';
import { selectAtlas, selectBasis, selectDay, selectPlaying } from '../../state/selectors';
import { useStoreFollower } from '../../state/useStoreFollower';

/** Writes `text` into the element's one text node, in place (no node is removed or created), if it differs. */
function setText(element: HTMLElement, text: string): void {
  const node = element.firstChild;
  if (node instanceof Text && !node.nextSibling) {
    if (node.data !== text) node.data = text;
  } else element.textContent = text;
}

/**
 * The date in words and how many pacts are active then, announced politely to screen readers. The date and
 * the count follow the store through refs: a step of the date re-renders nothing here.
 */
export function DateReadout() {
  const store = useAppStoreApi();
  const basis = useAppStore(selectBasis);
  const atlas = useAppStore(selectAtlas);
  // Announcing every frame of play would drown a screen reader: speak only when the date rests.
  const playing = useAppStore(selectPlaying);
  const dateRef = useRef<HTMLElement>(null);
  const countRef = useRef<HTMLSpanElement>(null);
  useStoreFollower(
    store,
    selectDay,
    (day) => {
      const count = atlas ? atlas.timelines[basis].activePactCount(day) : 0;
      if (dateRef.current) setText(dateRef.current, formatDay(day));
      // Most steps keep the count: its text is written when it changes (each write re-lays the line out).
      if (countRef.current) setText(countRef.current, `${count} ${count === 1 ? 'pact' : 'pacts'} active`);
    },
    [atlas, basis],
  );
  return (
    <p className="date-readout" aria-live={playing ? 'off' : 'polite'} aria-atomic="true">
      <strong data-testid="current-date" ref={dateRef} />
      <span data-testid="active-count" ref={countRef} />
      <span className="basis-note">counted from {basis === 'signed' ? 'signing' : 'entry into force'}</span>
    </p>
  );
}
