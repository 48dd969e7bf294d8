import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { restTimer } from './restTimer';

describe('restTimer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('calls back once, `ms` after the last of several moves', () => {
    const onRest = vi.fn();
    const resting = restTimer(250, onRest);
    for (let i = 0; i < 10; i++) {
      resting.move();
      vi.advanceTimersByTime(100);
    }
    // The last move was 100 ms ago: 150 more to go.
    vi.advanceTimersByTime(149);
    expect(onRest).not.toHaveBeenCalled();
    expect(resting.waiting).toBe(true);
    vi.advanceTimersByTime(1);
    expect(onRest).toHaveBeenCalledTimes(1);
    expect(resting.waiting).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(onRest).toHaveBeenCalledTimes(1);
  });

  it('keeps one timer however many moves come', () => {
    const resting = restTimer(250, () => {});
    for (let i = 0; i < 30; i++) resting.move();
    expect(vi.getTimerCount()).toBe(1);
  });

  it('a cancelled wait calls nothing, and a later move waits afresh', () => {
    const onRest = vi.fn();
    const resting = restTimer(250, onRest);
    resting.move();
    vi.advanceTimersByTime(200);
    resting.cancel();
    expect(resting.waiting).toBe(false);
    vi.advanceTimersByTime(500);
    expect(onRest).not.toHaveBeenCalled();
    resting.move();
    vi.advanceTimersByTime(250);
    expect(onRest).toHaveBeenCalledTimes(1);
  });
});
