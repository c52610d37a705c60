// Writes of ratings: one rating (card state, log, day counters) or its undo, each in one transaction.
// What to write is decided by the caller (lib/srs through lib/study); these only read and write rows.
import type { DayCounters, RatingStep } from '../srs/review-step';
import type { CardState, Grade, RatingLog } from '../srs/scheduler';
import { recordEvent, undoLeechSince } from './card-events';
import type { Db } from './client';
import { isUniqueViolation, WriteError } from './errors';
import { type Tx, writeTransaction } from './transaction';

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
  /** True when this rating made the card a leech (it is suspended now). */
  leech: boolean;
}

/** The card as a rating step reads it: its FSRS state and whether it is a leech already. */
export type RatedCard = CardState & { leech: boolean };

/**
 * Stores one rating exactly once, however often the same submission arrives. Inside the write
 * transaction the card is read and `step` turns its state into the rows to write.
 */
export async function recordRating(
  db: Db,
  learnerId: number,
  request: RatingRequest,
  step: (card: RatedCard) => RatingStep,
): Promise<RatingResult> {
  try {
    return await writeTransaction(
      db,
      async (tx) => {
        const earlier = await findStoredRating(tx, learnerId, request.submissionId);
        if (earlier) return earlier;
        const [row] = await tx.$queryRaw<
          (CardState & {
            leech: number | boolean;
            suspended: number | boolean;
            buriedUntil: Date | null;
          })[]
        >`
        SELECT "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps",
          "reps", "lapses", "state", "lastReview", "leech", "suspended", "buriedUntil"
        FROM "Card" WHERE "id" = ${request.cardId} AND "learnerId" = ${learnerId}`;
        const card = row ? { ...row, leech: Boolean(row.leech) } : undefined;
        if (!card) throw new WriteError('not-found', `There is no card ${request.cardId}.`);
        if (card.suspended) {
          throw new WriteError('suspended', `Card ${request.cardId} is suspended.`);
        }
        if (card.reps !== request.expectedReps) {
          throw new WriteError(
            'conflict',
            'This card was rated already (in another tab?). Reload to continue.',
          );
        }
        const { card: next, log, day, counts, leech } = step(card);
        // Plain SQL on the hot path: one statement per row, all inside this transaction; the same
        // statements on SQLite and PostgreSQL (quoted names, TRUE/FALSE, qualified upsert columns).
        await tx.$executeRaw`
        UPDATE "Card" SET "due" = ${next.due}, "stability" = ${next.stability},
          "difficulty" = ${next.difficulty}, "elapsedDays" = ${next.elapsedDays},
          "scheduledDays" = ${next.scheduledDays}, "learningSteps" = ${next.learningSteps},
          "reps" = ${next.reps}, "lapses" = ${next.lapses}, "state" = ${next.state},
          "lastReview" = ${next.lastReview}
        WHERE "id" = ${request.cardId}`;
        await tx.$executeRaw`
        INSERT INTO "Review" ("submissionId", "learnerId", "cardId", "rating", "state", "due",
          "stability", "difficulty", "elapsedDays", "lastElapsedDays", "scheduledDays",
          "learningSteps", "reps", "lapses", "lastReview", "reviewedAt", "day", "durationMs")
        VALUES (${request.submissionId}, ${learnerId}, ${request.cardId}, ${log.rating}, ${log.state},
          ${log.due}, ${log.stability}, ${log.difficulty}, ${log.elapsedDays}, ${log.lastElapsedDays},
          ${log.scheduledDays}, ${log.learningSteps}, ${log.reps}, ${log.lapses}, ${log.lastReview},
          ${log.reviewedAt}, ${day}, ${request.durationMs ?? null})`;
        await tx.$executeRaw`
        INSERT INTO "DailyStat" ("learnerId", "day", "reviews", "newCards", "matureReviews",
          "matureRecalled")
        VALUES (${learnerId}, ${day}, ${counts.reviews}, ${counts.newCards}, ${counts.matureReviews},
          ${counts.matureRecalled})
        ON CONFLICT ("learnerId", "day") DO UPDATE SET
          "reviews" = "DailyStat"."reviews" + excluded."reviews",
          "newCards" = "DailyStat"."newCards" + excluded."newCards",
          "matureReviews" = "DailyStat"."matureReviews" + excluded."matureReviews",
          "matureRecalled" = "DailyStat"."matureRecalled" + excluded."matureRecalled"`;
        if (leech) {
          await tx.$executeRaw`UPDATE "Card" SET "leech" = TRUE, "suspended" = TRUE WHERE "id" = ${request.cardId}`;
          await recordEvent(
            tx,
            learnerId,
            request.cardId,
            'leech',
            {
              ...next,
              leech: card.leech,
              suspended: Boolean(row?.suspended),
              buriedUntil: row?.buriedUntil ? new Date(row.buriedUntil) : null,
            },
            log.reviewedAt,
          );
        }
        return { duplicate: false, cardId: request.cardId, due: next.due, leech };
      },
      { learnerId },
    );
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const stored = await findStoredRating(db, learnerId, request.submissionId);
    if (!stored) throw new WriteError('conflict', 'This submission id was used already.');
    return stored;
  }
}

/**
 * A rating this learner already stored under this submission id, with the card's due date now.
 * An id another learner used is refused as unknown: neither its card nor its date is answered.
 */
async function findStoredRating(
  db: Db | Tx,
  learnerId: number,
  submissionId: string,
): Promise<RatingResult | null> {
  const [row] = await db.$queryRaw<{ learnerId: number; cardId: number; due: Date }[]>`
    SELECT "Review"."learnerId" AS "learnerId", "Review"."cardId" AS "cardId", "Card"."due" AS "due"
    FROM "Review" JOIN "Card" ON "Card"."id" = "Review"."cardId"
    WHERE "Review"."submissionId" = ${submissionId}`;
  if (!row) return null;
  if (Number(row.learnerId) !== learnerId) {
    throw new WriteError(
      'unknown-submission',
      `There is no submission ${submissionId} of this learner.`,
    );
  }
  return { duplicate: true, cardId: row.cardId, due: new Date(row.due), leech: false };
}

/**
 * Takes a rating back: the card returns to its state before it, the log row and the day's counts go.
 * Only the learner's latest rating can be undone; undoing one that is gone already changes nothing.
 */
export async function undoRating(
  db: Db,
  learnerId: number,
  submissionId: string,
  restore: (review: RatingLog) => { card: CardState; counts: DayCounters },
): Promise<boolean> {
  return writeTransaction(
    db,
    async (tx) => {
      const review = await tx.review.findUnique({ where: { submissionId } });
      if (!review) return false;
      if (review.learnerId !== learnerId) {
        throw new WriteError(
          'unknown-submission',
          `There is no submission ${submissionId} of this learner.`,
        );
      }
      const latest = await tx.review.findFirst({
        where: { learnerId },
        orderBy: [{ reviewedAt: 'desc' }, { id: 'desc' }],
        select: { id: true },
      });
      if (latest?.id !== review.id) {
        throw new WriteError('conflict', 'Only the most recent rating can be undone.');
      }
      const { card, counts } = restore(review);
      await tx.card.update({ where: { id: review.cardId }, data: card });
      await undoLeechSince(tx, review.cardId, review.reviewedAt, new Date());
      await tx.review.delete({ where: { id: review.id } });
      await tx.dailyStat.update({
        where: { learnerId_day: { learnerId, day: review.day } },
        data: increments(counts, -1),
      });
      return true;
    },
    { learnerId },
  );
}

function increments(counts: Record<string, number>, sign: 1 | -1) {
  return Object.fromEntries(
    Object.entries(counts).map(([key, value]) => [key, { increment: sign * value }]),
  );
}
