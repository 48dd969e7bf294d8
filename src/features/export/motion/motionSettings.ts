import { toDayNumber } from '../../../domain/dates';

export const MOTION_FORMATS = ['gif', 'webm', 'mp4'] as const;
export type MotionFormat = (typeof MOTION_FORMATS)[number];

export const MOTION_SIZES = {
  small: { width: 640, height: 360, label: '640 × 360 px' },
  medium: { width: 960, height: 540, label: '960 × 540 px' },
  hd: { width: 1280, height: 720, label: '1280 × 720 px' },
  fullHd: { width: 1920, height: 1080, label: '1920 × 1080 px' },
} as const;
export type MotionSize = keyof typeof MOTION_SIZES;

/** A span of history to export as an animation. */
export interface MotionSettings {
  format: MotionFormat;
  /** `YYYY-MM-DD`. */
  from: string;
  to: string;
  /** Years of history per second of animation. */
  yearsPerSecond: number;
  fps: number;
  size: MotionSize;
}

export const DEFAULT_MOTION_SETTINGS: Omit<MotionSettings, 'from' | 'to'> = {
  format: 'gif',
  yearsPerSecond: 1,
  fps: 4,
  size: 'medium',
};

/** The cap on an export's memory: encoders keep the whole file in memory until it is saved. */
export const MOTION_MEMORY_CAP_BYTES = 512 * 1024 * 1024;
export const MAX_FRAMES = 1800;
const DAYS_PER_YEAR = 365.2425;

/** The days the frames show, evenly spaced from `from` to `to`, both included. */
export function frameDays(
  settings: Pick<MotionSettings, 'from' | 'to' | 'yearsPerSecond' | 'fps'>,
): number[] {
  const from = toDayNumber(settings.from);
  const to = toDayNumber(settings.to);
  if (!(to > from))
    throw new RangeError(`The animation must end after it starts: ${settings.from} to ${settings.to}`);
  if (!(settings.yearsPerSecond > 0))
    throw new RangeError(`Speed must be positive, got ${settings.yearsPerSecond} years a second`);
  if (!(Number.isInteger(settings.fps) && settings.fps >= 1 && settings.fps <= 60))
    throw new RangeError(`Frames per second must be a whole number from 1 to 60, got ${settings.fps}`);
  const seconds = (to - from) / DAYS_PER_YEAR / settings.yearsPerSecond;
  const count = Math.max(2, Math.round(seconds * settings.fps) + 1);
  return Array.from({ length: count }, (_, i) => Math.round(from + ((to - from) * i) / (count - 1)));
}

/** What an export will cost, worked out before it starts. */
export interface MotionBudget {
  frames: number;
  seconds: number;
  width: number;
  height: number;
  /** Upper estimate of the peak memory the export holds (frame canvases and the encoded file). */
  peakBytes: number;
  withinCap: boolean;
}

/** Frames, duration and an upper estimate of memory: working canvases plus the file (GIF ≤ 1 byte a pixel a frame; video at its bitrate). */
export function motionBudget(settings: MotionSettings): MotionBudget {
  const frames = frameDays(settings).length;
  const { width, height } = MOTION_SIZES[settings.size];
  const pixels = width * height;
  const seconds = frames / settings.fps;
  // The off-screen graph's canvas layers, the graph image and the frame: about six RGBA buffers.
  const working = 6 * pixels * 4;
  // A GIF frame of a graph compresses far below a byte a pixel; a byte is the safe bound. Video: 8 Mbit/s at most.
  const file = settings.format === 'gif' ? frames * pixels : (seconds * 8_000_000) / 8;
  const peakBytes = working + file;
  return {
    frames,
    seconds,
    width,
    height,
    peakBytes,
    withinCap: peakBytes <= MOTION_MEMORY_CAP_BYTES && frames <= MAX_FRAMES,
  };
}

export const megabytes = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024))} MB`;
