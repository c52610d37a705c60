// Where the 50-client tail comes from: the rating action, the review page and the framework's no-op
// page and action at 50 clients on the small profile, with and without the request queue; every
// garbage-collection pause and the event loop's delay recorded inside the server
// (bench/gc-observer.cjs), and the parameter fits the ratings set off counted.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ensureBuild } from '../scripts/build.mjs';
import { startServer } from '../tests/support/app-server';
import { PROFILES, seed } from './app';
import { load, round } from './load';
import { noopActionRequest, ratingRequests, reviewAction } from './rating-requests';
import type { BenchRow, BenchSection } from './types';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

interface Recording {
  /** Each pause, `at` in ms since the epoch. */
  pauses: { at: number; kind: string; ms: number }[];
  /** The event loop's longest delay in each second, `at` the second's end. */
  delays: { at: number; max: number }[];
}

/** The server process's recording: the file with the most pauses (npx and the start script record too). */
function recording(dir: string): Recording {
  const files = readdirSync(dir).filter((name) => name.startsWith('gc-'));
  const all = files.map(
    (name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Recording,
  );
  return all.sort((a, b) => b.pauses.length - a.pauses.length)[0];
}

function summary(pauses: Recording['pauses'], kind: string): string {
  const of = pauses.filter((pause) => pause.kind === kind);
  if (of.length === 0) return '0';
  const total = of.reduce((sum, pause) => sum + pause.ms, 0);
  return `${of.length} (total ${round(total, 0)} ms, max ${round(Math.max(...of.map((p) => p.ms)), 1)} ms)`;
}

/** How the server takes requests in: as Node hands them over, or through the queue (scripts/request-queue.mjs). */
const SETUPS: [string, string][] = [
  // 256 slots for 50 clients: every request is handled the moment Node reads it, as before the queue.
  ['none (each request handled on arrival)', '256'],
  ['first come, first served, 4 at a time (the default)', '4'],
];

export async function run(): Promise<BenchSection> {
  ensureBuild();
  const dir = mkdtempSync(path.join(tmpdir(), 'backprop-tail-'));
  const seeded = path.join(dir, 'small.db');
  seed(seeded, PROFILES.small);
  const rows: BenchRow[] = [];
  try {
    for (const [queue, concurrency] of SETUPS) {
      rows.push(...(await measureSetup(dir, seeded, queue, concurrency)));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    title:
      'The 50-client tail: with and without the request queue; garbage collection, the event loop and background fits',
    rows,
  };
}

/** The 50-client loads on a server of its own (a copy of the seeded profile) taking requests in as `concurrency` says. */
async function measureSetup(
  dir: string,
  seeded: string,
  queue: string,
  concurrency: string,
): Promise<BenchRow[]> {
  const file = path.join(dir, `small-${concurrency}.db`);
  copyFileSync(seeded, file);
  // A learner fitted at today's count: the ratings of the first rows start no fit.
  setLastFit(file, null);
  const gcDir = mkdtempSync(path.join(dir, 'gc-'));
  const server = await startServer({
    databaseFile: file,
    env: {
      BACKPROP_BENCH: '1',
      BACKPROP_CONCURRENCY: concurrency,
      BENCH_GC_DIR: gcDir,
      NODE_OPTIONS: `--require ${path.resolve('bench/gc-observer.cjs')}`,
    },
  });
  const rows: BenchRow[] = [];
  try {
    const ratings = ratingRequests(file, reviewAction(server.url));
    const common = { connections: 50, seconds: SECONDS, warmup: 3 };
    const rating = { ...common, url: server.url, requests: ratings.requests };
    // The last row's ratings start a parameter fit (the learner looks 1,000 reviews past its last fit).
    const runs: [string, Parameters<typeof load>[0], (() => void)?][] = [
      ['rating (server action + next card)', rating],
      ['next card (GET /review)', { ...common, url: `${server.url}/review` }],
      [
        'no-op server action',
        { ...common, url: server.url, requests: [noopActionRequest(server.url)] },
      ],
      ['no-op page (GET /bench-noop)', { ...common, url: `${server.url}/bench-noop` }],
      ['rating while a parameter fit runs', rating, () => setLastFit(file, 0)],
    ];
    for (const [operation, options, before] of runs) {
      before?.();
      const fitsBefore = countFits(file);
      const started = Date.now() + (options.warmup ?? 0) * 1000;
      const r = await load(options);
      const ended = Date.now();
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const rec = recording(gcDir);
      const within = ({ at }: { at: number }) => at >= started && at <= ended + 1000;
      const pauses = rec.pauses.filter(within);
      const delay = Math.max(0, ...rec.delays.filter(within).map((d) => d.max));
      rows.push({
        queue,
        operation,
        'req/s': r.perSecond,
        'p50 ms': r.p50,
        'p95 ms': r.p95,
        'p99 ms': r.p99,
        'p99 / p50': round(r.p99 / r.p50, 1),
        errors: r.errors,
        scavenges: summary(pauses, 'scavenge'),
        'mark-compacts': summary(pauses, 'mark-compact'),
        'GC share of the run': `${round((100 * pauses.reduce((s, p) => s + p.ms, 0)) / (SECONDS * 1000), 1)} %`,
        'event loop delay max ms': round(delay, 0),
        'fits started': countFits(file) - fitsBefore,
      });
    }
  } finally {
    await server.dispose();
  }
  return rows;
}

function countFits(file: string): number {
  const db = new Database(file, { readonly: true });
  const { n } = db.prepare('SELECT COUNT(*) AS n FROM ParameterFit').get() as { n: number };
  db.close();
  return n;
}

/** Sets the learner's review count at its last fit: `null` for its current count. */
function setLastFit(file: string, reviews: number | null): void {
  const db = new Database(file);
  db.prepare(
    `UPDATE Learner SET reviewsAtLastFit = COALESCE(?, (SELECT COALESCE(SUM(reviews), 0) FROM DailyStat WHERE learnerId = Learner.id))`,
  ).run(reviews);
  db.close();
}
