// The calendar heatmap's layout: one cell per day of the last year, in week columns, with a color level.
import { addDays, type DayKey } from '../srs/day';

export interface CalendarCell {
  day: DayKey;
  week: number;
  weekday: number;
  count: number;
  level: 0 | 1 | 2 | 3 | 4;
}

function weekday(day: DayKey): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/** Color level of a count relative to the busiest day (0 = nothing). */
export function heatLevel(count: number, max: number): CalendarCell['level'] {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((4 * count) / max))) as CalendarCell['level'];
}

/**
 * Cells for the `weeks` weeks ending with `today`, Sunday at the top of each column.
 * @example calendarCells(new Map([['2026-03-02', 3]]), '2026-03-02', 1).at(-1) // { day: '2026-03-02', count: 3, level: 4, ... }
 */
export function calendarCells(
  counts: Map<DayKey, number>,
  today: DayKey,
  weeks = 53,
): CalendarCell[] {
  const first = addDays(today, -(7 * (weeks - 1) + weekday(today)));
  const max = Math.max(0, ...counts.values());
  const cells: CalendarCell[] = [];
  for (let i = 0; ; i++) {
    const day = addDays(first, i);
    if (day > today) break;
    const count = counts.get(day) ?? 0;
    cells.push({
      day,
      week: Math.floor(i / 7),
      weekday: i % 7,
      count,
      level: heatLevel(count, max),
    });
  }
  return cells;
}
