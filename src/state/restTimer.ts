/**
 * Calls `onRest` once `ms` have passed since the last `move()`. A move only pushes a deadline back: the one
 * timer armed waits out the rest and re-arms itself for what is left, instead of every move clearing a timer and
 * setting another (a held arrow key moves the date about 30 times a second, and three followers wait for it to
 * rest). Time is read from `Date.now()`, which fake timers in tests move with their clock.
 */
export interface RestTimer {
  /** A move: `onRest` runs `ms` after the last one. */
  move(): void;
  /** Forgets the wait without calling `onRest`. */
  cancel(): void;
  /** Whether a move is waiting to rest. */
  readonly waiting: boolean;
}

export function restTimer(ms: number, onRest: () => void): RestTimer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let due = 0;
  const check = () => {
    const left = due - Date.now();
    if (left > 0) {
      timer = setTimeout(check, left);
      return;
    }
    timer = undefined;
    onRest();
  };
  return {
    move() {
      due = Date.now() + ms;
      timer ??= setTimeout(check, ms);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
    get waiting() {
      return timer !== undefined;
    },
  };
}
