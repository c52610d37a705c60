// The forecast of cards due on each of the next 30 days, as an SVG bar chart drawn on the server.
import { useId } from 'react';
import type { ChartFrame } from '@/lib/charts/frame';
import { linearScale, niceTicks } from '@/lib/charts/scale';
import { Framed } from './Framed';
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
  const draw = ({ width, font }: ChartFrame) => {
    const band = (width - PAD.left - PAD.right) / forecast.length;
    return (
      <svg
        viewBox={`0 0 ${width} ${HEIGHT}`}
        role="img"
        aria-label={label}
        aria-describedby={id}
        fontSize={font}
        style={{ width: '100%', height: 'auto' }}
      >
        <HorizontalGridlines
          // Whole cards: never a tick at a fraction of one.
          ticks={niceTicks(0, max, Math.min(4, max)).filter(Number.isInteger)}
          scale={y}
          from={PAD.left}
          to={width - PAD.right}
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
    );
  };
  return (
    <figure className="chart">
      <Framed width={WIDTH} draw={draw} />
      <figcaption id={id}>{description}</figcaption>
    </figure>
  );
}
