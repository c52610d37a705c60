// batch-norm-inference, loss-gradient and parameter-count: answers and named mistakes worked by hand from the definitions.
import { describe, expect, it } from 'vitest';
import { loadConcepts } from '@/lib/content';
import { checkAnswer, type Exercise, generate, type Level } from '@/lib/exercises';
import { display } from '@/lib/exercises/format';
import { resolveItem, studyItems } from '@/lib/srs/catalog';

function find(id: string, level: Level, ok: (ex: Exercise) => boolean = () => true): Exercise {
  for (let seed = 0; seed < 200; seed++) {
    const ex = generate(id, seed, level);
    if (ok(ex)) return ex;
  }
  throw new Error(`no ${id} exercise at level ${level} fits`);
}

function typed(ex: Exercise, value: number | number[]) {
  return checkAnswer(ex, display(value, 6));
}

const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;

describe('batch-norm-inference', () => {
  it('level 2: normalises with the running statistics, not the batch', () => {
    const ex = find('batch-norm-inference', 2);
    const { x, mean: m, variance: v, gamma, beta } = ex.inputs as Record<string, never>;
    const y = (x as number[]).map((xi) => (gamma * (xi - m)) / Math.sqrt(v + 1e-5) + beta);
    expect(typed(ex, y).status).toBe('correct');
    const mu = mean(x);
    const s2 = mean((x as number[]).map((xi) => (xi - mu) ** 2));
    const train = (x as number[]).map((xi) => (gamma * (xi - mu)) / Math.sqrt(s2 + 1e-5) + beta);
    expect(typed(ex, train).diagnosis).toBe('batch-statistics');
  });

  it("level 3: PyTorch's update, 0.9 of the old value and 0.1 of the batch, unbiased variance", () => {
    const ex = find('batch-norm-inference', 3);
    const {
      x,
      mean: m,
      variance: v,
    } = ex.inputs as { x: number[]; mean: number; variance: number };
    const mu = mean(x);
    const ss = x.reduce((a, xi) => a + (xi - mu) ** 2, 0);
    expect(typed(ex, [0.9 * m + 0.1 * mu, 0.9 * v + (0.1 * ss) / (x.length - 1)]).status).toBe(
      'correct',
    );
    expect(typed(ex, [0.9 * m + 0.1 * mu, 0.9 * v + (0.1 * ss) / x.length]).diagnosis).toBe(
      'biased-variance',
    );
    expect(typed(ex, [0.1 * m + 0.9 * mu, 0.1 * v + (0.9 * ss) / (x.length - 1)]).diagnosis).toBe(
      'momentum-swapped',
    );
    expect(ex.prompt.en).toContain('`momentum` $= 0.1$');
  });
});

describe('loss-gradient', () => {
  it('level 1, MSE: 2(ŷ − y)/n; without the 2 is named', () => {
    const ex = find('loss-gradient', 1, (e) => e.inputs.loss === 'mse');
    const { y, yhat } = ex.inputs as { y: number[]; yhat: number[] };
    expect(
      typed(
        ex,
        yhat.map((p, i) => ((p - y[i]) * 2) / 3),
      ).status,
    ).toBe('correct');
    expect(
      typed(
        ex,
        yhat.map((p, i) => (p - y[i]) / 3),
      ).diagnosis,
    ).toBe('no-factor-two');
  });

  it('level 1, MAE: ±1/n whatever the size of the error', () => {
    const ex = find('loss-gradient', 1, (e) => e.inputs.loss === 'mae');
    const { y, yhat } = ex.inputs as { y: number[]; yhat: number[] };
    expect(
      typed(
        ex,
        yhat.map((p, i) => (p > y[i] ? 1 / 3 : -1 / 3)),
      ).status,
    ).toBe('correct');
    expect(
      typed(
        ex,
        yhat.map((p, i) => (p > y[i] ? -1 / 3 : 1 / 3)),
      ).diagnosis,
    ).toBe('sign-flipped');
  });

  it('level 2, sigmoid + BCE: (σ(z) − y)/n; stopping at ∂L/∂p is named', () => {
    const ex = find('loss-gradient', 2);
    const { y, z } = ex.inputs as { y: number[]; z: number[] };
    const n = y.length;
    const p = z.map((zi) => 1 / (1 + Math.exp(-zi)));
    expect(
      typed(
        ex,
        p.map((pi, i) => (pi - y[i]) / n),
      ).status,
    ).toBe('correct');
    const dLdp = p.map((pi, i) => (-y[i] / pi + (1 - y[i]) / (1 - pi)) / n);
    expect(typed(ex, dLdp).diagnosis).toBe('gradient-wrt-p');
  });

  it('level 3, softmax + CE: p − y, which sums to 0', () => {
    const ex = find('loss-gradient', 3);
    const { y, z } = ex.inputs as { y: number[]; z: number[] };
    const e = z.map(Math.exp);
    const s = e.reduce((a, b) => a + b, 0);
    const g = e.map((ei, j) => ei / s - y[j]);
    expect(typed(ex, g).status).toBe('correct');
    expect((ex.answer.value as number[]).reduce((a, b) => a + b, 0)).toBeCloseTo(0, 12);
    expect(
      typed(
        ex,
        z.map((zj, j) => zj - y[j]),
      ).diagnosis,
    ).toBe('no-activation');
  });
});

describe('parameter-count', () => {
  it('levels 1 and 2: Σ (n_in · n_out + n_out), checked exactly', () => {
    for (const level of [1, 2] as Level[]) {
      const ex = find('parameter-count', level);
      const { sizes } = ex.inputs as { sizes: number[] };
      let total = 0;
      for (let l = 1; l < sizes.length; l++) total += sizes[l - 1] * sizes[l] + sizes[l];
      expect(ex.answer.value).toBe(total);
      expect(typed(ex, total).status).toBe('correct');
      expect(typed(ex, total + 1).status).toBe('incorrect');
      expect(typed(ex, total + sizes[0]).diagnosis).toBe('input-biases');
    }
  });

  it('level 3: A¹ is B × n₁ and W² is n₂ × n₁ (nn.Linear: outputs × inputs)', () => {
    const ex = find('parameter-count', 3);
    const { sizes, batch } = ex.inputs as { sizes: number[]; batch: number };
    expect(ex.answer.value).toEqual([batch, sizes[1], sizes[2], sizes[1]]);
    expect(typed(ex, [batch, sizes[1], sizes[1], sizes[2]]).diagnosis).toBe('transposed-weight');
  });
});

describe('where a learner meets them', () => {
  const ids = ['batch-norm-inference', 'loss-gradient', 'parameter-count'];

  it('are practised from a concept page and reviewed as skills right after it', () => {
    const concepts = loadConcepts();
    const items = studyItems();
    for (const id of ids) {
      const home = concepts.find((c) => c.exercises.includes(id as never));
      expect(home, id).toBeDefined();
      const skill = items.find((i) => i.kind === 'skill' && i.itemId === id);
      expect(skill?.position, id).toBe((home?.order ?? 0) * 100 + 50);
      expect(resolveItem('skill', id)?.kind).toBe('skill');
    }
  });
});
