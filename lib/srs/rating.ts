// Ratings suggested by exercise results, and what a rating means for the day's counters.
import { type Grade, Rating, State } from './scheduler';

export type ExerciseOutcome = 'correct' | 'incorrect';

/**
 * The rating an exercise's result suggests: wrong → Again; right after a wrong try → Hard; right → Good.
 * @example suggestRating(['incorrect', 'correct']) // Rating.Hard
 */
export function suggestRating(outcomes: readonly ExerciseOutcome[]): Grade | null {
  const last = outcomes.at(-1);
  if (!last) return null;
  if (last === 'incorrect') return Rating.Again;
  return outcomes.includes('incorrect') ? Rating.Hard : Rating.Good;
}

/** How one rating changes the day's counters (negated by an undo). */
export function dailyCounts(stateBefore: number, rating: number) {
  const mature = stateBefore === State.Review;
  return {
    reviews: 1,
    newCards: stateBefore === State.New ? 1 : 0,
    matureReviews: mature ? 1 : 0,
    matureRecalled: mature && rating !== Rating.Again ? 1 : 0,
  };
}
