// Chart geometry: scales, ticks and the calendar heatmap's layout.
import { describe, expect, it } from 'vitest';
import { calendarCells, heatLevel } from '@/lib/charts/calendar';
import { linearScale, niceTicks, polylinePath } from '@/lib/charts/scale';
import { studyStreak } from '@/lib/srs/statistics';

describe('scales and ticks', () => {
  it('maps domains to ranges, inverted ones too', () => {
    expect(linearScale([0, 10], [0, 100])(2.5)).toBe(25);
    expect(linearScale([-1, 1], [200, 0])(0)).toBe(100);
  });

  it('chooses round ticks', () => {
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(-5, 5, 10)).toEqual([-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5]);
    // Ticks that cross zero from below land on 0 itself, not on a rounding residue like 5.6e-17.
    expect(niceTicks(-0.8, 0, 5)).toEqual([-0.8, -0.6, -0.4, -0.2, 0]);
    expect(niceTicks(-0.3, 0.5, 5)).toEqual([-0.2, 0, 0.2, 0.4]);
    expect(
      polylinePath([
        [0, 0],
        [1.25, 2],
      ]),
    ).toBe('M0.0,0.0L1.3,2.0');
  });
});

describe('calendar heatmap', () => {
  it('lays out a year of days in week columns ending today', () => {
    const cells = calendarCells(
      new Map([
        ['2026-03-02', 4],
        ['2026-03-01', 1],
      ]),
      '2026-03-02',
    );
    const last = cells.at(-1);
    expect(last).toMatchObject({ day: '2026-03-02', count: 4, level: 4, weekday: 1 });
    expect(cells.find((c) => c.day === '2026-03-01')).toMatchObject({ level: 1, weekday: 0 });
    expect(cells[0].weekday).toBe(0);
    expect(new Set(cells.map((c) => c.week)).size).toBe(53);
  });

  it('scales levels to the busiest day', () => {
    expect(heatLevel(0, 10)).toBe(0);
    expect(heatLevel(1, 10)).toBe(1);
    expect(heatLevel(10, 10)).toBe(4);
  });
});

describe('studyStreak', () => {
  it('counts consecutive days to today, or to yesterday before today is studied', () => {
    expect(studyStreak(['2026-03-01', '2026-03-02', '2026-03-03'], '2026-03-03')).toBe(3);
    expect(studyStreak(['2026-03-01', '2026-03-02'], '2026-03-03')).toBe(2);
    expect(studyStreak(['2026-02-27', '2026-03-02'], '2026-03-02')).toBe(1);
    expect(studyStreak([], '2026-03-02')).toBe(0);
  });
});
