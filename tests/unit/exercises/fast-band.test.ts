// The grading band computed in one pass equals the band of one nudged run per noted value.
import { describe, expect, it } from 'vitest';
import { type Level, numericGenerators } from '@/lib/exercises';
import { fairTolerance } from '@/lib/exercises/tolerance';

const SEEDS = 150;

describe.each(numericGenerators.map((g) => [g.id, g] as const))('%s', (_id, g) => {
  it.each([1, 2, 3] as Level[])(
    'level %i: every value of the band equals the band of one run per nudge',
    (level) => {
      for (let seed = 0; seed < SEEDS; seed++) {
        const ex = g.generate(seed, level);
        if (ex.tolerance.rtol === 0) continue; // whole numbers are exact: no band
        // One run per noted value, each with that value nudged (the reference the one pass replaces).
        const slow = fairTolerance((note) => g.learnerAnswer(ex, note));
        const fast = ex.tolerance.atols ?? [];
        expect(fast.length, `seed ${seed}`).toBe(slow.atols?.length);
        slow.atols?.forEach((s, i) => {
          expect(Math.abs(fast[i] - s), `seed ${seed}, value ${i}`).toBeLessThanOrEqual(1e-9 * s);
        });
      }
    },
  );
});
