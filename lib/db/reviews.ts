// Writes of ratings: one rating (card state, log, day counters) or its undo, each in one transaction.
import { studyDay } from '../srs/day';
import { dailyCounts } from '../srs/rating';
import { type CardState, type Grade, rateCard, stateBefore } from '../srs/scheduler';
import type { Db } from './client';
import { isUniqueViolation, WriteError } from './errors';
import type { LearnerRow } from './learner';
import { writeTransaction } from './transaction';

export interface RatingRequest {
  submissionId: string;
  cardId: number;
  rating: Grade;
  /** The card's `reps` when it was shown: a rating of a card that changed since is refused. */
  expectedReps: number;
  durationMs?: number;
}

export interface RatingResult {
  duplicate: boolean;
  cardId: number;
  due: Date;
}

const cardStateSelect = {
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
} as const;

/** Stores one rating exactly once, however often the same submission arrives. */
export async function recordRating(
  db: Db,
  learner: LearnerRow,
  request: RatingRequest,
  now: Date,
): Promise<RatingResult> {
  try {
    return await writeTransaction(db, async (tx) => {
      const earlier = await tx.review.findUnique({
        where: { submissionId: request.submissionId },
        select: { cardId: true, card: { select: { due: true } } },
      });
      if (earlier) return { duplicate: true, cardId: earlier.cardId, due: earlier.card.due };
      const card = await tx.card.findFirst({
        where: { id: request.cardId, learnerId: learner.id },
        select: cardStateSelect,
      });
      if (!card) throw new WriteError('not-found', `There is no card ${request.cardId}.`);
      if (card.reps !== request.expectedReps) {
        throw new WriteError(
          'conflict',
          'This card was rated already (in another tab?). Reload to continue.',
        );
      }
      const { card: next, log } = rateCard(card as CardState, request.rating, now);
      const day = studyDay(now, learner.timezone, learner.dayStartHour);
      await tx.card.update({ where: { id: request.cardId }, data: next });
      await tx.review.create({
        data: {
          ...log,
          submissionId: request.submissionId,
          learnerId: learner.id,
          cardId: request.cardId,
          day,
          durationMs: request.durationMs,
        },
      });
      const counts = dailyCounts(log.state, log.rating);
      await tx.dailyStat.upsert({
        where: { learnerId_day: { learnerId: learner.id, day } },
        create: { learnerId: learner.id, day, ...counts },
        update: increments(counts, 1),
      });
      return { duplicate: false, cardId: request.cardId, due: next.due };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const stored = await db.review.findUniqueOrThrow({
      where: { submissionId: request.submissionId },
      select: { cardId: true, card: { select: { due: true } } },
    });
    return { duplicate: true, cardId: stored.cardId, due: stored.card.due };
  }
}

/**
 * Takes a rating back: the card returns to its state before it, the log row and the day's counts go.
 * Only the learner's latest rating can be undone; undoing one that is gone already changes nothing.
 */
export async function undoRating(
  db: Db,
  learner: LearnerRow,
  submissionId: string,
): Promise<boolean> {
  return writeTransaction(db, async (tx) => {
    const review = await tx.review.findUnique({ where: { submissionId } });
    if (!review || review.learnerId !== learner.id) return false;
    const latest = await tx.review.findFirst({
      where: { learnerId: learner.id },
      orderBy: [{ reviewedAt: 'desc' }, { id: 'desc' }],
      select: { id: true },
    });
    if (latest?.id !== review.id) {
      throw new WriteError('conflict', 'Only the most recent rating can be undone.');
    }
    await tx.card.update({ where: { id: review.cardId }, data: stateBefore(review) });
    await tx.review.delete({ where: { id: review.id } });
    await tx.dailyStat.update({
      where: { learnerId_day: { learnerId: learner.id, day: review.day } },
      data: increments(dailyCounts(review.state, review.rating), -1),
    });
    return true;
  });
}

function increments(counts: Record<string, number>, sign: 1 | -1) {
  return Object.fromEntries(
    Object.entries(counts).map(([key, value]) => [key, { increment: sign * value }]),
  );
}
