// A card's review history as its page shows it: each rating with the days since the previous one,
// the interval it set, the memory state after it, and the recall probability FSRS gave at that moment.
import { forgetting_curve, type Grade } from 'ts-fsrs';
import {
  type CardState,
  DEFAULT_PARAMETERS,
  type RatingLog,
  rateCard,
  type SchedulerConfig,
  State,
  stateBefore,
} from './scheduler';

export interface HistoryEntry {
  reviewedAt: Date;
  rating: number;
  elapsedDays: number;
  /** Days until the review this rating scheduled. */
  interval: number;
  stability: number;
  difficulty: number;
  /** Probability of recall just before the rating; null for a card seen for the first time. */
  retrievability: number | null;
}

type StoredLog = Omit<RatingLog, 'lastReview'> & { lastReview: Date | null };

/**
 * Replays a card's stored ratings (oldest first). The state after a rating is the state stored before
 * the next one (or the card's own, after the last); where a forget intervened, FSRS recomputes it.
 */
export function replayHistory(
  logs: readonly StoredLog[],
  card: CardState,
  config: SchedulerConfig,
): HistoryEntry[] {
  const w = config.parameters ?? DEFAULT_PARAMETERS;
  return logs.map((log, i) => {
    const before = stateBefore(log);
    const next = logs[i + 1];
    let after: CardState = next ? stateBefore(next) : card;
    if (after.state === State.New) {
      after = rateCard(before, log.rating as Grade, log.reviewedAt, config).card;
    }
    const elapsed = before.lastReview
      ? Math.max(0, (log.reviewedAt.getTime() - before.lastReview.getTime()) / 86_400_000)
      : 0;
    return {
      reviewedAt: log.reviewedAt,
      rating: log.rating,
      elapsedDays: log.elapsedDays,
      interval: after.scheduledDays,
      stability: after.stability,
      difficulty: after.difficulty,
      retrievability:
        before.state === State.New ? null : forgetting_curve([...w], elapsed, before.stability),
    };
  });
}
