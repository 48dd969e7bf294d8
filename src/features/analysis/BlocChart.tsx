import type { BlocSample } from '../../domain/analysis';
import { yearOfDay } from '../../domain/dates';

const WIDTH = 320;
const HEIGHT = 90;

/** Number and size of blocs over time: one stacked bar per sample (each segment a bloc), the date marked. */
export function BlocChart({ samples, day }: { samples: readonly BlocSample[]; day: number }) {
  const first = samples[0]?.day;
  const last = samples.at(-1)?.day;
  if (first === undefined || last === undefined || last <= first) return null;
  const maxTotal = Math.max(1, ...samples.map((s) => s.sizes.reduce((a, b) => a + b, 0)));
  const barWidth = WIDTH / samples.length;
  const x = (d: number) => ((d - first) / (last - first)) * (WIDTH - barWidth);
  const most = samples.reduce((best, s) => (s.count > best.count ? s : best), samples[0]!);
  return (
    <figure className="bloc-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT + 14}`}
        role="img"
        aria-label={`Blocs over time: at most ${most.count}, in ${yearOfDay(most.day)}`}
      >
        {samples.map((s) => {
          let y = HEIGHT;
          return s.sizes.map((size, i) => {
            const h = (size / maxTotal) * HEIGHT;
            y -= h;
            return (
              <rect
                key={`${s.day}-${i}`}
                x={x(s.day)}
                y={y}
                width={Math.max(1, barWidth - 0.5)}
                height={h}
                className={`bloc-seg bloc-seg-${i % 4}`}
              />
            );
          });
        })}
        {day >= first && day <= last ? (
          <line
            x1={x(day) + barWidth / 2}
            x2={x(day) + barWidth / 2}
            y1={0}
            y2={HEIGHT}
            className="bloc-chart-now"
          />
        ) : null}
        <text x={0} y={HEIGHT + 12} fontSize={9}>
          {yearOfDay(first)}
        </text>
        <text x={WIDTH} y={HEIGHT + 12} fontSize={9} textAnchor="end">
          {yearOfDay(last)}
        </text>
      </svg>
      <figcaption>
        States in blocs over time (whole span); each shade is one bloc, the largest at the bottom; the line is
        the date shown.
      </figcaption>
    </figure>
  );
}
