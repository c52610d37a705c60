// Counts of sign-in attempts per key ("account:<email>", "address:<ip>") in a fixed window, in the
// database so every app process sees the same counts; rows in, rows out.
import type { Db } from './client';
import { writeTransaction } from './transaction';

/**
 * Adds one attempt to each key and returns each key's count in its window. A key whose window began
 * before `windowSince` starts a new window at `now` with this attempt.
 */
export function countAttempts(
  db: Db,
  keys: string[],
  now: Date,
  windowSince: Date,
): Promise<number[]> {
  return writeTransaction(db, async (tx) => {
    const counts: number[] = [];
    for (const key of keys) {
      const row = await tx.signInLimit.findUnique({ where: { key } });
      const fresh = !row || row.windowStart < windowSince;
      const failures = fresh ? 1 : row.failures + 1;
      await tx.signInLimit.upsert({
        where: { key },
        create: { key, failures, windowStart: now },
        update: fresh ? { failures, windowStart: now } : { failures },
      });
      counts.push(failures);
    }
    return counts;
  });
}

/** Takes back one attempt from each key (a sign-in that succeeded counts against no limit). */
export async function forgiveAttempts(db: Db, keys: string[]): Promise<void> {
  await db.signInLimit.updateMany({
    where: { key: { in: keys }, failures: { gt: 0 } },
    data: { failures: { decrement: 1 } },
  });
}
