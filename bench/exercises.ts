// Exercises generated and checked per second, per generator (levels 1–3 in turn), right and wrong answers, with tinybench.

import { pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';
import { compiled } from './compiled';
import { EXERCISES_SOURCE, type Exercises, exerciseWork } from './exercise-work';
import type { BenchSection } from './types';

/** Exercises per timed sample: one generate-and-check is too short for the timer alone. */
const BATCH = 30;
const TARGET = 50_000;

/** Every verdict is counted here so no work can be optimized away, and all must be as expected. */
let asExpected = 0;
let total = 0;

/**
 * Generates and checks a batch of exercises per sample for about 400 ms per generator, on
 * `lib/exercises` compiled as the server runs it.
 */
export async function run(): Promise<BenchSection> {
  const m = await compiled<Exercises>('exercises', EXERCISES_SOURCE);
  // A second and a half of warm-up: the optimizing compiler is still at work on the larger generators
  // well after tinybench's default quarter second, and a server answers from its warmed-up code.
  const bench = new Bench({ time: 400, warmup: true, warmupTime: 1500 });
  for (const g of m.numericGenerators) {
    let seed = 0;
    bench.add(g.id, () => {
      for (let i = 0; i < BATCH; i++) {
        total++;
        if (exerciseWork(m, g, seed++)) asExpected++;
      }
    });
  }
  await bench.run();
  const rows = bench.tasks.map((task) => {
    const result = task.result;
    if (result.state === 'errored')
      throw new Error(`bench ${task.name} failed`, { cause: result.error });
    if (result.state !== 'completed') throw new Error(`bench ${task.name} ended ${result.state}`);
    const perSecond = result.throughput.mean * BATCH;
    // The fastest sample: what one core does when nothing else runs (the machine is often shared).
    const bestPerSecond = (BATCH * 1000) / result.latency.min;
    return {
      generator: task.name,
      'generated+checked right and wrong/s': Math.round(perSecond),
      'best sample/s': Math.round(bestPerSecond),
      'mean (µs)': Number(((result.latency.mean * 1000) / BATCH).toPrecision(3)),
      '±%': Number(result.latency.rme.toFixed(2)),
      [`≥ ${TARGET / 1000}k/s (mean, best)`]: [perSecond, bestPerSecond]
        .map((x) => (x >= TARGET ? 'yes' : 'no'))
        .join(', '),
    };
  });
  if (asExpected !== total) {
    throw new Error(`${total - asExpected} exercises misjudged their displayed or a wrong answer`);
  }
  return {
    title:
      'Exercises: generate, check the displayed answer and diagnose a wrong one (lib/exercises, compiled as the server runs it)',
    rows,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run().then((section) => {
    console.log(section.title);
    console.table(section.rows);
  });
}
