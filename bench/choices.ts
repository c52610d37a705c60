// Choice exercises: one generate (engine run and SVG figure included) plus a right and a wrong check, per generator.

import { pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';
import { type ChoiceGenerator, checkAnswer, choiceGenerators, type Level } from '../lib/exercises';
import type { BenchSection } from './types';

/** Target: generating and checking one choice exercise, figure included, costs under 5 ms. */
const TARGET_MS = 5;

let asExpected = 0;
let total = 0;

/** One exercise generated (figure included) and checked with the right and with a wrong pick. */
function generateAndCheck(g: ChoiceGenerator, seed: number): void {
  const level = ((seed % 3) + 1) as Level;
  const ex = g.generate(seed, level);
  const right = checkAnswer(ex, ex.answer.display);
  const other = ex.choices.find((c) => c.id !== ex.answer.value[0])?.id ?? '';
  const wrong = checkAnswer(ex, ex.items ? ex.answer.value.slice().reverse().join(',') : other);
  total++;
  if (right.status === 'correct' && wrong.status === 'incorrect') asExpected++;
}

export async function run(): Promise<BenchSection> {
  const bench = new Bench({ time: 1000, warmup: true });
  for (const g of choiceGenerators) {
    let seed = 0;
    bench.add(g.id, () => generateAndCheck(g, seed++));
  }
  await bench.run();
  // Wall-clock latency depends on what else the machine runs; CPU time per call much less so.
  const cpu = new Map<string, number>();
  for (const g of choiceGenerators) {
    const n = 90;
    const before = process.cpuUsage();
    for (let seed = 0; seed < n; seed++) generateAndCheck(g, seed);
    const used = process.cpuUsage(before);
    cpu.set(g.id, (used.user + used.system) / 1000 / n);
  }
  const rows = bench.tasks.map((task) => {
    const result = task.result;
    if (result.state === 'errored')
      throw new Error(`bench ${task.name} failed`, { cause: result.error });
    if (result.state !== 'completed') throw new Error(`bench ${task.name} ended ${result.state}`);
    const mean = result.latency.mean;
    return {
      generator: task.name,
      'mean (ms)': Number(mean.toPrecision(3)),
      'p99 (ms)': Number((result.latency.p99 ?? Number.NaN).toPrecision(3)),
      '±%': Number(result.latency.rme.toFixed(2)),
      'CPU (ms)': Number((cpu.get(task.name) ?? Number.NaN).toPrecision(3)),
      [`< ${TARGET_MS} ms`]: mean < TARGET_MS ? 'yes' : 'no',
    };
  });
  if (asExpected !== total) throw new Error(`${total - asExpected} choice exercises misjudged`);
  return {
    title:
      'Choice exercises: generate (engine run + SVG figure), check the right and a wrong pick (lib/exercises)',
    rows,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run().then((section) => {
    console.log(section.title);
    console.table(section.rows);
  });
}
