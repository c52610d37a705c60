// The grading band computed in one pass equals the band of one nudged run per noted value.
import { describe, expect, it } from 'vitest';
import { type Level, numericGenerators } from '@/lib/exercises';
import { fairTolerance } from '@/lib/exercises/tolerance';

const SEEDS = 150;
/** Generators whose answers are counts or epochs: checked exactly, with no band to compare. */
const WHOLE_NUMBERS = new Set(['parameter-count', 'early-stopping', 'epochs-iterations']);

describe.each(numericGenerators.map((g) => [g.id, g] as const))('%s', (id, g) => {
  it.each([1, 2, 3] as Level[])(
    'level %i: every value of the band equals the band of one run per nudge',
    (level) => {
      let compared = 0;
      for (let seed = 0; seed < SEEDS; seed++) {
        const ex = g.generate(seed, level);
        if (WHOLE_NUMBERS.has(id)) {
          // Whole numbers are exact: no band.
          expect(ex.tolerance, `seed ${seed}`).toEqual({ rtol: 0, atol: 0 });
          continue;
        }
        // One run per noted value, each with that value nudged (the reference the one pass replaces).
        const slow = fairTolerance((note) => g.learnerAnswer(ex, note));
        const fast = ex.tolerance.atols ?? [];
        expect(fast.length, `seed ${seed}`).toBe(slow.atols?.length);
        slow.atols?.forEach((s, i) => {
          expect(Math.abs(fast[i] - s), `seed ${seed}, value ${i}`).toBeLessThanOrEqual(1e-9 * s);
          compared++;
        });
      }
      // Every seed of a generator with a band compared at least one value.
      if (!WHOLE_NUMBERS.has(id)) expect(compared).toBeGreaterThanOrEqual(SEEDS);
    },
  );
});
