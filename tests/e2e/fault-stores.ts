// The databases the fault tests run on: a SQLite file, and a database on a throw-away PostgreSQL
// cluster; each gives a server on a new database and a second, outside connection to look and write.
import Database from 'better-sqlite3';
import pg from 'pg';
import { postgresBinDir, startCluster, withDatabase } from '../../scripts/postgres-cluster.mjs';
import { type AppServer, startServer } from '../support/app-server';

/** A connection to a server's database from outside the server (another process's view). */
export interface Outside {
  /** The first number of the first row of a statement written for both databases. */
  count(sql: string): Promise<number>;
  /** The learner's first cards by id, with their reps, ready to rate. */
  cards(count: number): Promise<{ cardId: number; expectedReps: number }[]>;
  /** One write transaction as another app process would make it for learner 1. */
  write(): Promise<void>;
  /** The database's own consistency check: "ok" when it passes. */
  integrity(): Promise<string>;
  close(): Promise<void>;
}

export interface FaultStore {
  name: 'SQLite' | 'PostgreSQL';
  /** Why this database's tests cannot run here, or null. */
  unavailable(): string | null;
  setUp(): Promise<void>;
  tearDown(): Promise<void>;
  /** A server on a new, empty database of this kind. */
  server(): Promise<AppServer>;
  outside(server: AppServer): Promise<Outside>;
}

const CARDS = 'SELECT "id", "reps" FROM "Card" ORDER BY "id" LIMIT ';
const OUTSIDE_WRITE = `INSERT INTO "DailyStat" ("learnerId", "day", "reviews") VALUES (1, '1999-01-01', 1)
  ON CONFLICT ("learnerId", "day") DO UPDATE SET "reviews" = "DailyStat"."reviews" + 1`;

export const sqliteStore: FaultStore = {
  name: 'SQLite',
  unavailable: () => null,
  async setUp() {},
  async tearDown() {},
  server: () => startServer(),
  async outside(server) {
    const db = new Database(server.databaseFile);
    db.pragma('busy_timeout = 10000');
    return {
      async count(sql) {
        return Number(Object.values(db.prepare(sql).get() as Record<string, number>)[0]);
      },
      async cards(count) {
        const rows = db.prepare(`${CARDS}${Number(count)}`).all() as { id: number; reps: number }[];
        return rows.map((row) => ({ cardId: row.id, expectedReps: row.reps }));
      },
      async write() {
        db.transaction(() => db.prepare(OUTSIDE_WRITE).run())();
      },
      async integrity() {
        return String(db.pragma('integrity_check', { simple: true }));
      },
      async close() {
        db.close();
      },
    };
  },
};

let cluster: Awaited<ReturnType<typeof startCluster>> | undefined;
let databases = 0;

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

export const postgresStore: FaultStore = {
  name: 'PostgreSQL',
  unavailable: () =>
    postgresBinDir() ? null : 'no PostgreSQL server binaries (/usr/lib/postgresql/*/bin/postgres)',
  async setUp() {
    cluster = await startCluster();
  },
  async tearDown() {
    cluster?.stop();
    cluster = undefined;
  },
  async server() {
    if (!cluster) throw new Error('the PostgreSQL cluster is not running');
    databases += 1;
    const name = `faults_${databases}`;
    await query(cluster.url, `CREATE DATABASE "${name}"`);
    return startServer({ env: { DATABASE_URL: withDatabase(cluster.url, name) } });
  },
  async outside(server) {
    const client = new pg.Client({ connectionString: server.databaseUrl });
    await client.connect();
    return {
      async count(sql) {
        const { rows } = await client.query(sql);
        return Number(Object.values(rows[0] as Record<string, unknown>)[0]);
      },
      async cards(count) {
        const { rows } = await client.query<{ id: number; reps: number }>(
          `${CARDS}${Number(count)}`,
        );
        return rows.map((row) => ({ cardId: row.id, expectedReps: row.reps }));
      },
      async write() {
        // As an app process writes for learner 1: the learner's row lock first.
        await client.query('BEGIN');
        try {
          await client.query('SELECT "id" FROM "Learner" WHERE "id" = 1 FOR UPDATE');
          await client.query(OUTSIDE_WRITE);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      },
      async integrity() {
        // Every rating points at a card of its learner, and every card at a learner.
        const { rows } = await client.query<{ n: string }>(`SELECT COUNT(*) AS n FROM "Review" r
          LEFT JOIN "Card" c ON c."id" = r."cardId" AND c."learnerId" = r."learnerId"
          WHERE c."id" IS NULL`);
        return rows[0].n === '0' ? 'ok' : `${rows[0].n} ratings without their card`;
      },
      async close() {
        await client.end();
      },
    };
  },
};
