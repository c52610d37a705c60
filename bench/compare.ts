// One revision's exercises against the working tree's, in one process, batch for batch: a change's effect on speed.
//   npm run bench -- compare                      the working tree against HEAD
//   BENCH_BASE=<rev> npm run bench -- compare     against another revision
//   BENCH_GENERATORS=adam,backprop ...            only these generators

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compiled } from './compiled';
import { EXERCISES_SOURCE, type Exercises, exerciseWork } from './exercise-work';
import type { BenchSection } from './types';

/** Exercises per timed batch, and batches per side. */
const BATCH = 1000;
const ROUNDS = 24;

/** `lib/` as it is at `revision`, in a temporary folder (removed by the caller). */
function checkout(revision: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'backprop-compare-'));
  const archive = execFileSync('git', ['archive', revision, 'lib']);
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  return dir;
}

/** CPU microseconds per exercise of one batch of `g`'s exercises from `seed` on. */
function timeBatch(m: Exercises, g: Exercises['numericGenerators'][number], seed: number): number {
  const start = process.cpuUsage();
  let expected = 0;
  for (let i = 0; i < BATCH; i++) if (exerciseWork(m, g, seed + i)) expected++;
  const used = process.cpuUsage(start);
  if (expected !== BATCH) throw new Error(`${g.id}: ${BATCH - expected} exercises misjudged`);
  return (used.user + used.system) / BATCH;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/**
 * Both versions are compiled as the server runs them and loaded side by side, every generator of
 * each is run first (so each is timed after the others, as in `bench/exercises.ts`), and then each
 * generator's batches alternate between them on the same seeds, in turn first. A shared machine's
 * slow spells then fall on both sides alike: with the same code on both sides the median ratio of
 * paired batches reads within ±4%, where a single run's figures move by 10–40%.
 */
export async function run(): Promise<BenchSection> {
  const revision = process.env.BENCH_BASE ?? 'HEAD';
  const dir = checkout(revision);
  try {
    const base = await compiled<Exercises>('compare-base', EXERCISES_SOURCE, dir);
    const current = await compiled<Exercises>('compare-current', EXERCISES_SOURCE);
    for (const m of [base, current]) {
      for (const g of m.numericGenerators) for (let s = 0; s < 1500; s++) exerciseWork(m, g, s);
    }
    const wanted = process.env.BENCH_GENERATORS?.split(',');
    const rows = current.numericGenerators
      .filter((g) => !wanted || wanted.includes(g.id))
      .map((g) => {
        const before = base.numericGenerators.find((b) => b.id === g.id);
        if (!before)
          return { generator: g.id, [revision]: '–', 'working tree': '–', change: 'new' };
        const then: number[] = [];
        const now: number[] = [];
        // One paired batch untimed first: the first generator compared after the warm-up of all
        // of them read +48% in one run and -39% in the next without it.
        timeBatch(base, before, ROUNDS * BATCH);
        timeBatch(current, g, ROUNDS * BATCH);
        for (let round = 0; round < ROUNDS; round++) {
          const seed = round * BATCH;
          if (round % 2 === 0) {
            then.push(timeBatch(base, before, seed));
            now.push(timeBatch(current, g, seed));
          } else {
            now.push(timeBatch(current, g, seed));
            then.push(timeBatch(base, before, seed));
          }
        }
        const ratio = median(now.map((t, i) => t / then[i]));
        return {
          generator: g.id,
          [`${revision} (µs)`]: Number(median(then).toPrecision(3)),
          'working tree (µs)': Number(median(now).toPrecision(3)),
          change: `${ratio >= 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(1)}%`,
        };
      });
    return {
      title: `Exercises, the working tree against ${revision}: CPU time per exercise (median of ${ROUNDS} paired batches of ${BATCH}) and the median paired change`,
      rows,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
