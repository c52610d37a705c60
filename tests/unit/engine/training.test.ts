// Iterations per epoch and early stopping: the rules, their edges, and bad input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { earlyStopping, trainingIterations } from '@/lib/engine';

describe('trainingIterations', () => {
  it('counts the last, smaller batch unless it is dropped', () => {
    expect(trainingIterations(1000, 64, 10)).toEqual({ perEpoch: 16, total: 160 });
    expect(trainingIterations(1000, 64, 10, true)).toEqual({ perEpoch: 15, total: 150 });
    expect(trainingIterations(1024, 64, 1)).toEqual({ perEpoch: 16, total: 16 });
  });

  it('covers every sample once per epoch with the fewest batches', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 4096 }),
        fc.integer({ min: 1, max: 500 }),
        (n, b, e) => {
          const { perEpoch, total } = trainingIterations(n, b, e);
          expect(perEpoch * b).toBeGreaterThanOrEqual(n);
          expect((perEpoch - 1) * b).toBeLessThan(n);
          expect(total).toBe(perEpoch * e);
        },
      ),
    );
  });

  it('refuses counts that are not positive integers', () => {
    expect(() => trainingIterations(0, 64, 1)).toThrow(
      'trainingIterations: samples must be a positive integer, got 0',
    );
    expect(() => trainingIterations(100, 2.5, 1)).toThrow(/batchSize must be a positive integer/);
    expect(() => trainingIterations(100, 10, -1)).toThrow(/epochs must be a positive integer/);
  });
});

describe('earlyStopping', () => {
  it('stops after `patience` epochs without a new best and keeps the best epoch', () => {
    expect(earlyStopping([1.0, 0.8, 0.85, 0.79, 0.8, 0.81, 0.82], 3)).toEqual({
      stop: 7,
      best: 4,
      counters: [0, 0, 1, 0, 1, 2, 3],
    });
  });

  it('counts an improvement smaller than minDelta as none', () => {
    expect(earlyStopping([1.0, 0.995, 0.99], 2, 0.01)).toMatchObject({ stop: 3, best: 1 });
    expect(earlyStopping([1.0, 0.995, 0.99], 2, 0)).toBeNull();
  });

  it('returns null for a curve that keeps improving', () => {
    expect(earlyStopping([3, 2, 1, 0.5], 1)).toBeNull();
  });

  it('refuses bad curves and settings', () => {
    expect(() => earlyStopping([], 2)).toThrow('earlyStopping: losses is empty');
    expect(() => earlyStopping([1, Number.NaN], 2)).toThrow(/losses\[1\] must be a finite number/);
    expect(() => earlyStopping([1, 2], 0)).toThrow(/patience must be a positive integer/);
    expect(() => earlyStopping([1, 2], 1, -0.1)).toThrow(/minDelta must be/);
  });
});
