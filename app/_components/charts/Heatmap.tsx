// The calendar heatmap of reviews per day, drawn as SVG on the server.
import { calendarCells } from '@/lib/charts/calendar';
import type { DayCount } from '@/lib/srs/statistics';

const CELL = 11;
const GAP = 2;

export function Heatmap({
  days,
  today,
  label,
}: {
  days: DayCount[];
  today: string;
  label: string;
}) {
  const counts = new Map(days.map((d) => [d.day, d.reviews + d.attempts]));
  const cells = calendarCells(counts, today);
  const weeks = (cells.at(-1)?.week ?? 0) + 1;
  return (
    <div style={{ overflowX: 'auto' }}>
      <svg
        viewBox={`0 0 ${weeks * (CELL + GAP)} ${7 * (CELL + GAP)}`}
        role="img"
        aria-label={label}
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
  );
}
