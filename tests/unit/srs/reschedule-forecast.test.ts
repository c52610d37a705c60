// "Reschedule cards" and the reviews-a-day estimate beside desired retention, checked against FSRS-6's
// published forgetting curve R(t) = (1 + F·t/S)^(−d), F = 0.9^(−1/d) − 1, rather than against ts-fsrs.
import { describe, expect, it } from 'vitest';
import { estimateReviewsPerDay } from '@/lib/srs/forecast';
import {
  type CardState,
  DEFAULT_PARAMETERS,
  newCardState,
  rescheduledDue,
  State,
} from '@/lib/srs/scheduler';

const DAY = 86_400_000;
const now = new Date('2026-03-01T09:00:00Z');
const decay = DEFAULT_PARAMETERS[20];
const factor = 0.9 ** (-1 / decay) - 1;
const recall = (days: number, stability: number) => (1 + (factor * days) / stability) ** -decay;

function inReview(stability: number, daysAgo: number): CardState {
  return {
    ...newCardState(now),
    state: State.Review,
    stability,
    difficulty: 5,
    reps: 4,
    scheduledDays: daysAgo,
    elapsedDays: daysAgo,
    lastReview: new Date(now.getTime() - daysAgo * DAY),
    due: now,
  };
}

describe('rescheduledDue', () => {
  it.each([0.7, 0.8, 0.9, 0.95, 0.97])(
    'at retention %s, a review card is due when the forgetting curve reaches it (to the day)',
    (desiredRetention) => {
      for (const stability of [1.3, 4, 10, 37.4, 180]) {
        const card = inReview(stability, 3);
        const due = rescheduledDue(card, { parameters: null, desiredRetention });
        const days = (due.getTime() - (card.lastReview as Date).getTime()) / DAY;
        expect(Number.isInteger(days)).toBe(true);
        expect(days).toBeGreaterThanOrEqual(1);
        // Rounded to whole days: the curve is at the target somewhere within half a day of it.
        if (days > 1)
          expect(recall(days - 0.5, stability)).toBeGreaterThanOrEqual(desiredRetention);
        expect(recall(days + 0.5, stability)).toBeLessThanOrEqual(desiredRetention);
      }
    },
  );

  it('at 90 % a card is due after as many days as its stability, by the definition of stability', () => {
    const card = inReview(10, 3);
    const due = rescheduledDue(card, { parameters: null, desiredRetention: 0.9 });
    expect(due.toISOString()).toBe(new Date(now.getTime() + 7 * DAY).toISOString());
  });

  it('leaves new and learning cards where they are', () => {
    const fresh = newCardState(now);
    const learning = {
      ...inReview(0.5, 0),
      state: State.Learning,
      due: new Date(now.getTime() + 600_000),
    };
    for (const card of [fresh, learning])
      expect(rescheduledDue(card, { parameters: null, desiredRetention: 0.8 })).toBe(card.due);
  });
});

describe('estimateReviewsPerDay', () => {
  it('is nothing for an empty collection', () => {
    const estimate = estimateReviewsPerDay(
      { cards: [], newCards: 0, newPerDay: 20 },
      { parameters: null, desiredRetention: 0.9 },
      now,
    );
    expect(estimate).toBe(0);
  });

  it('counts one review each for well-known cards due this month, and more when some are forgotten', () => {
    const config = { parameters: null, desiredRetention: 0.9 };
    const plan = (cards: CardState[]) =>
      estimateReviewsPerDay({ cards, newCards: 0, newPerDay: 0 }, config, now);
    // Reviewed yesterday with a stability of 1000 days, due in 5 days: recall then is 99.9 %, and
    // after it the next interval is far beyond the 30 days, so each card is one review.
    const known = Array.from({ length: 300 }, () => ({
      ...inReview(1000, 1),
      due: new Date(now.getTime() + 5 * DAY),
    }));
    expect(plan(known)).toBeGreaterThanOrEqual(300 / 30);
    expect(plan(known)).toBeLessThanOrEqual(10.5);
    // Due today at 90 % recall: about 30 of 300 are forgotten and relearned, at least two more reviews
    // each, and never more than one review a day.
    const due = Array.from({ length: 300 }, () => inReview(100, 100));
    expect(plan(due)).toBeGreaterThanOrEqual((300 + 15 * 2) / 30);
    expect(plan(due)).toBeLessThanOrEqual((300 + 45 * 30) / 30);
  });

  it('asks more reviews for higher retention, and new cards add at least one review each', () => {
    const cards = Array.from({ length: 120 }, (_, i) => inReview(2 + (i % 40), (i % 7) + 1));
    const at = (desiredRetention: number, newCards = 0) =>
      estimateReviewsPerDay(
        { cards, newCards, newPerDay: 10 },
        { parameters: null, desiredRetention },
        now,
      );
    const low = at(0.8);
    const mid = at(0.9);
    const high = at(0.95);
    expect(low).toBeLessThan(mid);
    expect(mid).toBeLessThan(high);
    // 100 new cards over 10 days: each is seen at least once, so at least 100/30 more a day.
    expect(at(0.9, 100) - mid).toBeGreaterThanOrEqual(100 / 30);
  });
});
