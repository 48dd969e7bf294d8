import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../domain/dates';
import { DEFAULT_MOTION_SETTINGS, frameDays, MOTION_MEMORY_CAP_BYTES, motionBudget } from './motionSettings';

describe('frameDays', () => {
  it('spaces frames evenly from the first day to the last, both included', () => {
    const days = frameDays({ from: '1945-01-01', to: '1960-01-01', yearsPerSecond: 3, fps: 2 });
    expect(days).toHaveLength(11);
    expect(days[0]).toBe(toDayNumber('1945-01-01'));
    expect(days.at(-1)).toBe(toDayNumber('1960-01-01'));
    const steps = days.slice(1).map((d, i) => d - (days[i] ?? 0));
    expect(Math.max(...steps) - Math.min(...steps)).toBeLessThanOrEqual(1);
  });
  it('gives years ÷ speed × fps + 1 frames', () => {
    expect(frameDays({ from: '1945-01-01', to: '1960-01-01', yearsPerSecond: 1, fps: 4 })).toHaveLength(61);
  });
  it.each([
    [{ from: '1960-01-01', to: '1945-01-01', yearsPerSecond: 1, fps: 4 }, /must end after it starts/],
    [{ from: '1945-01-01', to: '1960-01-01', yearsPerSecond: 0, fps: 4 }, /Speed must be positive/],
    [
      { from: '1945-01-01', to: '1960-01-01', yearsPerSecond: 1, fps: 0 },
      /Frames per second must be a whole number/,
    ],
    [
      { from: '1945-01-01', to: '1960-01-01', yearsPerSecond: 1, fps: 2.5 },
      /Frames per second must be a whole number/,
    ],
  ])('refuses %o', (settings, message) => {
    expect(() => frameDays(settings)).toThrow(message);
  });
});

describe('motionBudget', () => {
  const fifteenYears = { ...DEFAULT_MOTION_SETTINGS, from: '1945-01-01', to: '1960-01-01' };
  it('states frames, duration and size before anything starts', () => {
    expect(motionBudget(fifteenYears)).toMatchObject({
      frames: 61,
      width: 960,
      height: 540,
      withinCap: true,
    });
    expect(motionBudget(fifteenYears).seconds).toBeCloseTo(61 / 4, 6);
  });
  it('refuses what would pass the memory cap', () => {
    const long = motionBudget({
      ...fifteenYears,
      from: '1800-01-01',
      to: '2024-01-01',
      yearsPerSecond: 0.5,
      fps: 30,
      size: 'fullHd',
    });
    expect(long.peakBytes).toBeGreaterThan(MOTION_MEMORY_CAP_BYTES);
    expect(long.withinCap).toBe(false);
  });
  it('counts a video by its bitrate, far below a GIF of the same frames', () => {
    const gif = motionBudget({ ...fifteenYears, format: 'gif' });
    const video = motionBudget({ ...fifteenYears, format: 'webm' });
    expect(video.peakBytes).toBeLessThan(gif.peakBytes);
  });
});
