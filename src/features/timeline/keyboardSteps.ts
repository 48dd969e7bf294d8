import { addCalendar, type CalendarUnit } from '../../domain/dates';

/** What each key does to the date: arrows a month (Shift: a day), Page keys a year (Shift: a decade). */
export const SLIDER_KEY_STEPS: Record<
  string,
  { unit: CalendarUnit; amount: number; shiftAmount?: number; shiftUnit?: CalendarUnit }
> = {
  ArrowRight: { unit: 'month', amount: 1, shiftUnit: 'day', shiftAmount: 1 },
  ArrowUp: { unit: 'month', amount: 1, shiftUnit: 'day', shiftAmount: 1 },
  ArrowLeft: { unit: 'month', amount: -1, shiftUnit: 'day', shiftAmount: -1 },
  ArrowDown: { unit: 'month', amount: -1, shiftUnit: 'day', shiftAmount: -1 },
  PageUp: { unit: 'year', amount: 1, shiftAmount: 10 },
  PageDown: { unit: 'year', amount: -1, shiftAmount: -10 },
};

/** The day a key press leads to, or null when the key is not a slider key. Home/End go to the span's ends. */
export function dayAfterKey(
  key: string,
  shift: boolean,
  day: number,
  span: { from: number; to: number },
): number | null {
  if (key === 'Home') return span.from;
  if (key === 'End') return span.to;
  const step = SLIDER_KEY_STEPS[key];
  if (!step) return null;
  const unit = shift ? (step.shiftUnit ?? step.unit) : step.unit;
  const amount = shift ? (step.shiftAmount ?? step.amount) : step.amount;
  return Math.min(span.to, Math.max(span.from, addCalendar(day, unit, amount)));
}
