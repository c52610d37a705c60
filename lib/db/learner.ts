// Learners: the local one (no account) and one per account, each created on first use (in this
// machine's timezone), so a new database needs no set-up step.
import { isValidTimeZone } from '../srs/day';
import type { Db } from './client';
import { isUniqueViolation } from './errors';
import { type Tx, writeTransaction } from './transaction';

export type LearnerRow = Awaited<ReturnType<Db['learner']['findFirstOrThrow']>>;

/** The timezone of the machine the app runs on: for a local app, the learner's own. */
function localTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isValidTimeZone(zone) ? zone : 'UTC';
}

/** Returns the local learner (the first without an account), creating it on the first call. */
export async function ensureLocalLearner(db: Db): Promise<LearnerRow> {
  // Read on every request: one raw statement (a fraction of a model query's cost).
  const [existing] = await db.$queryRaw<LearnerRow[]>`
    SELECT * FROM "Learner" WHERE "userId" IS NULL ORDER BY "id" LIMIT 1`;
  if (existing) return existing;
  return writeTransaction(db, async (tx) => {
    const again = await tx.learner.findFirst({ where: { userId: null }, orderBy: { id: 'asc' } });
    return again ?? tx.learner.create({ data: { timezone: localTimeZone() } });
  });
}

/** Returns the learner of an account, creating it on the account's first request. */
export async function learnerOfUser(db: Db, userId: string): Promise<LearnerRow> {
  const [existing] = await db.$queryRaw<LearnerRow[]>`
    SELECT * FROM "Learner" WHERE "userId" = ${userId}`;
  if (existing) return existing;
  try {
    return await db.learner.create({
      data: { userId, name: 'account', timezone: localTimeZone() },
    });
  } catch (error) {
    // Two first requests at once: the other one created it.
    if (!isUniqueViolation(error)) throw error;
    return db.learner.findUniqueOrThrow({ where: { userId } });
  }
}

/**
 * Deletes an account's learner and, with it, every card, rating, answer and count it has, inside the
 * caller's transaction (the account's deletion: `deleteAccountRows`).
 */
export async function deleteLearnerOfUser(tx: Tx, userId: string): Promise<void> {
  const learner = await tx.learner.findUnique({ where: { userId }, select: { id: true } });
  if (!learner) return;
  const learnerId = learner.id;
  await tx.cardEvent.deleteMany({ where: { learnerId } });
  await tx.review.deleteMany({ where: { learnerId } });
  await tx.attempt.deleteMany({ where: { learnerId } });
  await tx.dailyStat.deleteMany({ where: { learnerId } });
  await tx.skillStat.deleteMany({ where: { learnerId } });
  await tx.parameterFit.deleteMany({ where: { learnerId } });
  await tx.card.deleteMany({ where: { learnerId } });
  await tx.learner.delete({ where: { id: learnerId } });
}
