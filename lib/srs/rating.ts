// Ratings suggested by exercise results, and what a rating means for the day's counters.
// Imports only types from ts-fsrs, so the review page's browser code does not carry the scheduler.
import type { Grade, State } from 'ts-fsrs';

const AGAIN: Grade = 1;
const HARD: Grade = 2;
const GOOD: Grade = 3;
const NEW: State = 0;
const REVIEW: State = 2;

export type ExerciseOutcome = 'correct' | 'incorrect';

/**
 * The rating an exercise's result suggests: wrong → Again; right after a wrong try → Hard; right → Good.
 * @example suggestRating(['incorrect', 'correct']) // 2 (Rating.Hard)
 */
export function suggestRating(outcomes: readonly ExerciseOutcome[]): Grade | null {
  const last = outcomes.at(-1);
  if (!last) return null;
  if (last === 'incorrect') return AGAIN;
  return outcomes.includes('incorrect') ? HARD : GOOD;
}

/** How one rating changes the day's counters (negated by an undo). */
export function dailyCounts(stateBefore: number, rating: number) {
  const mature = stateBefore === REVIEW;
  return {
    reviews: 1,
    newCards: stateBefore === NEW ? 1 : 0,
    matureReviews: mature ? 1 : 0,
    matureRecalled: mature && rating !== AGAIN ? 1 : 0,
  };
}
