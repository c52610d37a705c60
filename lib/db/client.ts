// The one Prisma client of the app, chosen by DATABASE_URL: SQLite through better-sqlite3 (WAL) for
// `file:` URLs, PostgreSQL through the pg driver adapter for `postgresql://` ones; reused across hot reloads.
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';
import { PrismaClient as PostgresPrismaClient } from './generated-pg/client';
import { type DatabaseDialect, databaseDialect, databaseUrl } from './url.mjs';

/**
 * A client on either database. Both clients are generated from the same models (the PostgreSQL
 * schema is derived from the SQLite one), so their model API is the same; the SQLite client's
 * type stands for both.
 */
export type Db = InstanceType<typeof PrismaClient>;
export type { DatabaseDialect };

/** A transaction's client or a client: anything raw SQL can run on. */
type Queryable = Pick<Db, '$queryRaw'>;

const dialects = new WeakMap<object, DatabaseDialect>();

/** Which database a client (or a transaction's client from `writeTransaction`) talks to. */
export function dialectOf(db: Queryable): DatabaseDialect {
  return dialects.get(db) ?? 'sqlite';
}

/** Records that a transaction's client belongs to the same database as its client. */
export function inheritDialect<T extends object>(tx: T, db: Queryable): T {
  dialects.set(tx, dialectOf(db));
  return tx;
}

/** Connections per app process in the PostgreSQL pool (override with DATABASE_POOL_SIZE). */
function poolSize(): number {
  const size = Number(process.env.DATABASE_POOL_SIZE);
  return Number.isInteger(size) && size > 0 ? size : 10;
}

/** Opens a client on a database URL with the settings every connection needs. */
export function createDb(url: string = databaseUrl()): Db {
  const dialect = databaseDialect(url);
  let db: Db;
  if (dialect === 'postgresql') {
    // Instants are stored as UTC in `timestamp` columns; a UTC session keeps the database's own
    // CURRENT_TIMESTAMP defaults in UTC too, whatever zone the server was set up in.
    const adapter = new PrismaPg({
      connectionString: url,
      max: poolSize(),
      options: '-c TimeZone=UTC',
    });
    db = new PostgresPrismaClient({ adapter }) as unknown as Db;
  } else {
    // `timeout` is SQLite's busy timeout: a writer waits for a lock instead of failing.
    const adapter = new PrismaBetterSQLite3({ url, timeout: 10_000 });
    db = new PrismaClient({ adapter });
  }
  dialects.set(db, dialect);
  return db;
}

/**
 * Applies the SQLite connection pragmas: WAL so readers never block the writer, and
 * synchronous=NORMAL, under which a commit survives the app being killed but the last commits
 * before a power loss or an OS crash may be lost (the database stays consistent; FULL would sync
 * on every commit). PostgreSQL needs nothing here.
 */
export async function configureDb(db: Db): Promise<void> {
  if (dialectOf(db) !== 'sqlite') return;
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
