// Loaded into the app server by `npm run bench -- tail` (NODE_OPTIONS=--require): records every
// garbage collection's kind and pause and the event loop's longest delay in each second, and writes
// them to $BENCH_GC_DIR/gc-<pid>.json every second, so the benchmark can set them beside slow responses.
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
        at: performance.timeOrigin + entry.startTime,
        kind: kinds[entry.detail?.kind] ?? 'other',
        ms: entry.duration,
      });
  }).observe({ entryTypes: ['gc'] });
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  /** The event loop's longest delay in each second, by the second's end (ms since the epoch). */
  const delays = [];
  const file = path.join(dir, `gc-${process.pid}.json`);
  setInterval(() => {
    delays.push({ at: Date.now(), max: loop.max / 1e6 });
    loop.reset();
    writeFileSync(file, JSON.stringify({ pid: process.pid, pauses, delays }));
  }, 1000).unref();
}
