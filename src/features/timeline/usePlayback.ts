import { useEffect } from 'react';
import { setDay } from '../../state/actions';
import { dispatch } from '../../state/dispatch';
import type { AppStore } from '../../state/createAppStore';
import { selectPlaying } from '../../state/selectors';

/** While playing, advances the date by `speed` days per second, one store update per animation frame. */
export function usePlayback(store: AppStore): void {
  useEffect(() => {
    let frame = 0;
    let last = 0;
    let carry = 0;
    const tick = (now: number) => {
      const { playing, speed, day } = store.getState().timeline;
      if (!playing) {
        frame = 0;
        return;
      }
      const elapsed = last ? Math.min(now - last, 100) : 0;
      last = now;
      carry += (elapsed / 1000) * speed;
      const whole = Math.trunc(carry);
      if (whole !== 0) {
        carry -= whole;
        dispatch(store, setDay(day + whole));
      }
      frame = requestAnimationFrame(tick);
    };
    const start = () => {
      if (frame || !store.getState().timeline.playing) return;
      last = 0;
      carry = 0;
      frame = requestAnimationFrame(tick);
    };
    start();
    const unsubscribe = store.subscribe(selectPlaying, (playing) => {
      if (playing) start();
    });
    return () => {
      unsubscribe();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [store]);
}
