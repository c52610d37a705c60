// Write transactions that never fail with "database is locked" while another writer holds SQLite's lock.
import type { Db } from './client';
import { isBusy } from './errors';

export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

const MAX_ATTEMPTS = 5;
/** How long a transaction may wait to start, and run, unless the caller sizes it for its work. */
const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Runs `work` in one transaction that takes SQLite's write lock before anything else. A transaction
 * that reads first and writes later cannot wait for the lock (SQLite answers SQLITE_BUSY_SNAPSHOT at
 * once when another connection wrote meanwhile); taking it first lets the busy timeout do its job.
 * A transaction that still meets a busy database is retried from the start, a few times.
 * `timeoutMs` bounds how long `work` may run before the transaction is rolled back.
 */
export async function writeTransaction<T>(
  db: Db,
  work: (tx: Tx) => Promise<T>,
  { timeoutMs = DEFAULT_TIMEOUT_MS }: { timeoutMs?: number } = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(
        async (tx) => {
          await tx.$executeRawUnsafe(
            'UPDATE Learner SET name = name WHERE id = (SELECT MIN(id) FROM Learner)',
          );
          return work(tx);
        },
        { maxWait: DEFAULT_TIMEOUT_MS, timeout: timeoutMs },
      );
    } catch (error) {
      if (!isBusy(error) || attempt >= MAX_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 20));
    }
  }
}
