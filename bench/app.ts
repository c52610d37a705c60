// The app's own figures against the production build, on a small and a heavy profile: next card,
// rating round trip, /stats, the better-sqlite3 floor, the JavaScript each route ships and the fonts it loads.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureBuild } from '../scripts/build.mjs';
import { type AppServer, startServer } from '../tests/support/app-server';
import { measureRoute } from './bundle';
import { measureFloor } from './floor';
import { measureFonts } from './fonts';
import { measureCrowds, measureLearnerPath } from './learner-path';
import { load, loadRow, round, WARMUP_SECONDS } from './load';
import type { BenchRow, BenchSection } from './types';

export const PROFILES = {
  small: { cards: 500, reviews: 10_000, attempts: 1_000 },
  heavy: { cards: 20_000, reviews: 1_000_000, attempts: 100_000 },
};
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
/** `BENCH_PROFILES=small` measures one profile only. */
const WANTED = process.env.BENCH_PROFILES?.split(',') ?? Object.keys(PROFILES);

export function seed(file: string, profile: (typeof PROFILES)[keyof typeof PROFILES]): number {
  const started = Date.now();
  const args = [
    'tsx',
    'prisma/seed-heavy.ts',
    '--cards',
    String(profile.cards),
    '--reviews',
    String(profile.reviews),
    '--attempts',
    String(profile.attempts),
  ];
  const result = spawnSync('npx', args, {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: `file:${file}` },
  });
  if (result.status !== 0) throw new Error('seeding failed');
  return (Date.now() - started) / 1000;
}

const goal = (profile: string, target: string, value: number, noop: number): BenchRow => ({
  profile,
  target,
  'p50 ms': value,
  'no-op p50 ms': noop,
  ratio: round(value / noop, 2),
  met: value <= 2 * noop ? 'yes' : 'no',
});

export async function run(): Promise<BenchSection[]> {
  ensureBuild();
  const dir = mkdtempSync(path.join(tmpdir(), 'backprop-bench-'));
  const loadRows: BenchRow[] = [];
  const floorRows: BenchRow[] = [];
  const statsP50: Record<string, number> = {};
  const goalRows: BenchRow[] = [];
  const crowdRows: BenchRow[] = [];
  let bundleRows: BenchRow[] = [];
  let fontRows: BenchRow[] = [];
  try {
    for (const [name, profile] of Object.entries(PROFILES).filter(([n]) => WANTED.includes(n))) {
      const file = path.join(dir, `${name}.db`);
      const seconds = seed(file, profile);
      floorRows.push({
        profile: name,
        operation: 'seed',
        'ops/s': '',
        'p50 ms': '',
        'p95 ms': '',
        'p99 ms': '',
        note: `${seconds.toFixed(1)} s to write the profile`,
      });
      const floorCopy = path.join(dir, `${name}-floor.db`);
      copyFileSync(file, floorCopy);
      const floor = measureFloor(floorCopy);
      for (const f of floor) {
        floorRows.push({
          profile: name,
          operation: f.operation,
          'ops/s': f.perSecond,
          'p50 ms': f.p50,
          'p95 ms': f.p95,
          'p99 ms': f.p99,
          note: 'better-sqlite3, no app',
        });
      }
      const server: AppServer = await startServer({
        databaseFile: file,
        env: { BACKPROP_BENCH: '1' },
      });
      try {
        const path = await measureLearnerPath(server, name);
        loadRows.push(...path.rows);
        goalRows.push(
          goal(
            name,
            'next card page within 2× the no-op page (p50, 1 client)',
            path.single.page,
            path.single.noopPage,
          ),
          goal(
            name,
            'rating within 2× the no-op action (p50, 1 client)',
            path.single.action,
            path.single.noopAction,
          ),
        );
        if (name === 'small') crowdRows.push(...(await measureCrowds(server)));
        // The framework's own ceiling: a route handler that only asks the database `SELECT 1`.
        const ceiling = await load({
          url: `${server.url}/api/health`,
          connections: 50,
          seconds: SECONDS,
          warmup: WARMUP_SECONDS,
        });
        loadRows.push(loadRow(name, 'ceiling (GET /api/health)', ceiling));
        const stats = await load({ url: `${server.url}/stats`, connections: 1, seconds: SECONDS });
        loadRows.push(loadRow(name, 'progress (GET /stats)', stats));
        statsP50[name] = stats.p50;
        // The card browser: the first page, a text search, a filter and a deep page sorted by difficulty.
        for (const route of [
          '/cards',
          '/cards?q=sigmoid',
          '/cards?state=review&due=overdue',
          '/cards?sort=difficulty&page=200',
        ]) {
          const cards = await load({
            url: `${server.url}${route}`,
            connections: 1,
            seconds: SECONDS,
          });
          loadRows.push(loadRow(name, `card browser (GET ${route})`, cards));
        }
        if (name === 'small') {
          const routes = [
            '/',
            '/review',
            '/practice',
            '/practice/adam?seed=1&level=2',
            '/concepts',
            '/concepts/adam',
            '/stats',
          ];
          bundleRows = [];
          for (const route of routes)
            bundleRows.push({ ...(await measureRoute(server.url, route)) });
          // The Korean typeface is split by unicode-range: a Korean concept page should stay under 150 kB.
          fontRows = [
            ...(await measureFonts(
              server.url,
              ['/concepts/batch-normalization', '/concepts/adam', '/review'],
              'ko-KR',
            )),
            ...(await measureFonts(server.url, ['/concepts/adam'], 'en-US')),
          ].map((row) => ({ ...row }));
        }
      } finally {
        await server.dispose();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return [
    { title: 'App under load (autocannon against the production build)', rows: loadRows },
    { title: "Goals: the learner's path against the framework's own no-op", rows: goalRows },
    {
      title: 'A crowd of simulated learners (each views the next card and rates every 8 s)',
      rows: crowdRows,
    },
    { title: 'Floor: the same database work with better-sqlite3 alone', rows: floorRows },
    {
      title: '/stats: cost as history grows',
      rows: [
        {
          'small p50 ms': statsP50.small,
          'heavy p50 ms': statsP50.heavy,
          'heavy / small': round(statsP50.heavy / statsP50.small, 2),
        },
      ],
    },
    { title: 'JavaScript sent to the browser per route (gzipped)', rows: bundleRows },
    {
      title: 'Fonts a page downloads in Chromium (Korean typeface: goal < 150 kB)',
      rows: fontRows,
    },
  ];
}
