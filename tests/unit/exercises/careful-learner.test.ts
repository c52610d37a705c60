// A careful learner who follows the worked solution and rounds every step is marked correct.
import { describe, expect, it } from 'vitest';
import {
  checkAnswer,
  type DiagnosingGenerator,
  type NumericExercise as Exercise,
  numericGenerators as generators,
  type Level,
} from '@/lib/exercises';
import { display, tex } from '@/lib/exercises/format';
import { flatten, identity, mapValue, rounding, roundSig } from '@/lib/exercises/tolerance';

const SEEDS = 1000;
const LEVELS: Level[] = [1, 2, 3];
/** At least 99.9% of such learners are accepted, per generator, level and precision. */
const MAX_REJECTED = SEEDS / 1000;

/** The learner's typed answer: each step rounded to `sig` figures, the result too. */
function carefulAnswer(g: DiagnosingGenerator, ex: Exercise, sig: number): string {
  const value = g.learnerAnswer(ex, rounding(sig));
  // Counts are whole numbers, written in full.
  if (ex.tolerance.rtol === 0) return display(value, 12);
  return display(
    mapValue(value, (x) => roundSig(x, sig)),
    sig,
  );
}

const rejections: Record<string, string> = {};

describe.each(generators.map((g) => [g.id, g] as const))('%s', (_id, g) => {
  it.each(LEVELS)('level %i: rounding each step to 4, 5 or 6 figures is accepted', (level) => {
    const rates: string[] = [];
    for (const sig of [4, 5, 6]) {
      const rejected: number[] = [];
      for (let seed = 0; seed < SEEDS; seed++) {
        const ex = g.generate(seed, level);
        if (checkAnswer(ex, carefulAnswer(g, ex, sig)).status !== 'correct') rejected.push(seed);
      }
      rates.push(`${sig} s.f. ${((100 * rejected.length) / SEEDS).toFixed(1)}%`);
      expect(
        rejected.length,
        `${sig} s.f., rejected seeds ${rejected.slice(0, 10)}`,
      ).toBeLessThanOrEqual(MAX_REJECTED);
    }
    rejections[`${g.id} level ${level}`] = rates.join(', ');
  });

  it.each(LEVELS)(
    'level %i: the path reproduces the answer and notes only values the solution shows',
    (level) => {
      for (let seed = 0; seed < 40; seed++) {
        const ex = g.generate(seed, level);
        const noted: number[] = [];
        const exact = g.learnerAnswer(ex, (v) => {
          noted.push(...flatten(v));
          return identity(v);
        });
        const got = flatten(exact);
        flatten(ex.answer.value).forEach((e, i) => {
          expect(Math.abs(got[i] - e), `seed ${seed}`).toBeLessThanOrEqual(
            Math.max(ex.tolerance.atols?.[i] ?? ex.tolerance.atol, 1e-9 * Math.abs(e)),
          );
        });
        const shown = ex.solution.map((s) => `${s.tex} ${s.explain.en}`).join(' ');
        for (const x of noted) {
          if (x === 0) continue;
          const forms = [4, 5, 6].map((sig) => tex(Math.abs(x), sig));
          expect(
            forms.some((f) => shown.includes(f)),
            `seed ${seed}: ${x} is not in the worked solution`,
          ).toBe(true);
        }
      }
    },
  );
});

describe('the rejection rate of careful learners', () => {
  it('is reported per generator and level', () => {
    console.log(
      Object.entries(rejections)
        .map(([k, v]) => `${k.padEnd(36)} ${v}`)
        .join('\n'),
    );
    expect(Object.keys(rejections).length).toBe(generators.length * LEVELS.length);
  });
});
