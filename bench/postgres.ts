// `npm run bench -- postgres`: the rating round trip (POST /api/reviews) on PostgreSQL beside SQLite,
// one app process each, on the same fresh profile (the learner's cards as the content makes them).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ensureBuild } from '../scripts/build.mjs';
import { postgresBinDir, startCluster, withDatabase } from '../scripts/postgres-cluster.mjs';
import { type AppServer, startServer } from '../tests/support/app-server';
import { load } from './load';
import { jsonRoute, type RatingCard, ratingRequests } from './rating-requests';
import type { BenchRow, BenchSection } from './types';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = [1, 50];

async function postgresCards(url: string): Promise<RatingCard[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<RatingCard>(
      'SELECT "id", "reps" FROM "Card" WHERE "suspended" = FALSE ORDER BY "id"',
    );
    return rows;
  } finally {
    await client.end();
  }
}

/** Ratings per second and latency at each load, against one server. */
async function measure(
  database: string,
  server: AppServer,
  /** The cards to rate now: the SQLite file to read them from, or the rows. */
  cards: () => Promise<string | RatingCard[]>,
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const connections of CONNECTIONS) {
    const ratings = ratingRequests(await cards(), jsonRoute);
    const result = await load({
      url: server.url,
      connections,
      seconds: SECONDS,
      warmup: 1,
      requests: ratings.requests,
    });
    rows.push({
      database,
      processes: 1,
      connections,
      'ratings/s': result.perSecond,
      'p50 ms': result.p50,
      'p95 ms': result.p95,
      'p99 ms': result.p99,
      errors: result.errors + ratings.refused(),
    });
  }
  return rows;
}

export async function run(): Promise<BenchSection> {
  if (!postgresBinDir())
    throw new Error('No PostgreSQL server binaries: apt-get install postgresql');
  ensureBuild();
  const rows: BenchRow[] = [];
  const dir = mkdtempSync(path.join(tmpdir(), 'backprop-bench-pg-'));
  const sqlite = await startServer({ databaseFile: path.join(dir, 'app.db') });
  try {
    await fetch(`${sqlite.url}/review`); // creates the learner and the cards
    rows.push(...(await measure('SQLite', sqlite, async () => sqlite.databaseFile)));
  } finally {
    await sqlite.dispose();
  }
  const cluster = await startCluster();
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('CREATE DATABASE "bench"');
    await admin.end();
    const url = withDatabase(cluster.url, 'bench');
    const server = await startServer({ env: { DATABASE_URL: url } });
    try {
      await fetch(`${server.url}/review`);
      rows.push(...(await measure('PostgreSQL', server, () => postgresCards(url))));
      // Two app processes on one PostgreSQL belong here, beside this row: they need accounts,
      // so that each process's requests rate their own learners' cards.
    } finally {
      await server.dispose();
    }
  } finally {
    cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return { title: 'Ratings (POST /api/reviews), SQLite and PostgreSQL, one app process', rows };
}
