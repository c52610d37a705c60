// The FSRS optimizer: its documented example, the time-ordered split, and adoption judged on later reviews.
import {
  computeParameters,
  FSRSBindingItem,
  FSRSBindingReview,
} from '@open-spaced-repetition/binding';
import fc from 'fast-check';
import { default_w } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { fitSplit, historyItems, type LoggedReview, splitByTime } from '@/lib/srs/history.mjs';
import { fitParameters, NotEnoughHistory } from '@/lib/srs/optimizer';
import { DEFAULT_PARAMETERS } from '@/lib/srs/scheduler';
import { STRONG_LEARNER_PARAMETERS, simulateLearner } from '@/lib/srs/simulate';

const end = new Date('2026-11-01T00:00:00Z');

describe('the binding', () => {
  it("answers its README's example (one card: Good, then Easy a day later) with FSRS-6's defaults", async () => {
    const item = new FSRSBindingItem([new FSRSBindingReview(3, 0), new FSRSBindingReview(4, 1)]);
    const parameters = await computeParameters([item], {
      enableShortTerm: true,
      numRelearningSteps: 1,
    });
    // One review is far too little to fit: the optimizer keeps the defaults, as ts-fsrs lists them.
    expect(parameters).toHaveLength(21);
    parameters.forEach((w, i) => {
      expect(w).toBeCloseTo(default_w[i], 4);
    });
  });
});

describe('historyItems', () => {
  const review = (cardId: number, rating: number, state: number, day: string): LoggedReview => ({
    cardId,
    rating,
    state,
    day,
    reviewedAt: new Date(`${day}T12:00:00Z`),
  });

  it('counts whole study days between reviews and starts again after a forget', () => {
    const items = historyItems([
      review(1, 3, 0, '2026-01-01'),
      review(1, 3, 1, '2026-01-01'),
      review(1, 3, 2, '2026-01-04'),
      review(1, 1, 2, '2026-01-14'),
      // forgotten: back to new
      review(1, 4, 0, '2026-02-01'),
      review(1, 3, 2, '2026-02-05'),
    ]);
    expect(items.map((item) => item.reviews)).toEqual([
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 3 },
      ],
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 3 },
        { rating: 1, deltaT: 10 },
      ],
      [
        { rating: 4, deltaT: 0 },
        { rating: 3, deltaT: 4 },
      ],
    ]);
  });
});

describe('splitByTime', () => {
  it('puts every earlier review before every later one, and no review at the cut on the earlier side', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 10, maxLength: 300 }),
        (times) => {
          const items = times.map((at) => ({ reviews: [], at }));
          const { train, test } = splitByTime(items);
          expect(train.length + test.length).toBe(items.length);
          expect(test.length).toBeGreaterThan(0);
          const cut = Math.min(...test.map((i) => i.at));
          // Every review before the first later one is an earlier one, whatever ties there are.
          expect(train.length).toBe(times.filter((t) => t < cut).length);
          expect(train.length).toBeLessThanOrEqual(Math.floor(items.length * 0.8));
        },
      ),
    );
  });

  it('puts four in five reviews (rounded down) on the earlier side when no two share an instant', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 1e6 }), { minLength: 10, maxLength: 300 }),
        (times) => {
          const { train, test } = splitByTime(times.map((at) => ({ reviews: [], at })));
          expect(train.length).toBe(Math.floor(times.length * 0.8));
          expect(Math.max(...train.map((i) => i.at))).toBeLessThan(
            Math.min(...test.map((i) => i.at)),
          );
        },
      ),
    );
  });
});

/** The log as the server reads it: all of `size` cards' reviews at a time, each card's in time order. */
function byCards(log: readonly LoggedReview[], size: number): LoggedReview[][] {
  const cards = [...new Set(log.map((review) => review.cardId))].sort((a, b) => a - b);
  const chunks: LoggedReview[][] = [];
  for (let i = 0; i < cards.length; i += size) {
    const group = new Set(cards.slice(i, i + size));
    chunks.push(log.filter((review) => group.has(review.cardId)));
  }
  return chunks;
}

describe('the log read a few cards at a time', () => {
  it('gives the same items and the same time split as the log in time order', () => {
    const { reviews } = simulateLearner({
      cards: 120,
      days: 200,
      end,
      seed: 3,
      truth: { parameters: DEFAULT_PARAMETERS, desiredRetention: 0.9 },
    });
    const whole = fitSplit(historyItems(reviews));
    const chunked = fitSplit(byCards(reviews, 17).flatMap((chunk) => historyItems(chunk)));
    const key = (items: { at: number; reviews: unknown[] }[]) =>
      items.map((item) => JSON.stringify(item)).sort();
    expect(whole.train.length).toBeGreaterThan(500);
    expect(key(chunked.train)).toEqual(key(whole.train));
    expect(key(chunked.test)).toEqual(key(whole.test));
  });
});

describe('fitParameters', () => {
  it('adopts fitted parameters for a learner who remembers longer than the defaults assume', async () => {
    const { reviews } = simulateLearner({
      cards: 600,
      days: 540,
      end,
      seed: 7,
      truth: { parameters: STRONG_LEARNER_PARAMETERS, desiredRetention: 0.9 },
    });
    // Sent to the optimizer as the server sends it: 40 cards' reviews at a time.
    const report = await fitParameters(byCards(reviews, 40), null);
    expect(report.adopt).toBe(true);
    expect(report.fitted.logLoss).toBeLessThan(report.defaults.logLoss);
    // The fit finds the longer first-day memories: Good's initial stability well above the default.
    expect(report.parameters[2]).toBeGreaterThan(DEFAULT_PARAMETERS[2] * 1.5);
  }, 120_000);

  it('keeps the defaults for a learner whose memory the defaults already describe', async () => {
    const { reviews } = simulateLearner({
      cards: 600,
      days: 540,
      end,
      seed: 7,
      truth: { parameters: DEFAULT_PARAMETERS, desiredRetention: 0.9 },
    });
    const report = await fitParameters([reviews], null);
    expect(report.adopt).toBe(false);
    expect(report.testReviews).toBeGreaterThan(100);
  }, 120_000);

  it('refuses to judge a fit on too little history', async () => {
    const { reviews } = simulateLearner({
      cards: 5,
      days: 30,
      end,
      seed: 1,
      truth: { parameters: DEFAULT_PARAMETERS, desiredRetention: 0.9 },
    });
    await expect(fitParameters([reviews], null)).rejects.toBeInstanceOf(NotEnoughHistory);
  });
});
