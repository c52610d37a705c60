// The worked examples of the batch-norm-inference, exploding-gradient, initialization and weight-decay notes agree with the engine.
import { describe, expect, it } from 'vitest';
import { getConcept } from '@/lib/content';
import * as engine from '@/lib/engine';
import { fmt } from '@/lib/exercises/format';

/** Both bodies of a concept, which must each show every number. */
function bodies(slug: string): string[] {
  const c = getConcept(slug);
  if (!c) throw new Error(`no concept ${slug}`);
  return [c.body.ko, c.body.en];
}

function shows(slug: string, numbers: number[]) {
  for (const body of bodies(slug)) {
    for (const x of numbers) expect(body, `${slug}: ${fmt(x)}`).toContain(`${fmt(x)}`);
  }
}

describe('worked numbers of the added notes', () => {
  it('batch norm at inference: one batch [1, 2, 3, 6] from a fresh BatchNorm1d', () => {
    const batch = [[1], [2], [3], [6]];
    const r = engine.batchNormRunningUpdate([0], [1], batch);
    const train = engine.batchNorm(batch, [1], [0]);
    const evalSix = engine.batchNormEval([[6]], [1], [0], r.runningMean, r.runningVar)[0][0];
    shows('batch-normalization-inference', [
      r.batchMean[0],
      r.batchVar[0],
      r.runningMean[0],
      r.runningVar[0],
      train.variance[0],
      train.y[3][0],
      evalSix,
    ]);
    expect(fmt(r.runningMean[0])).toBe('0.3');
  });

  it('exploding gradient: clipping [30, 40] by norm and by value at 5', () => {
    const byNorm = engine.clipGradNorm([30, 40], 5);
    shows('exploding-gradient', [byNorm.norm, ...byNorm.grad, byNorm.scale]);
    expect(byNorm.grad.map((g) => fmt(g))).toEqual(['3', '4']);
    expect(engine.clipGradValue([30, 40], 5)).toEqual([5, 5]);
    for (const body of bodies('exploding-gradient')) expect(body).toContain('$[5, 5]$');
  });

  it('weight initialization: the Xavier bound for 100 → 200 and the He std for 200 inputs', () => {
    shows('weight-initialization', [engine.xavierUniformBound(100, 200), engine.heNormalStd(200)]);
  });

  it('weight decay: one SGD step with and without λ, and with a zero gradient', () => {
    const hyper = { lr: 0.1, weightDecay: 0.01 };
    shows('weight-decay', [
      engine.sgdWeightDecayStep([2], [0.5], hyper)[0],
      engine.sgdStep([2], [0.5], { lr: 0.1 })[0],
      engine.sgdWeightDecayStep([2], [0], hyper)[0],
    ]);
  });
});
