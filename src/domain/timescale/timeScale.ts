import { lowerBound } from '../timeline/search';

export const SCALE_MODES = ['time', 'events'] as const;
/** 'time': position proportional to date. 'events': dense years get room in proportion to their events. */
export type ScaleMode = (typeof SCALE_MODES)[number];

/** Maps days to slider positions in [0, 1] and back, monotonic both ways. */
export interface TimeScale {
  from: number;
  to: number;
  toPosition(day: number): number;
  toDay(position: number): number;
}

// Share of the track spent on plain time in 'events' mode: empty decades still get some room to scrub.
const TIME_SHARE = 0.3;

/**
 * Builds the slider scale over [from, to]. In 'events' mode the track is piecewise linear through knots at
 * each event day, each knot advanced by a share of time elapsed plus a share of events passed, so 1907 and
 * the crowded 2020s are both usable on one track.
 */
export function buildTimeScale(
  eventDays: ArrayLike<number>,
  from: number,
  to: number,
  mode: ScaleMode,
): TimeScale {
  const length = Math.max(1, to - from);
  if (mode === 'time') {
    return {
      from,
      to,
      toPosition: (day) => clamp01((day - from) / length),
      toDay: (position) => Math.round(from + clamp01(position) * length),
    };
  }
  const inside: number[] = [];
  for (let i = lowerBound(eventDays, from); i < eventDays.length && (eventDays[i] as number) <= to; i++) {
    inside.push(eventDays[i] as number);
  }
  const days = [from, ...inside.filter((d) => d > from && d < to), to];
  const positions = days.map(
    (day, i) => TIME_SHARE * ((day - from) / length) + (1 - TIME_SHARE) * (i / (days.length - 1)),
  );
  return {
    from,
    to,
    toPosition: (day) => interpolate(days, positions, day),
    toDay: (position) => Math.round(interpolate(positions, days, clamp01(position))),
  };
}

function interpolate(xs: readonly number[], ys: readonly number[], x: number): number {
  if (x <= (xs[0] as number)) return ys[0] as number;
  if (x >= (xs.at(-1) as number)) return ys.at(-1) as number;
  const i = Math.max(1, lowerBound(xs, x));
  const x0 = xs[i - 1] as number;
  const x1 = xs[i] as number;
  const y0 = ys[i - 1] as number;
  const y1 = ys[i] as number;
  return x1 === x0 ? y1 : y0 + ((x - x0) / (x1 - x0)) * (y1 - y0);
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/** Events per bin of the slider track (bins equal in position, not in time); one entry per event in `eventDays`. */
export function positionHistogram(eventDays: ArrayLike<number>, scale: TimeScale, bins: number): number[] {
  const result = new Array<number>(bins).fill(0);
  for (let i = 0; i < eventDays.length; i++) {
    const day = eventDays[i] as number;
    if (day < scale.from || day > scale.to) continue;
    const bin = Math.min(bins - 1, Math.floor(scale.toPosition(day) * bins));
    result[bin] = (result[bin] as number) + 1;
  }
  return result;
}

const TICK_STEPS = [1, 2, 5, 10, 20, 25, 50, 100] as const;

/**
 * Year ticks for the slider: the finest round step that gives at most `maxTicks` over the span, then
 * thinned so no two labels sit closer than `minGap` of the track (in 'events' mode years are uneven).
 */
export function yearTicks(
  scale: TimeScale,
  yearOf: (day: number) => number,
  dayOfYear: (year: number) => number,
  maxTicks = 12,
  minGap = 0.06,
): { year: number; position: number }[] {
  const first = yearOf(scale.from);
  const last = yearOf(scale.to);
  const step = TICK_STEPS.find((s) => (last - first) / s <= maxTicks) ?? 100;
  const ticks: { year: number; position: number }[] = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) {
    const day = dayOfYear(year);
    if (day < scale.from || day > scale.to) continue;
    const position = scale.toPosition(day);
    const previous = ticks.at(-1);
    if (!previous || position - previous.position >= minGap) ticks.push({ year, position });
  }
  return ticks;
}
