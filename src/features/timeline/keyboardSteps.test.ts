import { describe, expect, it } from 'vitest';
import { dayToIso, toDayNumber } from '../../domain/dates';
import { dayAfterKey } from './keyboardSteps';

const span = { from: toDayNumber('1907-08-31'), to: toDayNumber('2025-05-30') };
const at = (iso: string) => toDayNumber(iso);

describe('dayAfterKey', () => {
  it.each([
    ['ArrowRight', false, '1960-01-15', '1960-02-15'],
    ['ArrowLeft', false, '1960-01-15', '1959-12-15'],
    ['ArrowRight', true, '1960-01-15', '1960-01-16'],
    ['PageUp', false, '1960-01-15', '1961-01-15'],
    ['PageDown', true, '1960-01-15', '1950-01-15'],
    ['Home', false, '1960-01-15', '1907-08-31'],
    ['End', false, '1960-01-15', '2025-05-30'],
    ['PageUp', true, '2020-01-01', '2025-05-30'],
  ])('%s (shift %s) from %s goes to %s', (key, shift, from, to) => {
    expect(dayToIso(dayAfterKey(key, shift, at(from), span) as number)).toBe(to);
  });

  it('ignores other keys', () => {
    expect(dayAfterKey('a', false, at('1960-01-01'), span)).toBeNull();
  });
});
