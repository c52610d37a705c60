// Reads behind /review and the home page: what is due now, what comes next, and today's counts.
import { endOfStudyDay, studyDay } from '../srs/day';
import { remainingToday } from '../srs/limits';
import { State } from '../srs/scheduler';
import type { Db } from './client';
import type { LearnerRow } from './learner';

export type CardRow = Awaited<ReturnType<Db['card']['findFirstOrThrow']>>;

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

const active = (learnerId: number) => ({ learnerId, suspended: false });

/** Today's queue for a learner at `now`: learning cards due now, reviews due today, then new cards. */
export async function fetchQueue(db: Db, learner: LearnerRow, now: Date): Promise<QueueSummary> {
  const day = studyDay(now, learner.timezone, learner.dayStartHour);
  const dayEnd = endOfStudyDay(now, learner.timezone, learner.dayStartHour);
  const learningWhere = {
    ...active(learner.id),
    state: { in: [State.Learning, State.Relearning] },
    due: { lte: now },
  };
  const reviewWhere = { ...active(learner.id), state: State.Review, due: { lt: dayEnd } };
  const newWhere = { ...active(learner.id), state: State.New };
  const [stat, learning, review, freshTotal] = await Promise.all([
    db.dailyStat.findUnique({ where: { learnerId_day: { learnerId: learner.id, day } } }),
    db.card.count({ where: learningWhere }),
    db.card.count({ where: reviewWhere }),
    db.card.count({ where: newWhere }),
  ]);
  const done = { reviews: stat?.reviews ?? 0, newCards: stat?.newCards ?? 0 };
  const left = remainingToday(learner, done);
  const reviewLeft = Math.min(review, left.reviews);
  const fresh = Math.min(freshTotal, left.newCards);

  let next: CardRow | null = null;
  if (learning > 0) {
    next = await db.card.findFirst({
      where: learningWhere,
      orderBy: [{ due: 'asc' }, { id: 'asc' }],
    });
  } else if (reviewLeft > 0) {
    next = await db.card.findFirst({
      where: reviewWhere,
      orderBy: [{ due: 'asc' }, { id: 'asc' }],
    });
  } else if (fresh > 0) {
    next = await db.card.findFirst({
      where: newWhere,
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
    });
  }
  const nextDueAt = next ? null : await fetchNextDueAt(db, learner.id, now);
  return {
    day,
    learning,
    review: reviewLeft,
    fresh,
    doneToday: done.reviews,
    newLimitReached: freshTotal > 0 && left.newCards === 0,
    next,
    nextDueAt,
  };
}

/** The earliest due date among cards already studied and not yet due, for the empty state. */
async function fetchNextDueAt(db: Db, learnerId: number, now: Date): Promise<Date | null> {
  const candidates = await Promise.all(
    [State.Learning, State.Review, State.Relearning].map((state) =>
      db.card.findFirst({
        where: { ...active(learnerId), state, due: { gt: now } },
        orderBy: { due: 'asc' },
        select: { due: true },
      }),
    ),
  );
  const dues = candidates.flatMap((row) => (row ? [row.due.getTime()] : []));
  return dues.length > 0 ? new Date(Math.min(...dues)) : null;
}

/** The learner's most recent rating, the target of Undo. */
export function fetchLastReview(db: Db, learnerId: number) {
  return db.review.findFirst({
    where: { learnerId },
    orderBy: [{ reviewedAt: 'desc' }, { id: 'desc' }],
    select: { submissionId: true, cardId: true },
  });
}
