// What a learner sees of any exercise is free of floating-point noise.
import { describe, expect, it } from 'vitest';
import { checkAnswer, generate, generators, type Level } from '@/lib/exercises';
import { settle } from '@/lib/exercises/tolerance';

const IDS = generators.map((g) => g.id);
/** Update rules of the form θ − Δ, whose answers cancel when Δ equals θ. */
const UPDATES = new Set(['gradient-descent', 'momentum', 'adagrad', 'rmsprop', 'adam']);
const LEVELS: Level[] = [1, 2, 3];
const SEEDS = 600;
/** A power of ten no value of these exercises reaches except through rounding noise. */
const NOISE_TEX = /10\^\{-1[2-9]\}|10\^\{-[2-9][0-9]\}/;
/** Exercises whose values really reach such powers: gradient norms vanishing over many layers. */
const REALLY_TINY = new Set(['gradient-flow']);

function numbers(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbers);
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbers);
  return [];
}

describe.each(IDS)('%s', (id) => {
  it.each(LEVELS)('level %i: answers and solutions show no rounding noise', (level) => {
    for (let seed = 0; seed < SEEDS; seed++) {
      const ex = generate(id, seed, level);
      const scale = Math.max(...numbers(ex.inputs).map(Math.abs));
      for (const x of numbers(ex.answer.value)) {
        const small = Math.abs(x) < 1e-12 * scale;
        expect(x !== 0 && small, `seed ${seed}: expected answer ${x}`).toBe(false);
        // θ − Δ that cancels up to an ε of 1e-8 is 0, not 1e-9.
        if (UPDATES.has(id))
          expect(x !== 0 && Math.abs(x) < 1e-6 * scale, `seed ${seed}: ${x}`).toBe(false);
      }
      if (!REALLY_TINY.has(id))
        for (const s of ex.solution) expect(s.tex, `seed ${seed}`).not.toMatch(NOISE_TEX);
      expect(ex.answer.display, `seed ${seed}`).not.toMatch(/e-(1[2-9]|[2-9]\d)/);
    }
  });
});

describe('values that cancel', () => {
  it('Adam, level 1, seed 201: θ₀ = η and the first step is η, so θ₁ is 0 and "0" is accepted', () => {
    const ex = generate('adam', 201, 1);
    const { params, hyper } = ex.inputs as { params: number[]; hyper: { lr: number } };
    expect(Math.abs(params[0])).toBe(hyper.lr);
    expect(ex.answer.value).toBe(0);
    expect(ex.answer.display).toBe('0');
    expect(checkAnswer(ex, '0').status).toBe('correct');
    expect(ex.solution.at(-1)?.tex).toMatch(/\\theta_\{1\} &= .* = 0\\end\{aligned\}$/);
  });

  it('a difference below a millionth of its operands is 0, anything larger is kept', () => {
    expect(settle(0.1 - 0.3 * (1 / 3), 0.1)).toBe(0);
    expect(settle(2.222e-9, 0.2)).toBe(0);
    expect(settle(-3e-7, 0.2)).toBe(-3e-7);
    expect(settle(1e-4, 0.5)).toBe(1e-4);
  });
});
