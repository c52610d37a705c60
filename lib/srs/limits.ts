// Daily limits: how many new cards and reviews the learner may still take today.

export interface DailyLimits {
  newPerDay: number;
  reviewsPerDay: number;
}

export interface DoneToday {
  /** Every rating today, new cards included. */
  reviews: number;
  /** Ratings today of cards that were new. */
  newCards: number;
}

/**
 * What is left of today's allowance.
 * @example remainingToday({ newPerDay: 20, reviewsPerDay: 200 }, { reviews: 30, newCards: 5 }) // { newCards: 15, reviews: 175 }
 */
export function remainingToday(limits: DailyLimits, done: DoneToday) {
  return {
    newCards: Math.max(0, limits.newPerDay - done.newCards),
    reviews: Math.max(0, limits.reviewsPerDay - (done.reviews - done.newCards)),
  };
}
