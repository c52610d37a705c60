// Rating rules: suggestions from exercise results, daily counters, limits and FSRS scheduling with fixed dates.
import { describe, expect, it } from 'vitest';
import { generate } from '@/lib/exercises';
import { remainingToday } from '@/lib/srs/limits';
import { dailyCounts, suggestPartsRating, suggestRating } from '@/lib/srs/rating';
import {
  GRADES,
  newCardState,
  previewDue,
  Rating,
  rateCard,
  State,
  stateBefore,
} from '@/lib/srs/scheduler';
import { skillLevel, variantSeed } from '@/lib/srs/skill';

const now = new Date('2026-03-02T09:00:00Z');

describe('suggestRating', () => {
  it('suggests Again for a wrong answer, Hard after a wrong try, Good at the first try', () => {
    expect(suggestRating([])).toBeNull();
    expect(suggestRating(['incorrect'])).toBe(Rating.Again);
    expect(suggestRating(['incorrect', 'correct'])).toBe(Rating.Hard);
    expect(suggestRating(['correct'])).toBe(Rating.Good);
    expect(suggestRating(['correct', 'incorrect'])).toBe(Rating.Again);
  });
});

describe('suggestPartsRating', () => {
  it('follows the parts: all right → Good, carried-forward errors → Hard, several wrong → Again', () => {
    expect(suggestPartsRating({})).toBeNull();
    expect(suggestPartsRating({ z1: 'correct', a1: 'correct', z2: 'correct' })).toBe(Rating.Good);
    expect(suggestPartsRating({ z1: 'incorrect', a1: 'carried', z2: 'carried' })).toBe(Rating.Hard);
    expect(suggestPartsRating({ z1: 'correct', dz1: 'incorrect' })).toBe(Rating.Hard);
    expect(suggestPartsRating({ z1: 'incorrect', a1: 'incorrect', z2: 'carried' })).toBe(
      Rating.Again,
    );
  });
});

describe('daily counters and limits', () => {
  it('counts new cards and true retention from the state before the rating', () => {
    expect(dailyCounts(State.New, Rating.Good)).toEqual({
      reviews: 1,
      newCards: 1,
      matureReviews: 0,
      matureRecalled: 0,
    });
    expect(dailyCounts(State.Review, Rating.Again)).toEqual({
      reviews: 1,
      newCards: 0,
      matureReviews: 1,
      matureRecalled: 0,
    });
    expect(dailyCounts(State.Review, Rating.Hard)).toEqual({
      reviews: 1,
      newCards: 0,
      matureReviews: 1,
      matureRecalled: 1,
    });
  });

  it('leaves what the limits allow, never below zero', () => {
    expect(
      remainingToday({ newPerDay: 20, reviewsPerDay: 200 }, { reviews: 30, newCards: 5 }),
    ).toEqual({ newCards: 15, reviews: 175 });
    expect(
      remainingToday({ newPerDay: 2, reviewsPerDay: 1 }, { reviews: 10, newCards: 5 }),
    ).toEqual({ newCards: 0, reviews: 0 });
  });
});

describe('scheduling through ts-fsrs', () => {
  it('orders the intervals Again < Hard < Good < Easy for a new card', () => {
    const due = previewDue(newCardState(now), now);
    const times = GRADES.map((r) => due[r].getTime());
    expect(times).toHaveLength(4);
    times.slice(1).forEach((t, i) => {
      expect(t, `${GRADES[i + 1]} after ${GRADES[i]}`).toBeGreaterThan(times[i]);
    });
    expect(times[0]).toBeGreaterThan(now.getTime());
  });

  it('keeps the state before a rating exactly in its log', () => {
    const first = rateCard(newCardState(now), Rating.Good, now).card;
    const later = new Date(now.getTime() + 10 * 60_000);
    const { card, log } = rateCard(first, Rating.Good, later);
    expect(card.reps).toBe(2);
    expect(stateBefore(log)).toEqual(first);
  });

  it('moves a well-known card into review with an interval of days', () => {
    const { card } = rateCard(newCardState(now), Rating.Easy, now);
    expect(card.state).toBe(State.Review);
    expect(card.scheduledDays).toBeGreaterThanOrEqual(1);
  });
});

describe('skill variants', () => {
  it('gives each review of a skill its own seed, a valid one, and other cards other seeds', () => {
    const byReps = Array.from({ length: 50 }, (_, reps) => variantSeed(7, reps, 0));
    const byLapses = Array.from({ length: 50 }, (_, lapses) => variantSeed(7, 3, lapses));
    const byCard = Array.from({ length: 50 }, (_, card) => variantSeed(card + 1, 3, 0));
    for (const seeds of [byReps, byLapses, byCard]) {
      expect(new Set(seeds).size).toBe(50);
      for (const seed of seeds) {
        expect(Number.isInteger(seed)).toBe(true);
        expect(seed).toBeGreaterThanOrEqual(0);
        expect(seed).toBeLessThan(2 ** 32);
      }
    }
    // Neighbouring cards do not walk the same sequence one review apart.
    expect(variantSeed(7, 4, 0)).not.toBe(variantSeed(8, 3, 0));
  });

  it('shows a skill with numbers that change from one review to the next', () => {
    const prompts = Array.from(
      { length: 20 },
      (_, reps) => generate('sigmoid', variantSeed(7, reps, 0), 1).prompt.en,
    );
    expect(new Set(prompts).size).toBeGreaterThanOrEqual(15);
  });

  it('raises the level as the interval grows', () => {
    expect(skillLevel(State.Learning, 0)).toBe(1);
    expect(skillLevel(State.Review, 5)).toBe(2);
    expect(skillLevel(State.Review, 40)).toBe(3);
  });
});
