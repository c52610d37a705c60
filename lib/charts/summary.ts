// What each figure shows, as numbers for its text alternative: a curve's values, optimizer paths' ends, activity and due counts.
import type { Vector } from '@/lib/engine';

/** A curve and its derivative at the left end, the middle and the right end of the plotted range. */
export interface CurveSummary {
  points: { x: number; value: number; slope: number }[];
}

/**
 * The function and its derivative at `xs` (the plotted ends and 0), from the same functions the plot draws.
 * @example summariseCurve((x) => x, () => 1, [0]) // { points: [{ x: 0, value: 0, slope: 1 }] }
 */
export function summariseCurve(
  f: (x: number) => number,
  df: (x: number) => number,
  xs: readonly number[],
): CurveSummary {
  return { points: xs.map((x) => ({ x, value: f(x), slope: df(x) })) };
}

/** Where one optimizer's path ends and how often it crossed the valley floor (a zig-zag). */
export interface PathSummary {
  end: Vector;
  loss: number;
  crossings: number;
}

/**
 * The last point of a path, the loss there, and how many times its second coordinate changed sign.
 * @example summarisePath([[-8, 2], [-7, -1], [-6, 0.5]], ([x, y]) => x * x + y * y) // { end: [-6, 0.5], loss: 36.25, crossings: 2 }
 */
export function summarisePath(path: readonly Vector[], loss: (p: Vector) => number): PathSummary {
  const end = path[path.length - 1] ?? [Number.NaN, Number.NaN];
  let crossings = 0;
  for (let i = 1; i < path.length; i++) {
    const before = path[i - 1][1];
    const after = path[i][1];
    if ((before > 0 && after < 0) || (before < 0 && after > 0)) crossings++;
  }
  return { end, loss: loss(end), crossings };
}

/** Totals of a series of daily counts: the sum, the days with any, and the busiest day. */
export interface DailySummary {
  total: number;
  activeDays: number;
  busiest: { day: string; count: number } | null;
}

/**
 * Sums daily counts, counts the days above zero and finds the busiest one (the earliest on a tie).
 * @example summariseDaily([{ day: '2026-01-01', count: 2 }, { day: '2026-01-02', count: 0 }]) // { total: 2, activeDays: 1, busiest: { day: '2026-01-01', count: 2 } }
 */
export function summariseDaily(series: readonly { day: string; count: number }[]): DailySummary {
  let total = 0;
  let activeDays = 0;
  let busiest: DailySummary['busiest'] = null;
  for (const { day, count } of series) {
    total += count;
    if (count > 0) activeDays++;
    if (count > 0 && (!busiest || count > busiest.count)) busiest = { day, count };
  }
  return { total, activeDays, busiest };
}
