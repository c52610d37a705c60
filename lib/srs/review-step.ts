// What one rating writes and what its undo restores: the FSRS step, the study day it counts for, the counters.
import { studyDay } from './day';
import { dailyCounts } from './rating';
import { type CardState, type Grade, type RatingLog, rateCard, stateBefore } from './scheduler';

/** The learner fields a rating depends on. */
export interface StudyClock {
  timezone: string;
  dayStartHour: number;
}

export type DayCounters = ReturnType<typeof dailyCounts>;

/** The rows one rating changes: the card's next state, its log entry, and the day's counters. */
export interface RatingStep {
  card: CardState;
  log: RatingLog;
  day: string;
  counts: DayCounters;
}

/** Rates a card at `now` for a learner: FSRS's next state, and the study day and counters it adds to. */
export function ratingStep(
  card: CardState,
  grade: Grade,
  now: Date,
  clock: StudyClock,
): RatingStep {
  const { card: next, log } = rateCard(card, grade, now);
  return {
    card: next,
    log,
    day: studyDay(now, clock.timezone, clock.dayStartHour),
    counts: dailyCounts(log.state, log.rating),
  };
}

/** What an undo restores from a stored rating: the card as it was, and the counters to take back. */
export function undoStep(review: RatingLog): { card: CardState; counts: DayCounters } {
  return { card: stateBefore(review), counts: dailyCounts(review.state, review.rating) };
}
