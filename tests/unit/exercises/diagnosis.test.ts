// Diagnosis: a wrong answer computed with a usual mistaken formula is recognised and named.
import { describe, expect, it } from 'vitest';
import {
  type Check,
  checkAnswer,
  checkParts,
  type NumericExercise as Exercise,
  generate,
  numericGenerators as generators,
  type Level,
  type MistakeCandidate,
} from '@/lib/exercises';
import { display } from '@/lib/exercises/format';

type Inputs = Record<string, never>;

/** The first seed (of 200) whose exercise satisfies `ok`. */
function find(id: string, level: Level, ok: (ex: Exercise) => boolean = () => true): Exercise {
  for (let seed = 0; seed < 200; seed++) {
    const ex = generate(id, seed, level) as Exercise;
    if (ok(ex)) return ex;
  }
  throw new Error(`no ${id} exercise at level ${level} fits`);
}

/** The check of a mistake's answer: in its own box for a multi-part exercise, else the one answer. */
function checkMistake(ex: Exercise, c: MistakeCandidate): Check {
  const typed = display(c.value, 6);
  return c.part ? checkParts(ex, { [c.part]: typed })[c.part] : checkAnswer(ex, typed);
}

function expectDiagnosis(ex: Exercise, typed: number | number[] | number[][], id: string) {
  const check = checkAnswer(ex, display(typed, 6));
  expect(check.status).toBe('incorrect');
  expect(check.diagnosis).toBe(id);
  expect(check.mistake?.id).toBe(id);
  expect(check.message.en).toContain(check.mistake?.name.en as string);
  expect(check.message.ko).toContain(check.mistake?.name.ko as string);
  expect(check.message.en.startsWith('Incorrect')).toBe(true);
  expect(check.message.ko.startsWith('오답입니다')).toBe(true);
}

describe('every mistake of every generator is recognised on some exercise', () => {
  it.each(generators.map((g) => [g.id]))('%s', (id) => {
    const g = generators.find((x) => x.id === id);
    if (!g) throw new Error(id);
    const seen = new Set<string>();
    for (const level of [1, 2, 3] as Level[]) {
      for (let seed = 0; seed < 150; seed++) {
        const ex = g.generate(seed, level);
        for (const c of g.mistakes(ex)) {
          if (seen.has(c.mistake.id)) continue;
          const check = checkMistake(ex, c);
          if (check.diagnosis === c.mistake.id) seen.add(c.mistake.id);
        }
      }
    }
    expect([...seen].sort()).toEqual(g.catalog.map((m) => m.id).sort());
  });

  it('diagnoses at least one mistake on most exercises of each generator', () => {
    for (const g of generators) {
      for (const level of [1, 2, 3] as Level[]) {
        let hits = 0;
        for (let seed = 0; seed < 40; seed++) {
          const ex = g.generate(seed, level);
          if (g.mistakes(ex).some((c) => checkMistake(ex, c).diagnosis)) hits++;
        }
        expect(hits, `${g.id} level ${level}`).toBeGreaterThanOrEqual(20);
      }
    }
  });
});

describe('mistakes recomputed by hand in the test', () => {
  it('Adam without bias correction', () => {
    const ex = find('adam', 1);
    const { params, grads, hyper } = ex.inputs as {
      params: number[];
      grads: number[][];
      hyper: { lr: number };
    };
    const g = grads[0][0];
    const m = 0.1 * g;
    const v = 0.001 * g * g;
    expectDiagnosis(ex, params[0] - (hyper.lr * m) / (Math.sqrt(v) + 1e-8), 'no-bias-correction');
  });

  it('dropout without the 1/(1 − p) scaling', () => {
    const ex = find('dropout', 1);
    const { x, mask } = ex.inputs as { x: number[]; mask: number[] };
    expectDiagnosis(
      ex,
      x.map((xi, i) => xi * mask[i]),
      'no-scaling',
    );
  });

  it('binary cross-entropy with log base 10 and base 2', () => {
    const ex = find('binary-cross-entropy', 1);
    const { y, p } = ex.inputs as { y: number[]; p: number[] };
    const loss = (log: (v: number) => number) => -(y[0] * log(p[0]) + (1 - y[0]) * log(1 - p[0]));
    expectDiagnosis(ex, loss(Math.log10), 'log10');
    expectDiagnosis(ex, loss(Math.log2), 'log2');
  });

  it('categorical cross-entropy with log base 2', () => {
    const ex = find('categorical-cross-entropy', 1);
    const { classes, P } = ex.inputs as { classes: number[]; P: number[][] };
    expectDiagnosis(ex, -Math.log2(P[0][classes[0]]), 'log2');
  });

  it('MSE as a sum, and with ½', () => {
    const ex = find('mse', 2);
    const { y, yhat } = ex.inputs as { y: number[]; yhat: number[] };
    const sse = y.reduce((acc, t, i) => acc + (t - yhat[i]) ** 2, 0);
    expectDiagnosis(ex, sse, 'sum-not-mean');
    expectDiagnosis(ex, sse / y.length / 2, 'half');
  });

  it('σ(x) given for σ′(x)', () => {
    const ex = find('sigmoid-derivative', 1);
    const x = (ex.inputs as Inputs).x[0] as number;
    expectDiagnosis(ex, 1 / (1 + Math.exp(-x)), 'sigmoid-for-derivative');
  });

  it('ReLU′(0) = 1', () => {
    const ex = find('relu', 2);
    const x = (ex.inputs as { x: number[] }).x;
    expect(x).toContain(0);
    expectDiagnosis(
      ex,
      x.map((v) => (v >= 0 ? 1 : 0)),
      'derivative-at-zero',
    );
  });

  it('batch norm with the unbiased variance', () => {
    const ex = find('batch-norm', 1);
    const x = (ex.inputs as { x: number[][] }).x.map((r) => r[0]);
    const mu = x.reduce((a, b) => a + b, 0) / x.length;
    const s2 = x.reduce((a, b) => a + (b - mu) ** 2, 0) / (x.length - 1);
    expectDiagnosis(ex, (x[0] - mu) / Math.sqrt(s2 + 1e-5), 'unbiased-variance');
  });

  it('momentum with the sign flipped', () => {
    const ex = find('momentum', 1);
    const { params, grads, hyper, state } = ex.inputs as {
      params: number[];
      grads: number[][];
      hyper: { lr: number; momentum: number };
      state: number[];
    };
    const v = hyper.momentum * state[0] + grads[0][0];
    expectDiagnosis(ex, params[0] + hyper.lr * v, 'sign-flipped');
  });

  it('Adagrad without the square root', () => {
    const ex = find('adagrad', 1);
    const { params, grads, hyper, state } = ex.inputs as {
      params: number[];
      grads: number[][];
      hyper: { lr: number };
      state: number[];
    };
    const g = grads[0][0];
    expectDiagnosis(ex, params[0] - (hyper.lr * g) / (state[0] + g * g), 'no-sqrt');
  });

  it('iterations with floor instead of ceil', () => {
    const ex = find('epochs-iterations', 2, (e) => {
      const { samples, batch } = e.inputs as Record<string, number>;
      return samples % batch !== 0;
    });
    const { samples, batch, epochs } = ex.inputs as Record<string, number>;
    const per = Math.floor(samples / batch);
    expectDiagnosis(ex, [per, per * epochs], 'floor');
  });

  it('early stopping off by the patience, and keeping the last weights', () => {
    const ex = find('early-stopping', 2);
    const { losses, patience } = ex.inputs as { losses: number[]; patience: number };
    const [stop, best] = ex.answer.value as number[];
    expect(losses[best - 1]).toBe(Math.min(...losses.slice(0, stop)));
    expect(stop - best).toBe(patience);
    expectDiagnosis(ex, [best, best], 'stop-at-best');
    expectDiagnosis(ex, [stop, stop], 'kept-last-weights');
  });

  it("backprop without the activation's derivative", () => {
    const ex = find('backprop', 1);
    const { x, y, W1, b1, W2, b2 } = ex.inputs as Record<string, number[] & number[][]>;
    const a = W1[0][0] * x[0] + b1[0];
    const h = 1 / (1 + Math.exp(-a));
    const o = W2[0][0] * h + b2[0];
    const deltaO = 2 * (o - y[0]);
    expectDiagnosis(ex, W2[0][0] * deltaO * x[0], 'no-activation-derivative');
  });

  it('a mistake that gives the right number is not held against the learner', () => {
    const ex = find('relu', 1, (e) => ((e.inputs as { x: number[] }).x[0] as number) > 0);
    const x = (ex.inputs as { x: number[] }).x[0];
    expect(checkAnswer(ex, String(Math.abs(x))).status).toBe('correct');
  });

  it('an unrecognised wrong answer is just incorrect', () => {
    const ex = find('sigmoid', 1);
    const check = checkAnswer(ex, '0.123456789');
    expect(check).toMatchObject({
      status: 'incorrect',
      message: { ko: '오답입니다', en: 'Incorrect' },
    });
    expect(check.diagnosis).toBeUndefined();
  });
});
