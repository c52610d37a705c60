// Exercises are right as posed: premises agree with the numbers, printed arithmetic holds, comparisons use the printed units.
import { describe, expect, it } from 'vitest';
import * as engine from '@/lib/engine';
import { generate, type Level } from '@/lib/exercises';
import { given } from '@/lib/exercises/format';
import { stopping } from '@/lib/exercises/generators/early-stopping';

const SEEDS = 2000;

/** A printed decimal as an exact fraction: digits over a power of ten. */
function decimal(s: string): { digits: bigint; scale: bigint } {
  const [whole, frac = ''] = s.split('.');
  return { digits: BigInt(whole + frac), scale: 10n ** BigInt(frac.length) };
}

describe('epochs-iterations: every printed identity holds', () => {
  it.each([1, 2, 3] as Level[])('level %i', (level) => {
    for (let seed = 0; seed < SEEDS; seed++) {
      const ex = generate('epochs-iterations', seed, level);
      const { samples, batch, epochs } = ex.inputs as Record<string, number>;
      const tex = ex.solution.map((s) => s.tex);
      let n = samples;
      if (level === 3) {
        const m = tex[0].match(/^N = (\d+) - (\d+) \\times ([\d.]+) = (\d+) - (\d+) = (\d+)$/);
        expect(m, `seed ${seed}: ${tex[0]}`).not.toBeNull();
        const [a, b, f, c, held, rest] = (m as RegExpMatchArray).slice(1);
        expect([a, b, c].map(Number)).toEqual([samples, samples, samples]);
        const share = decimal(f);
        // a × f = held, exactly: no held-out count is fractional.
        expect(BigInt(b) * share.digits, `seed ${seed}: ${tex[0]}`).toBe(
          BigInt(held) * share.scale,
        );
        expect(Number(c) - Number(held), `seed ${seed}: ${tex[0]}`).toBe(Number(rest));
        n = Number(rest);
        tex.shift();
      }
      const q = tex[0].match(
        /^\\left\\lceil \\frac\{(\d+)\}\{(\d+)\} \\right\\rceil = \\lceil ([\d.]+) \\rceil = (\d+)$/,
      );
      expect(q, `seed ${seed}: ${tex[0]}`).not.toBeNull();
      const [num, den, quo, up] = (q as RegExpMatchArray).slice(1);
      expect([Number(num), Number(den)]).toEqual([n, batch]);
      const { digits, scale } = decimal(quo);
      // N / B printed in full, and its ceiling.
      expect(digits * BigInt(den), `seed ${seed}: ${tex[0]}`).toBe(BigInt(num) * scale);
      const p = BigInt(up);
      expect((p - 1n) * scale < digits && digits <= p * scale, `seed ${seed}: ${tex[0]}`).toBe(
        true,
      );
      if (level > 1) {
        const t = tex[1].match(/^(\d+) \\times (\d+) = (\d+)$/);
        expect(t, `seed ${seed}: ${tex[1]}`).not.toBeNull();
        const [per, e, total] = (t as RegExpMatchArray).slice(1).map(Number);
        expect([per, e]).toEqual([Number(up), epochs]);
        expect(per * e).toBe(total);
        expect(ex.answer.value).toEqual([per, total]);
      } else {
        expect(ex.answer.value).toBe(Number(up));
      }
    }
  });
});

describe('early-stopping: improvement is judged on the printed losses', () => {
  /** Losses and min_delta in hundredths, as printed: whole numbers compare exactly. */
  const cents = (x: number) => Math.round(x * 100);

  it('a drop of exactly min_delta below the best is not an improvement; more than that is', () => {
    let boundaries = 0;
    for (let seed = 0; seed < SEEDS; seed++) {
      const ex = generate('early-stopping', seed, 3);
      const { losses, minDelta } = ex.inputs as { losses: number[]; minDelta: number };
      const wait = (ex.solution[0].tex.match(/\[(.*)\]/) as RegExpMatchArray)[1]
        .split(', ')
        .map(Number);
      // The best so far is the loss at the last reset of the printed counter.
      let best = Number.POSITIVE_INFINITY;
      wait.forEach((w, i) => {
        const drop = best - cents(losses[i]);
        if (drop === cents(minDelta)) boundaries++;
        expect(w === 0, `seed ${seed}, epoch ${i + 1}: drop ${drop} hundredths`).toBe(
          drop > cents(minDelta),
        );
        if (w === 0) best = cents(losses[i]);
      });
    }
    // The boundary case occurs in these seeds, so the test exercises it.
    expect(boundaries).toBeGreaterThan(10);
  });

  it('0.10 then 0.09 with min_delta 0.01 is no improvement, though 0.09 < 0.10 − 0.01 in binary', () => {
    const curve = [0.2, 0.1, 0.09, 0.12];
    // The engine compares as PyTorch and Keras do, on the doubles it is given.
    expect(engine.earlyStopping(curve, 2, 0.01)?.counters).toBeUndefined();
    // The exercise compares the numbers it prints.
    expect(stopping(curve, 2, 0.01)).toEqual({ stop: 4, best: 2, counters: [0, 0, 1, 2] });
    expect(stopping([0.2, 0.1, 0.08, 0.12, 0.1], 2, 0.01)).toEqual({
      stop: 5,
      best: 3,
      counters: [0, 0, 0, 1, 2],
    });
  });
});

describe('vanishing-gradient level 1: the unit-weight chain exists', () => {
  it('z₁ = x and each next pre-activation is the previous activation', () => {
    for (let seed = 0; seed < 500; seed++) {
      const ex = generate('vanishing-gradient', seed, 1);
      const { x } = ex.inputs as { x: number };
      expect(ex.prompt.en).toMatch(/unit weights and no biases/);
      const m = ex.solution[0].tex.match(/^z = \[(.*)\],\\quad a = \[(.*)\],\\quad/);
      expect(m, ex.solution[0].tex).not.toBeNull();
      const [z, a] = (m as RegExpMatchArray).slice(1).map((v) => v.split(',\\ '));
      expect(z[0]).toBe(given(x));
      expect(z.slice(1)).toEqual(a.slice(0, 2));
      a.forEach((ak, k) => {
        expect(Math.abs(Number(ak) - engine.sigmoid(Number(z[k])))).toBeLessThan(1e-3);
      });
    }
  });
});

describe('network exercises: the step they ask for has something to show', () => {
  const cases = ['backprop', 'backprop-chain'].flatMap((id) =>
    ([1, 2, 3] as Level[]).map((level) => [id, level] as const),
  );
  it.each(cases)(
    '%s level %i: the prediction is visibly off its target and W₁ gets a gradient',
    (id, level) => {
      for (let seed = 0; seed < SEEDS; seed++) {
        const inputs = generate(id, seed, level).inputs as unknown as engine.TwoLayerNet;
        const steps = engine.twoLayerSteps(inputs, 0.1);
        const yHat = inputs.loss === 'mse' ? steps.z2 : engine.softmax(steps.z2);
        const largestError = Math.max(...yHat.map((yk, k) => Math.abs(yk - inputs.y[k])));
        expect(largestError, `seed ${seed}`).toBeGreaterThanOrEqual(0.05);
        // A cross-entropy target the network already predicts with 0.99994 shows a loss of 0.
        expect(Math.max(...steps.dW1.flat().map(Math.abs)), `seed ${seed}`).toBeGreaterThan(1e-9);
      }
    },
  );
});
