// The forecast of cards due on each of the next 30 days, as an SVG bar chart drawn on the server.
import { useId } from 'react';
import { linearScale, niceTicks } from '@/lib/charts/scale';
import { HorizontalGridlines } from './Gridlines';

const WIDTH = 600;
const HEIGHT = 180;
const PAD = { left: 32, right: 8, top: 10, bottom: 22 };

export function ForecastBars({
  forecast,
  label,
  description,
}: {
  forecast: { day: string; due: number }[];
  label: string;
  /** What the chart shows, in words: its text alternative. */
  description: string;
}) {
  const id = useId();
  const max = Math.max(1, ...forecast.map((f) => f.due));
  const y = linearScale([0, max], [HEIGHT - PAD.bottom, PAD.top]);
  const band = (WIDTH - PAD.left - PAD.right) / forecast.length;
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={label}
        aria-describedby={id}
        style={{ width: '100%', height: 'auto' }}
      >
        <HorizontalGridlines
          ticks={niceTicks(0, max, 4)}
          scale={y}
          from={PAD.left}
          to={WIDTH - PAD.right}
        />
        {forecast.map((f, i) => (
          <g key={f.day}>
            <rect
              x={PAD.left + i * band + 1}
              y={y(f.due)}
              width={Math.max(1, band - 2)}
              height={HEIGHT - PAD.bottom - y(f.due)}
              fill="var(--accent)"
            >
              <title>{`${f.day}: ${f.due}`}</title>
            </rect>
            {i % 5 === 0 && (
              <text
                x={PAD.left + i * band + band / 2}
                y={HEIGHT - 6}
                textAnchor="middle"
                className="chart-label"
              >
                {f.day.slice(5)}
              </text>
            )}
          </g>
        ))}
      </svg>
      <figcaption id={id}>{description}</figcaption>
    </figure>
  );
}
