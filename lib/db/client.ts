// The one Prisma client of the app: SQLite through better-sqlite3, in WAL mode, reused across hot reloads.
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from './generated/client';
import { databaseUrl } from './url.mjs';

export type Db = InstanceType<typeof PrismaClient>;

/** Opens a client on a database URL with the settings every connection needs. */
export function createDb(url: string = databaseUrl()): Db {
  // `timeout` is SQLite's busy timeout: a writer waits for a lock instead of failing.
  const adapter = new PrismaBetterSQLite3({ url, timeout: 10_000 });
  return new PrismaClient({ adapter });
}

/**
 * Applies the connection pragmas: WAL so readers never block the writer, and synchronous=NORMAL,
 * under which a commit survives the app being killed but the last commits before a power loss or
 * an OS crash may be lost (the database stays consistent; FULL would sync on every commit).
 */
export async function configureDb(db: Db): Promise<void> {
  await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  await db.$executeRawUnsafe('PRAGMA synchronous = NORMAL');
  await db.$executeRawUnsafe('PRAGMA foreign_keys = ON');
}

const globalForDb = globalThis as unknown as { backpropDb?: Db; backpropDbReady?: Promise<void> };

/** The app's shared client, configured once per process. */
export async function getDb(): Promise<Db> {
  if (!globalForDb.backpropDb) {
    globalForDb.backpropDb = createDb();
    globalForDb.backpropDbReady = configureDb(globalForDb.backpropDb);
  }
  await globalForDb.backpropDbReady;
  return globalForDb.backpropDb;
}
