// The band widened for rounded steps still tells the usual mistakes from the right answer.
import { describe, expect, it } from 'vitest';
import {
  type AnswerValue,
  checkAnswer,
  numericGenerators as generators,
  type Level,
} from '@/lib/exercises';
import { display } from '@/lib/exercises/format';
import { flatten } from '@/lib/exercises/tolerance';

const SEEDS = 300;

/** The band before it was derived from the steps: 1e-3 of each value plus 1e-4 of the largest. */
function withinResultBand(actual: AnswerValue, expected: AnswerValue): boolean {
  const e = flatten(expected);
  const a = flatten(actual);
  const scale = Math.max(...e.map(Math.abs));
  return (
    a.length === e.length &&
    e.every((x, i) => Math.abs(a[i] - x) <= 1e-3 * Math.abs(x) + Math.max(1e-4 * scale, 1e-9))
  );
}

describe.each(generators.map((g) => [g.id, g] as const))('%s', (_id, g) => {
  it.each([1, 2, 3] as Level[])(
    'level %i: a mistake lands inside the band only where it already lay within 1e-3 of the answer, in at most 1% of seeds',
    (level) => {
      const hidden: string[] = [];
      let diagnosed = 0;
      for (let seed = 0; seed < SEEDS; seed++) {
        const ex = g.generate(seed, level);
        for (const { mistake, value } of g.mistakes(ex)) {
          const check = checkAnswer(ex, display(value, 8));
          if (check.status === 'correct' && !withinResultBand(value, ex.answer.value)) {
            hidden.push(`seed ${seed} ${mistake.id}`);
          }
          if (check.diagnosis) diagnosed++;
        }
      }
      expect(hidden.length, hidden.slice(0, 5).join('; ')).toBeLessThanOrEqual(SEEDS / 100);
      if (g.catalog.length > 0 && level === 3) expect(diagnosed).toBeGreaterThan(0);
    },
  );
});
