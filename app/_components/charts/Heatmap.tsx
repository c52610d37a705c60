// The calendar heatmap of reviews per day, drawn as SVG on the server.
import { useId } from 'react';
import { calendarCells } from '@/lib/charts/calendar';
import type { DayCount } from '@/lib/srs/statistics';

const CELL = 11;
const GAP = 2;

export function Heatmap({
  days,
  today,
  label,
  description,
}: {
  days: DayCount[];
  today: string;
  label: string;
  /** What the chart shows, in words: its text alternative. */
  description: string;
}) {
  const id = useId();
  const counts = new Map(days.map((d) => [d.day, d.reviews + d.attempts]));
  const cells = calendarCells(counts, today);
  const weeks = (cells.at(-1)?.week ?? 0) + 1;
  return (
    <figure className="chart">
      <div className="chart-scroll">
        <svg
          viewBox={`0 0 ${weeks * (CELL + GAP)} ${7 * (CELL + GAP)}`}
          role="img"
          aria-label={label}
          aria-describedby={id}
          style={{ minWidth: 560, width: '100%', height: 'auto' }}
        >
          {cells.map((cell) => (
            <rect
              key={cell.day}
              x={cell.week * (CELL + GAP)}
              y={cell.weekday * (CELL + GAP)}
              width={CELL}
              height={CELL}
              rx={2}
              fill={`var(--heat-${cell.level})`}
            >
              <title>{`${cell.day}: ${cell.count}`}</title>
            </rect>
          ))}
        </svg>
      </div>
      <figcaption id={id}>{description}</figcaption>
    </figure>
  );
}
