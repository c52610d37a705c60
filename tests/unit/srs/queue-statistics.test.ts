// The queue's limits and order, and the statistics math, on hand-made counts.
import { describe, expect, it } from 'vitest';
import { planQueue } from '@/lib/srs/queue';
import { forecastDays, mergeTopics, retentionByPeriod } from '@/lib/srs/statistics';

const limits = { newPerDay: 20, reviewsPerDay: 200 };

describe('planQueue', () => {
  it('takes learning cards first, then reviews, then new cards', () => {
    const done = { reviews: 0, newCards: 0 };
    expect(planQueue({ learning: 1, review: 5, fresh: 5, done }, limits).pool).toBe('learning');
    expect(planQueue({ learning: 0, review: 5, fresh: 5, done }, limits).pool).toBe('review');
    expect(planQueue({ learning: 0, review: 0, fresh: 5, done }, limits).pool).toBe('new');
    expect(planQueue({ learning: 0, review: 0, fresh: 0, done }, limits).pool).toBeNull();
  });

  it('caps reviews and new cards by what is left of the day and says when new cards stop', () => {
    const plan = planQueue(
      { learning: 0, review: 50, fresh: 30, done: { reviews: 190, newCards: 15 } },
      limits,
    );
    // 190 ratings today, 15 of new cards: 175 reviews of the 200 and 15 new of the 20 are used.
    expect(plan).toMatchObject({ review: 25, fresh: 5, doneToday: 190, newLimitReached: false });
    const full = planQueue(
      { learning: 0, review: 0, fresh: 30, done: { reviews: 20, newCards: 20 } },
      limits,
    );
    expect(full).toMatchObject({ fresh: 0, newLimitReached: true, pool: null });
  });
});

describe('statistics', () => {
  const day = (d: string, matureReviews: number, matureRecalled: number) => ({
    day: d,
    reviews: matureReviews,
    attempts: 0,
    matureReviews,
    matureRecalled,
  });

  it('sums mature ratings over the last 7, 30 (from 1 February) and 365 days and all time', () => {
    const daily = [
      day('2025-01-01', 10, 5),
      day('2026-01-31', 4, 3),
      day('2026-02-01', 1, 1),
      day('2026-02-25', 2, 2),
      day('2026-03-02', 1, 0),
    ];
    expect(retentionByPeriod(daily, '2026-03-02')).toEqual([
      { period: 'week', reviews: 3, recalled: 2 },
      { period: 'month', reviews: 4, recalled: 3 },
      { period: 'year', reviews: 8, recalled: 6 },
      { period: 'all', reviews: 18, recalled: 11 },
    ]);
  });

  it('puts a topic with answers but no cards beside one with cards but no answers', () => {
    expect(
      mergeTopics(
        [{ topic: 'losses', attempts: 4, correct: 3 }],
        [{ topic: 'activations', cards: 9, mastered: 2 }],
      ),
    ).toEqual([
      { topic: 'activations', attempts: 0, correct: 0, cards: 9, mastered: 2 },
      { topic: 'losses', attempts: 4, correct: 3, cards: 0, mastered: 0 },
    ]);
  });

  it("ends each forecast day at the next day's start in the learner's zone", () => {
    const days = forecastDays('2026-03-02', 'Asia/Seoul', 4);
    expect(days).toHaveLength(30);
    expect(days[0]).toEqual({ day: '2026-03-02', end: new Date('2026-03-02T19:00:00Z') });
    expect(days[29].day).toBe('2026-03-31');
  });
});
