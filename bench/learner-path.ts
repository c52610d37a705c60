// The learner's own path under load: the review page, a rating through the review screen's server
// action (answered with the next card), the JSON route beside it, the framework's no-op page and
// action on the same server, and a crowd of simulated learners at a steady pace.
import type { AppServer } from '../tests/support/app-server';
import { type LoadResult, load, loadRow, WARMUP_SECONDS } from './load';
import {
  type CardPool,
  cardPool,
  jsonRoute,
  noopActionRequest,
  type RatingLoad,
  ratingRequests,
  reviewAction,
} from './rating-requests';
import type { BenchRow } from './types';

const CONNECTIONS = [1, 10, 50];

/** One card pool per server for all its rating loads, so no load starts from a stale reps (see `ratingRequests`). */
const pools = new WeakMap<AppServer, CardPool>();
function poolOf(server: AppServer): CardPool {
  let pool = pools.get(server);
  if (!pool) {
    pool = cardPool(server.databaseFile);
    pools.set(server, pool);
  }
  return pool;
}
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

export interface PathResult {
  rows: BenchRow[];
  /** p50 at one client, by operation, for the goals. */
  single: Record<'page' | 'noopPage' | 'action' | 'noopAction', number>;
}

/** Load with a warm-up; rating loads count refusals as errors. */
async function measure(
  url: string,
  connections: number,
  ratings?: RatingLoad,
): Promise<[LoadResult, number]> {
  const before = ratings?.refused() ?? 0;
  const r = await load({
    url,
    connections,
    seconds: SECONDS,
    warmup: WARMUP_SECONDS,
    requests: ratings?.requests,
  });
  return [r, r.errors + (ratings ? ratings.refused() - before : 0)];
}

export async function measureLearnerPath(server: AppServer, profile: string): Promise<PathResult> {
  const rows: BenchRow[] = [];
  const single = { page: 0, noopPage: 0, action: 0, noopAction: 0 };
  const noopAction: RatingLoad = { requests: [noopActionRequest(server.url)], refused: () => 0 };
  // The rating loads share one card pool, so each starts from the reps the earlier rows left.
  const operations: [string, keyof typeof single | null, string, (() => RatingLoad) | undefined][] =
    [
      ['next card (GET /review)', 'page', `${server.url}/review`, undefined],
      ['no-op page (GET /bench-noop)', 'noopPage', `${server.url}/bench-noop`, undefined],
      [
        'rating, as the learner rates (server action + next card)',
        'action',
        server.url,
        () => ratingRequests(poolOf(server), reviewAction(server.url)),
      ],
      ['no-op server action', 'noopAction', server.url, () => noopAction],
      [
        'rating (POST /api/reviews)',
        null,
        server.url,
        () => ratingRequests(poolOf(server), jsonRoute),
      ],
    ];
  for (const [operation, key, url, makeRatings] of operations) {
    const ratings = makeRatings?.();
    for (const connections of CONNECTIONS) {
      const [r, errors] = await measure(url, connections, ratings);
      rows.push(loadRow(profile, operation, r, errors));
      if (key && connections === 1) single[key] = r.p50;
    }
  }
  return { rows, single };
}

/**
 * `learners` simulated learners, each viewing the next card and rating one every `period` seconds:
 * the page views and the ratings arrive at a steady rate (an open model), measured together.
 */
async function crowd(
  server: AppServer,
  ratings: RatingLoad,
  learners: number,
  period: number,
): Promise<BenchRow> {
  const rate = Math.round(learners / period);
  const refusedBefore = ratings.refused();
  const seconds = Math.max(SECONDS, 10);
  const common = { connections: Math.min(rate, 200), seconds, warmup: WARMUP_SECONDS, rate };
  const [pages, rated] = await Promise.all([
    load({ ...common, url: `${server.url}/review` }),
    load({ ...common, url: server.url, requests: ratings.requests }),
  ]);
  const errors = pages.errors + rated.errors + ratings.refused() - refusedBefore;
  // A request the server never answered within the run is as bad as an error.
  const kept = Math.min(pages.perSecond, rated.perSecond) >= 0.95 * rate;
  const met = kept && errors === 0 && Math.max(pages.p99, rated.p99) < 250;
  return {
    learners,
    'asked /s (pages + ratings)': `${rate} + ${rate}`,
    'served /s': `${pages.perSecond} + ${rated.perSecond}`,
    'p50 ms (page / rating)': `${pages.p50} / ${rated.p50}`,
    'p95 ms (page / rating)': `${pages.p95} / ${rated.p95}`,
    'p99 ms (page / rating)': `${pages.p99} / ${rated.p99}`,
    errors,
    'kept pace, p99 < 250 ms, no errors': met ? 'yes' : 'no',
  };
}

/** Crowds of growing size up to `largest` learners, until one is not served in time. */
export async function measureCrowds(
  server: AppServer,
  largest = 2000,
  period = 8,
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const ratings = ratingRequests(poolOf(server), reviewAction(server.url));
  for (const learners of [250, 500, 1000, largest]) {
    const result = await crowd(server, ratings, learners, period);
    rows.push(result);
    if (result['kept pace, p99 < 250 ms, no errors'] === 'no') break;
  }
  return rows;
}
