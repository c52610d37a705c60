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

/** The first verdict a part of a multi-part exercise got: right, right with error carried forward, or wrong. */
export type PartOutcome = 'correct' | 'carried' | 'incorrect';

/**
 * The rating the parts of a multi-part exercise suggest, from each part's first verdict: all right
 * first time → Good; right but with carried-forward errors (one wrong part) → Hard; several wrong → Again.
 * @example suggestPartsRating({ z1: 'incorrect', a1: 'carried' }) // 2 (Rating.Hard)
 */
export function suggestPartsRating(first: Readonly<Record<string, PartOutcome>>): Grade | null {
  const verdicts = Object.values(first);
  if (verdicts.length === 0) return null;
  const wrong = verdicts.filter((v) => v === 'incorrect').length;
  if (wrong >= 2) return AGAIN;
  if (wrong === 1 || verdicts.includes('carried')) return HARD;
  return GOOD;
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
