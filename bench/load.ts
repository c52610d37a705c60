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
  /** Seconds of the same load before the measured run, so the first measured second is warm. */
  warmup?: number;
  /** Requests per second over all connections (an open model); as fast as possible when absent. */
  rate?: number;
}

function run(options: LoadOptions, seconds: number, latencies?: number[]) {
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
    if (latencies)
      instance.on('response', (_client, _status, _bytes, responseTime) => {
        latencies.push(responseTime);
      });
  });
}

/** Warms up, then runs autocannon for `seconds` and summarises every response's latency in milliseconds. */
export async function load(options: LoadOptions): Promise<LoadResult> {
  if (options.warmup) await run(options, options.warmup);
  const latencies: number[] = [];
  const result = await run(options, options.seconds, latencies);
  latencies.sort((a, b) => a - b);
  return {
    connections: options.connections,
    requests: result.requests.total,
    perSecond: Math.round(result.requests.total / options.seconds),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    errors: result.errors + result.timeouts + result.non2xx,
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
