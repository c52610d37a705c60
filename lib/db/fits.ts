// Rows behind parameter fits: the review log the optimizer reads, the fit jobs and their history.
import type { LoggedReview } from '../srs/history.mjs';
import type { Db } from './client';
import { Prisma } from './generated/client';
import { writeTransaction } from './transaction';

/** Cards whose reviews one query of the review log reads. */
const CARDS_PER_CHUNK = 100;

/**
 * The learner's review log, as much of each rating as the optimizer needs, a few hundred cards at a
 * time: each chunk holds all the reviews of its cards, in time order. Reading it in chunks keeps
 * the server's event loop and memory free for requests while a fit reads a long history.
 */
export async function* fetchReviewLogChunks(
  db: Db,
  learnerId: number,
  cardsPerChunk = CARDS_PER_CHUNK,
): AsyncGenerator<LoggedReview[]> {
  const cards = await db.card.findMany({
    where: { learnerId },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  for (let i = 0; i < cards.length; i += cardsPerChunk) {
    const ids = cards.slice(i, i + cardsPerChunk).map((card) => card.id);
    // By card id alone, on the (cardId, reviewedAt) index: the ids are the learner's own cards.
    const rows = await db.$queryRaw<
      { cardId: number; rating: number; state: number; reviewedAt: Date | string; day: string }[]
    >`SELECT "cardId", "rating", "state", "reviewedAt", "day" FROM "Review"
      WHERE "cardId" IN (${Prisma.join(ids)})
      ORDER BY "cardId", "reviewedAt", "id"`;
    yield rows.map((row) => ({
      cardId: Number(row.cardId),
      rating: Number(row.rating),
      state: Number(row.state),
      reviewedAt: new Date(row.reviewedAt),
      day: row.day,
    }));
  }
}

/** How many ratings the learner has given (from the per-day counts, so no scan of the log). */
export async function countReviews(db: Db, learnerId: number): Promise<number> {
  const [row] = await db.$queryRaw<{ total: bigint | number | null }[]>`
    SELECT SUM("reviews") AS "total" FROM "DailyStat" WHERE "learnerId" = ${learnerId}`;
  return Number(row?.total ?? 0);
}

/**
 * Opens a fit job, unless one is running already (then that one is returned). A running fit whose
 * heartbeat is older than `staleBefore` was cut short: it is marked interrupted, in the same transaction.
 */
export async function openFit(
  db: Db,
  learnerId: number,
  trigger: 'manual' | 'auto',
  reviews: number,
  now: Date,
  staleBefore: Date,
): Promise<{ id: number; created: boolean }> {
  return writeTransaction(
    db,
    async (tx) => {
      await tx.parameterFit.updateMany({
        where: {
          learnerId,
          status: 'running',
          OR: [{ heartbeatAt: null }, { heartbeatAt: { lt: staleBefore } }],
        },
        data: { status: 'failed', error: 'interrupted', finishedAt: now },
      });
      const running = await tx.parameterFit.findFirst({
        where: { learnerId, status: 'running' },
        select: { id: true },
      });
      if (running) return { id: running.id, created: false };
      const fit = await tx.parameterFit.create({
        data: { learnerId, trigger, status: 'running', startedAt: now, heartbeatAt: now, reviews },
        select: { id: true },
      });
      await tx.learner.update({ where: { id: learnerId }, data: { reviewsAtLastFit: reviews } });
      return { id: fit.id, created: true };
    },
    { learnerId },
  );
}

export function saveFitProgress(db: Db, fitId: number, progress: number) {
  return db.parameterFit.update({ where: { id: fitId }, data: { progress } });
}

export interface FitOutcome {
  trainReviews: number;
  testReviews: number;
  defaultLogLoss: number;
  defaultRmse: number;
  fittedLogLoss: number;
  fittedRmse: number;
  parameters: readonly number[];
  adopted: boolean;
}

/** Records a finished fit and, when it was adopted, makes its parameters the learner's. */
export async function finishFit(
  db: Db,
  learnerId: number,
  fitId: number,
  outcome: FitOutcome,
  now: Date,
): Promise<void> {
  await writeTransaction(
    db,
    async (tx) => {
      const parameters = JSON.stringify(outcome.parameters);
      await tx.parameterFit.update({
        where: { id: fitId },
        data: { ...outcome, parameters, status: 'done', progress: 1, finishedAt: now },
      });
      if (outcome.adopted) {
        await tx.learner.update({ where: { id: learnerId }, data: { fsrsParameters: parameters } });
      }
    },
    { learnerId },
  );
}

export function failFit(db: Db, fitId: number, error: string, now: Date) {
  return db.parameterFit.update({
    where: { id: fitId },
    data: { status: 'failed', error: error.slice(0, 500), finishedAt: now },
  });
}

/** The running fit's sign of life, renewed by the process that runs it. */
export function beatFit(db: Db, fitId: number, now: Date) {
  return db.parameterFit.updateMany({
    where: { id: fitId, status: 'running' },
    data: { heartbeatAt: now },
  });
}

/** The learner's fits, newest first. */
export function fetchFits(db: Db, learnerId: number, take = 20) {
  return db.parameterFit.findMany({ where: { learnerId }, orderBy: { id: 'desc' }, take });
}

/** The learner's scheduling settings. */
export function saveScheduling(
  db: Db,
  learnerId: number,
  data: { desiredRetention?: number; leechThreshold?: number },
) {
  return db.learner.update({ where: { id: learnerId }, data });
}
