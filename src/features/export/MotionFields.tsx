import { NumberField } from './NumberField';
import {
  MOTION_SIZES,
  megabytes,
  MOTION_MEMORY_CAP_BYTES,
  type MotionBudget,
  type MotionSettings,
  type MotionSize,
} from './motion/motionSettings';

// What the inputs step through; motionBudget says what is wrong with a typed value.
const RATE_FIELDS = [
  { key: 'yearsPerSecond', label: 'Years per second', min: 0.1, max: 50, step: 0.1 },
  { key: 'fps', label: 'Frames per second', min: 1, max: 30, step: 1 },
] as const;

/** The span, speed, frame rate and size of an animation, and what it will cost, said before it starts. */
export function MotionFields({
  settings,
  onChange,
  budget,
  disabled,
}: {
  settings: MotionSettings;
  onChange: (next: MotionSettings) => void;
  budget: MotionBudget | { error: string };
  disabled: boolean;
}) {
  const set = <K extends keyof MotionSettings>(key: K, value: MotionSettings[K]) =>
    onChange({ ...settings, [key]: value });
  return (
    <fieldset className="export-motion" disabled={disabled}>
      <legend>History in motion</legend>
      <label>
        From{' '}
        <input type="date" value={settings.from} onChange={(e) => set('from', e.target.value)} required />
      </label>
      <label>
        To <input type="date" value={settings.to} onChange={(e) => set('to', e.target.value)} required />
      </label>
      {RATE_FIELDS.map(({ key, ...field }) => (
        <NumberField key={key} {...field} value={settings[key]} onChange={(value) => set(key, value)} />
      ))}
      <label>
        Frame size{' '}
        <select value={settings.size} onChange={(e) => set('size', e.target.value as MotionSize)}>
          {Object.entries(MOTION_SIZES).map(([key, size]) => (
            <option key={key} value={key}>
              {size.label}
            </option>
          ))}
        </select>
      </label>
      <p className="export-budget" data-testid="motion-budget">
        {'error' in budget
          ? budget.error
          : `${budget.frames} frames, ${budget.seconds.toFixed(1)} s at ${budget.width} × ${budget.height} px; ` +
            `up to ${megabytes(budget.peakBytes)} of memory (the cap is ${megabytes(MOTION_MEMORY_CAP_BYTES)})` +
            (budget.withinCap ? '.' : ': too large, shorten the span or lower the frame rate or size.')}
      </p>
    </fieldset>
  );
}
