// Today's queue from its counts: what the daily limits leave, and which pool the next card comes from.
import { type DailyLimits, type DoneToday, remainingToday } from './limits';

/** How far ahead a learning card may be shown when nothing else is left (Anki's "learn ahead limit"). */
export const LEARN_AHEAD_MS = 20 * 60_000;

/** Where the next card comes from: learning cards due now, then reviews due today, then new cards. */
export type QueuePool = 'learning' | 'review' | 'new';

export interface QueueCounts {
  /** Learning and relearning cards due now. */
  learning: number;
  /** Review cards due before the study day ends. */
  review: number;
  /** New cards not yet studied. */
  fresh: number;
  done: DoneToday;
}

export interface QueuePlan {
  learning: number;
  review: number;
  fresh: number;
  doneToday: number;
  newLimitReached: boolean;
  /** The pool to take the next card from, or null when the limits leave nothing for today. */
  pool: QueuePool | null;
}

/**
 * Applies the daily limits to what is due and picks the pool of the next card.
 * @example planQueue({ learning: 0, review: 3, fresh: 9, done: { reviews: 20, newCards: 20 } }, { newPerDay: 20, reviewsPerDay: 200 }).pool // 'review'
 */
export function planQueue(counts: QueueCounts, limits: DailyLimits): QueuePlan {
  const left = remainingToday(limits, counts.done);
  const review = Math.min(counts.review, left.reviews);
  const fresh = Math.min(counts.fresh, left.newCards);
  const pool: QueuePool | null =
    counts.learning > 0 ? 'learning' : review > 0 ? 'review' : fresh > 0 ? 'new' : null;
  return {
    learning: counts.learning,
    review,
    fresh,
    doneToday: counts.done.reviews,
    newLimitReached: counts.fresh > 0 && left.newCards === 0,
    pool,
  };
}
