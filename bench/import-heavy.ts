// Times an export and an import of a whole profile through the app's own code, with peak memory:
//   npx tsx bench/import-heavy.ts export <source.db> <file.json>   (a profile made by `npm run seed:heavy`)
//   npx tsx bench/import-heavy.ts import <file.json> <target.db>   (an empty database; run in its own process)
// The import reads the file as the route reads a request body, then runs the route's use case.
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';

/** Peak resident memory so far: the largest `process.memoryUsage().rss` sampled, and the kernel's. */
function memoryWatch() {
  let peak = process.memoryUsage().rss;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  const timer = setInterval(sample, 50);
  return {
    sample,
    report() {
      sample();
      clearInterval(timer);
      const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;
      return { sampledPeakRss: mib(peak), maxRss: mib(process.resourceUsage().maxRSS * 1024) };
    },
  };
}

function migrate(file: string) {
  const result = spawnSync('node', ['scripts/migrate.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: `file:${file}` },
  });
  if (result.status !== 0) process.exit(1);
}

async function exportTo(source: string, target: string) {
  process.env.DATABASE_URL = `file:${source}`;
  const { currentLearner } = await import('../lib/study/learner');
  const { exportProgress } = await import('../lib/db/transfer-export');
  const memory = memoryWatch();
  const started = performance.now();
  const now = new Date();
  const { db, learner } = await currentLearner(now);
  const text = JSON.stringify(await exportProgress(db, learner, now));
  memory.sample();
  const out = createWriteStream(target);
  out.end(text);
  await finished(out);
  console.log({
    step: 'export',
    seconds: ((performance.now() - started) / 1000).toFixed(1),
    bytes: statSync(target).size,
    ...memory.report(),
  });
}

async function importFrom(source: string, target: string) {
  migrate(target);
  process.env.DATABASE_URL = `file:${target}`;
  const { MAX_IMPORT_BYTES, readJsonBody } = await import('../lib/study/http');
  const { submitImport } = await import('../lib/study/transfer');
  const memory = memoryWatch();
  const started = performance.now();
  const request = new Request('http://127.0.0.1:3000/api/import', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
    body: Readable.toWeb(createReadStream(source)) as ReadableStream<Uint8Array>,
    duplex: 'half',
  } as RequestInit);
  const body = await readJsonBody(request, MAX_IMPORT_BYTES);
  const read = performance.now();
  memory.sample();
  if (!body.ok) throw new Error(JSON.stringify(body));
  const outcome = await submitImport(body.data);
  const done = performance.now();
  const { message: _message, ...counts } = outcome as typeof outcome & { message?: unknown };
  console.log({
    step: 'import',
    outcome: counts,
    readSeconds: ((read - started) / 1000).toFixed(1),
    importSeconds: ((done - read) / 1000).toFixed(1),
    ...memory.report(),
  });
}

const [step, from, to] = process.argv.slice(2);
if (step === 'export' && from && to) await exportTo(from, to);
else if (step === 'import' && from && to) await importFrom(from, to);
else {
  console.error(
    'usage: tsx bench/import-heavy.ts export <source.db> <file.json> | import <file.json> <target.db>',
  );
  process.exit(1);
}
