// The local learner: created on first use (in this machine's timezone), so a new database needs no set-up step.
import { isValidTimeZone } from '../srs/day';
import type { Db } from './client';
import { writeTransaction } from './transaction';

export type LearnerRow = Awaited<ReturnType<Db['learner']['findFirstOrThrow']>>;

/** The timezone of the machine the app runs on: for a local app, the learner's own. */
function localTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isValidTimeZone(zone) ? zone : 'UTC';
}

/** Returns the local learner, creating it on the first call against a new database. */
export async function ensureLocalLearner(db: Db): Promise<LearnerRow> {
  // Read on every request: one raw statement (a fraction of a model query's cost).
  const [existing] = await db.$queryRaw<
    LearnerRow[]
  >`SELECT * FROM "Learner" ORDER BY "id" LIMIT 1`;
  if (existing) return existing;
  return writeTransaction(db, async (tx) => {
    const again = await tx.learner.findFirst({ orderBy: { id: 'asc' } });
    return again ?? tx.learner.create({ data: { timezone: localTimeZone() } });
  });
}
