// Today's queue for a learner: counts read from the database, limits and order decided by lib/srs.
import type { Db } from '../db/client';
import type { LearnerRow } from '../db/learner';
import { type CardRow, fetchNextCard, fetchNextDueAt, fetchQueueCounts } from '../db/queue';
import { endOfStudyDay, studyDay } from '../srs/day';
import { LEARN_AHEAD_MS, planQueue } from '../srs/queue';

export interface QueueSummary {
  day: string;
  learning: number;
  review: number;
  fresh: number;
  doneToday: number;
  newLimitReached: boolean;
  next: CardRow | null;
  nextDueAt: Date | null;
}

/** Learning cards due now, then reviews due today, then new cards, within the daily limits. */
export async function loadQueue(db: Db, learner: LearnerRow, now: Date): Promise<QueueSummary> {
  const day = studyDay(now, learner.timezone, learner.dayStartHour);
  const dayEnd = endOfStudyDay(now, learner.timezone, learner.dayStartHour);
  const counts = await fetchQueueCounts(db, learner.id, { now, day, dayEnd });
  const plan = planQueue(counts, learner);
  let next = plan.pool
    ? await fetchNextCard(db, learner.id, plan.pool, { now, dueBy: now, dueBefore: dayEnd })
    : null;
  if (!next) {
    // Nothing else to study: like Anki, show a learning card due within the next 20 minutes now.
    const soon = new Date(now.getTime() + LEARN_AHEAD_MS);
    next = await fetchNextCard(db, learner.id, 'learning', { now, dueBy: soon, dueBefore: dayEnd });
  }
  return {
    day,
    learning: plan.learning,
    review: plan.review,
    fresh: plan.fresh,
    doneToday: plan.doneToday,
    newLimitReached: plan.newLimitReached,
    next,
    nextDueAt: next ? null : await fetchNextDueAt(db, learner.id, now),
  };
}
