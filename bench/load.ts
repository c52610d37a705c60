// HTTP load with autocannon: latency percentiles (p50/p95/p99, from every response) and throughput.
import autocannon from 'autocannon';
import type { BenchRow } from './types';

export interface LoadResult {
  connections: number;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

/** Seconds each load row warms up on its connections before it measures (BENCH_WARMUP_SECONDS). */
export const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  requests?: autocannon.Request[];
  /** Seconds of the same load on the same connections before the measured seconds, so the first measured second is warm. */
  warmup?: number;
  /** Requests per second over all connections (an open model); as fast as possible when absent. */
  rate?: number;
}

/** One autocannon run of `seconds`; `onResponse` sees each answer's status and latency in ms. */
function run(
  options: LoadOptions,
  seconds: number,
  onResponse: (status: number, latency: number) => void,
) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: seconds,
        requests: options.requests,
        overallRate: options.rate,
        timeout: 30,
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, status, _bytes, responseTime) =>
      onResponse(status, responseTime),
    );
  });
}

/**
 * Runs autocannon for the warm-up and then `seconds` on the same connections, and summarises the
 * requests sent after the warm-up (latency in milliseconds). The clients' connections open during
 * the warm-up, as a browser's stay open between pages: a busy Node server accepts one new
 * connection per turn of its event loop (libuv's single accept), so the first requests of the last
 * connections it lets in wait seconds, and they would time that admission, not the answers.
 * Errors count the whole run, warm-up included.
 */
export async function load(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let failed = 0;
  const warmup = options.warmup ?? 0;
  const started = performance.now();
  const result = await run(options, warmup + options.seconds, (status, latency) => {
    if (status >= 300) failed++;
    // Requests sent during the warm-up belong to it, even when their answer comes later.
    if (performance.now() - latency - started >= warmup * 1000) latencies.push(latency);
  });
  latencies.sort((a, b) => a - b);
  return {
    connections: options.connections,
    requests: latencies.length,
    perSecond: Math.round(latencies.length / options.seconds),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    errors: result.errors + result.timeouts + failed,
  };
}

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** One row of a load table; `errors` replaces the HTTP errors when the caller counts more (refusals). */
export const loadRow = (
  profile: string,
  operation: string,
  r: LoadResult,
  errors = r.errors,
): BenchRow => ({
  profile,
  operation,
  connections: r.connections,
  'req/s': r.perSecond,
  'p50 ms': r.p50,
  'p95 ms': r.p95,
  'p99 ms': r.p99,
  'p99 / p50': round(r.p99 / r.p50, 1),
  errors,
});
