// The bookkeeping of a training run: mini-batch iterations per epoch, and where early stopping ends it.

import { checkNumber, checkVector, fail, nonNegative } from './validate';

function checkPositiveInteger(fn: string, name: string, n: unknown): number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
    fail(fn, `${name} must be a positive integer, got ${typeof n === 'number' ? n : typeof n}`);
  }
  return n;
}

/**
 * Iterations (mini-batch updates) per epoch and over a run,
 * $\text{per epoch} = \lceil N / B \rceil$ (the last, smaller batch counts, as PyTorch's
 * `drop_last=False`; with `dropLast` it is $\lfloor N / B \rfloor$), $\text{total} = E \cdot \text{per epoch}$.
 * @example trainingIterations(1000, 64, 10).perEpoch // => 16
 * @example trainingIterations(1000, 64, 10).total // => 160
 */
export function trainingIterations(
  samples: number,
  batchSize: number,
  epochs: number,
  dropLast = false,
): { perEpoch: number; total: number } {
  const fn = 'trainingIterations';
  checkPositiveInteger(fn, 'samples', samples);
  checkPositiveInteger(fn, 'batchSize', batchSize);
  checkPositiveInteger(fn, 'epochs', epochs);
  const perEpoch = dropLast ? Math.floor(samples / batchSize) : Math.ceil(samples / batchSize);
  return { perEpoch, total: perEpoch * epochs };
}

/**
 * Early stopping as Keras and PyTorch Lightning do it (epochs counted from 1): epoch $t$ improves
 * when $L_t < L_\text{best} - \delta$; training stops after `patience` epochs in a row without
 * improvement, and the best epoch's weights are restored. `counters[t-1]` is the number of epochs
 * without improvement after epoch $t$. Returns null when the curve never triggers a stop.
 * @example earlyStopping([0.9, 0.7, 0.72, 0.75], 2)?.stop // => 4
 * @example earlyStopping([0.9, 0.7, 0.72, 0.75], 2)?.best // => 2
 * @example earlyStopping([0.9, 0.7, 0.72, 0.75], 2)?.counters // => [0, 0, 1, 2]
 */
export function earlyStopping(
  losses: number[],
  patience: number,
  minDelta = 0,
): { stop: number; best: number; counters: number[] } | null {
  const fn = 'earlyStopping';
  checkVector(fn, 'losses', losses);
  checkPositiveInteger(fn, 'patience', patience);
  checkNumber(fn, 'minDelta', minDelta, nonNegative);
  let bestLoss = Number.POSITIVE_INFINITY;
  let best = 0;
  let wait = 0;
  const counters: number[] = [];
  for (let i = 0; i < losses.length; i++) {
    if (losses[i] < bestLoss - minDelta) {
      bestLoss = losses[i];
      best = i + 1;
      wait = 0;
    } else {
      wait += 1;
    }
    counters.push(wait);
    if (wait >= patience) return { stop: i + 1, best, counters };
  }
  return null;
}
