// Write transactions that serialize the writers they must: SQLite's one write lock taken first (so no
// "database is locked"), or on PostgreSQL a row lock on the learner whose rows the transaction writes.
import { type Db, dialectOf, inheritDialect } from './client';
import { isBusy } from './errors';

export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

const MAX_ATTEMPTS = 5;
/** How long a transaction may wait to start, and run, unless the caller sizes it for its work. */
const DEFAULT_TIMEOUT_MS = 15_000;
/** Any constant: the PostgreSQL advisory lock of writes that belong to no learner yet (creating one). */
const GLOBAL_WRITE_LOCK = 7_318_202;

export interface WriteOptions {
  /** How long `work` may run before the transaction is rolled back. */
  timeoutMs?: number;
  /**
   * The learner whose rows the transaction reads and writes. On PostgreSQL the transaction starts
   * by locking that learner's row (`SELECT … FOR UPDATE`), so one learner's writes run one at a
   * time across every app process while other learners' run in parallel; without it, a global
   * advisory lock. SQLite has one write lock for everything either way.
   */
  learnerId?: number;
}

/** The statement that takes the transaction's write lock before anything else. */
async function takeWriteLock(tx: Tx, db: Db, learnerId: number | undefined): Promise<void> {
  if (dialectOf(db) === 'sqlite') {
    // A dummy write: SQLite takes its write lock at a transaction's first write.
    await tx.$executeRawUnsafe(
      'UPDATE "Learner" SET "name" = "name" WHERE "id" = (SELECT MIN("id") FROM "Learner")',
    );
  } else if (learnerId === undefined) {
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(${GLOBAL_WRITE_LOCK})::text AS "locked"`;
  } else {
    await tx.$queryRaw`SELECT "id" FROM "Learner" WHERE "id" = ${learnerId} FOR UPDATE`;
  }
}

/**
 * Runs `work` in one transaction that takes its write lock before anything else. On SQLite, a
 * transaction that reads first and writes later cannot wait for the lock (SQLite answers
 * SQLITE_BUSY_SNAPSHOT at once when another connection wrote meanwhile); taking it first lets the
 * busy timeout do its job. On PostgreSQL (read committed), the learner's row lock makes every
 * statement after it see what the transaction before it committed. A transaction that still meets
 * a busy database, a deadlock or a serialization failure is retried from the start, a few times.
 */
export async function writeTransaction<T>(
  db: Db,
  work: (tx: Tx) => Promise<T>,
  { timeoutMs = DEFAULT_TIMEOUT_MS, learnerId }: WriteOptions = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(
        async (tx) => {
          inheritDialect(tx, db);
          await takeWriteLock(tx, db, learnerId);
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
