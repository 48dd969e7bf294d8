import type { DatedEvent } from '../../domain/atlas/buildAtlas';
import { formatPreciseDate, yearOfDay } from '../../domain/dates';
import { EVENT_TYPE_LABELS } from '../timeline/eventLabels';

const WIDTH = 300;
const HEIGHT = 30;
const PAD = 8;

/**
 * A small timeline of one pact's events: filled marks for dates the document states, hollow ones for dates
 * from the public record, and a line at the date shown.
 */
export function PactEventStrip({ events, day }: { events: readonly DatedEvent[]; day: number }) {
  const first = events[0]?.day;
  const last = events.at(-1)?.day;
  if (first === undefined || last === undefined) return null;
  const span = Math.max(1, last - first);
  const x = (d: number) => PAD + ((Math.min(Math.max(d, first), last) - first) / span) * (WIDTH - 2 * PAD);
  return (
    <svg
      className="event-strip"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={`${events.length} events from ${yearOfDay(first)} to ${yearOfDay(last)}`}
    >
      <line x1={PAD} x2={WIDTH - PAD} y1={14} y2={14} stroke="#c9d2dc" strokeWidth={2} />
      {day >= first && day <= last ? (
        <line x1={x(day)} x2={x(day)} y1={4} y2={24} stroke="#f59e0b" strokeWidth={2} />
      ) : null}
      {events.map(({ event, day: d }) => (
        <circle
          key={event.id}
          cx={x(d)}
          cy={14}
          r={4}
          fill={event.dateSource === 'document' ? '#1f5fa8' : '#ffffff'}
          stroke="#1f5fa8"
          strokeWidth={1.5}
        >
          <title>{`${formatPreciseDate(event.date)}: ${EVENT_TYPE_LABELS[event.type]}`}</title>
        </circle>
      ))}
      <text x={PAD} y={29} fontSize={8} fill="#5b6470">
        {yearOfDay(first)}
      </text>
      <text x={WIDTH - PAD} y={29} fontSize={8} fill="#5b6470" textAnchor="end">
        {yearOfDay(last)}
      </text>
    </svg>
  );
}
