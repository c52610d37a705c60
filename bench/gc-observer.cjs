// Loaded into the app server by `npm run bench -- tail` (NODE_OPTIONS=--require): records every
// garbage collection's kind and pause and the event loop's delay, and writes them to
// $BENCH_GC_DIR/gc-<pid>.json every second, so the benchmark can set pauses beside slow responses.
const { PerformanceObserver, constants, monitorEventLoopDelay } = require('node:perf_hooks');
const { writeFileSync } = require('node:fs');
const path = require('node:path');

const dir = process.env.BENCH_GC_DIR;
if (dir) {
  const kinds = {
    [constants.NODE_PERFORMANCE_GC_MINOR]: 'scavenge',
    [constants.NODE_PERFORMANCE_GC_MAJOR]: 'mark-compact',
    [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
    [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
  };
  const pauses = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      pauses.push({
        at: entry.startTime,
        kind: kinds[entry.detail?.kind] ?? 'other',
        ms: entry.duration,
      });
  }).observe({ entryTypes: ['gc'] });
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const file = path.join(dir, `gc-${process.pid}.json`);
  setInterval(() => {
    const delay = {
      max: loop.max / 1e6,
      p99: loop.percentile(99) / 1e6,
      p50: loop.percentile(50) / 1e6,
    };
    writeFileSync(file, JSON.stringify({ pid: process.pid, pauses, delay }));
  }, 1000).unref();
}
