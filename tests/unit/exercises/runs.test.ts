// Quantities over every run of the band: a short quantity reads as its exact run past its end.
import { describe, expect, it } from 'vitest';
import {
  add,
  affine,
  div,
  given,
  mean,
  mul,
  outer,
  quantities,
  type R,
  reusingRuns,
  runsOf,
  sub,
  sum,
  transposeTimes,
} from '@/lib/exercises/runs';
import { halfUnit, runsTolerance } from '@/lib/exercises/tolerance';

describe('arithmetic over runs', () => {
  it('pairs runs, and past the end of the shorter quantity uses its run 0', () => {
    expect(add([1, 2, 3], [10])).toEqual([11, 12, 13]);
    expect(sub([1], [10, 20])).toEqual([-9, -19]);
    expect(mul([2, 3], [5, 7, 11])).toEqual([10, 21, 22]);
    expect(div([8, 6], [2])).toEqual([4, 3]);
    expect(add(given(1), given(2))).toEqual([3]);
  });

  it('sums onto 0 and averages run by run', () => {
    expect(sum([])).toEqual([0]);
    expect(sum([[1, 2], [10], [100, 200, 300]])).toEqual([111, 212, 311]);
    expect(mean([[1, 3], [3]])).toEqual([2, 3]);
  });

  it('multiplies by given matrices as W v + b, Wᵀ v and u vᵀ', () => {
    const v = [[1, 2], [3]];
    expect(
      affine(
        [
          [1, 10],
          [2, 0],
        ],
        v,
        [5, 6],
      ),
    ).toEqual([
      [36, 37],
      [8, 10],
    ]);
    expect(
      transposeTimes(
        [
          [1, 10],
          [2, 0],
        ],
        v,
      ),
    ).toEqual([
      [7, 8],
      [10, 20],
    ]);
    expect(outer([[2], [1, 4]], [[3, 5]])).toEqual([[[6, 10]], [[3, 20]]]);
  });

  it('lists the quantities of a value in reading order', () => {
    const m = [
      [[1], [2]],
      [[3], [4, 5]],
    ];
    expect(quantities(m)).toEqual([[1], [2], [3], [4, 5]]);
    expect(quantities([[1], [2]])).toEqual([[1], [2]]);
    expect(quantities([7, 8])).toEqual([[7, 8]]);
  });
});

describe('arrays reused while a band is computed', () => {
  /** A path over quantities whose band depends on every number it notes. */
  const path = (a: number, b: number) => (note: <T extends R | R[]>(v: T) => T) => {
    const x = note(given(a));
    const y = note(mul(x, given(b)));
    return [note(add(x, y)), sub(y, x)];
  };

  it('gives each band the same as when it is computed first, whatever came before', () => {
    const alone = runsTolerance(path(0.3712, -1.25));
    runsTolerance(path(12.5, 0.0071), path(-3.3, 2));
    expect(runsTolerance(path(0.3712, -1.25))).toEqual(alone);
  });

  it('reuses arrays only inside reusingRuns, and a call inside another keeps the outer ones', () => {
    expect(runsOf(3)).not.toBe(runsOf(3));
    const [first, second] = reusingRuns(() => {
      const outer = runsOf(3);
      outer.fill(7);
      reusingRuns(() => runsOf(3).fill(1));
      return [outer, runsOf(3)];
    });
    expect(first).toEqual([7, 7, 7]);
    expect(second).not.toBe(first);
    // The next call starts again from the first kept array.
    expect(reusingRuns(() => runsOf(3))).toBe(first);
  });
});

describe('halfUnit', () => {
  it('is half a unit in the 4th significant figure', () => {
    expect(halfUnit(1234)).toBe(0.5);
    expect(halfUnit(-9999)).toBe(0.5);
    expect(halfUnit(0.8808)).toBeCloseTo(5e-5, 18);
    expect(halfUnit(-0.001)).toBeCloseTo(5e-7, 20);
    expect(halfUnit(1.7976931348623157e308)).toBeCloseTo(5e304, -290);
  });

  it('of another number of figures when asked', () => {
    expect(halfUnit(1234, 6)).toBeCloseTo(0.005, 15);
    expect(halfUnit(0.5, 2)).toBeCloseTo(0.005, 15);
  });

  it('is 0 where there is nothing to nudge', () => {
    expect(halfUnit(0)).toBe(0);
    expect(halfUnit(Number.POSITIVE_INFINITY)).toBe(0);
    expect(halfUnit(Number.NaN)).toBe(0);
    // The smallest double's half unit underflows to 0.
    expect(halfUnit(5e-324)).toBe(0);
  });
});
