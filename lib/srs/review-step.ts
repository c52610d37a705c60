// What one rating writes and what its undo restores: the FSRS step, the study day it counts for, the counters.
import { studyDay } from './day';
import { becomesLeech } from './leech';
import { dailyCounts } from './rating';
import {
  type CardState,
  DEFAULT_CONFIG,
  type Grade,
  type RatingLog,
  rateCard,
  type SchedulerConfig,
  stateBefore,
} from './scheduler';

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
  /** The rating made the card a leech: tag it and suspend it. */
  leech: boolean;
}

/** The learner's scheduling: their FSRS parameters and retention, and the lapses that make a leech. */
export interface Scheduling {
  config: SchedulerConfig;
  leechThreshold: number;
}

/** Rates a card at `now` for a learner: FSRS's next state, and the study day and counters it adds to. */
export function ratingStep(
  card: CardState & { leech?: boolean },
  grade: Grade,
  now: Date,
  clock: StudyClock,
  scheduling: Scheduling = { config: DEFAULT_CONFIG, leechThreshold: Number.POSITIVE_INFINITY },
): RatingStep {
  const { card: next, log } = rateCard(card, grade, now, scheduling.config);
  return {
    card: next,
    log,
    day: studyDay(now, clock.timezone, clock.dayStartHour),
    counts: dailyCounts(log.state, log.rating),
    leech: becomesLeech(card.lapses, next.lapses, scheduling.leechThreshold, card.leech ?? false),
  };
}

/** What an undo restores from a stored rating: the card as it was, and the counters to take back. */
export function undoStep(review: RatingLog): { card: CardState; counts: DayCounters } {
  return { card: stateBefore(review), counts: dailyCounts(review.state, review.rating) };
}
