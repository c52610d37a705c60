// `npm run bench -- postgres`: the rating round trip (POST /api/reviews) on PostgreSQL beside SQLite,
// one app process each, then two processes on one PostgreSQL, on the same fresh profile (the
// learner's cards as the content makes them).
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
  // One bookkeeping for every row: a rating the server finishes after a run has stopped waiting for
  // it leaves its card out of the pool, where re-reading the cards between rows would find a stale reps.
  const ratings = ratingRequests(await cards(), jsonRoute);
  for (const connections of CONNECTIONS) {
    const refusedBefore = ratings.refused();
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
      errors: result.errors + ratings.refused() - refusedBefore,
    });
  }
  return rows;
}

/**
 * Two app processes on one PostgreSQL, loaded at once, each rating its own half of the cards: the
 * ratings per second of both together, and the slower process's percentiles. Both serve the local
 * learner, so their writes take turns on that learner's row lock; learners of their own would not.
 */
async function measureTwo(
  servers: AppServer[],
  cards: () => Promise<RatingCard[]>,
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const all = await cards();
  const halves = [all.filter((_, i) => i % 2 === 0), all.filter((_, i) => i % 2 === 1)];
  // As in `measure`: one bookkeeping per process for every row.
  const ratings = halves.map((half) => ratingRequests(half, jsonRoute));
  for (const connections of CONNECTIONS) {
    const refusedBefore = ratings.map((r) => r.refused());
    const results = await Promise.all(
      servers.map((server, i) =>
        load({
          url: server.url,
          connections: Math.max(1, connections / 2),
          seconds: SECONDS,
          warmup: 1,
          requests: ratings[i].requests,
        }),
      ),
    );
    const worst = (key: 'p50' | 'p95' | 'p99') => Math.max(...results.map((r) => r[key]));
    rows.push({
      database: 'PostgreSQL',
      processes: 2,
      connections: results.reduce((sum, r) => sum + r.connections, 0),
      'ratings/s': results.reduce((sum, r) => sum + r.perSecond, 0),
      'p50 ms': worst('p50'),
      'p95 ms': worst('p95'),
      'p99 ms': worst('p99'),
      errors:
        results.reduce((sum, r) => sum + r.errors, 0) +
        ratings.reduce((sum, r, i) => sum + r.refused() - refusedBefore[i], 0),
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
      const second = await startServer({ env: { DATABASE_URL: url } });
      try {
        rows.push(...(await measureTwo([server, second], () => postgresCards(url))));
      } finally {
        await second.dispose();
      }
    } finally {
      await server.dispose();
    }
  } finally {
    cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    title: 'Ratings (POST /api/reviews), SQLite and PostgreSQL, one and two app processes',
    rows,
  };
}
