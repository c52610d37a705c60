// backprop-chain graded part by part: error carried forward, unanswered parts, diagnoses of slips.
import { describe, expect, it } from 'vitest';
import {
  checkAnswer,
  checkParts,
  type DiagnosingGenerator,
  type Exercise,
  generate,
  generatorById,
  type Level,
  type NumericExercise,
} from '@/lib/exercises';

import { answersFrom, byHand, f, type Inputs, matVec, typed } from '../../helpers/chain-by-hand';

const DEPENDENT = ['a1', 'z2', 'loss', 'dz2', 'dW2', 'da1', 'dz1', 'dW1', 'W1new'];

describe('error carried forward', () => {
  it.each([
    [1, 3],
    [2, 7],
    [3, 11],
  ] as const)('level %i seed %i: a wrong z1 and parts consistent with it', (level, seed) => {
    const ex = generate('backprop-chain', seed, level as Level);
    const inp = ex.inputs as unknown as Inputs;
    const trueZ1 = byHand(inp, matVec(inp.W1, inp.x, inp.b1)).z1;
    // Off by a clear margin, yet on the same side of ReLU's kink.
    const wrongZ1 = trueZ1.map((z) => z * 1.3 + 0.1 * Math.sign(z));
    const checks = checkParts(ex, answersFrom(byHand(inp, wrongZ1)));
    expect(Object.keys(checks).sort()).toEqual([...DEPENDENT, 'z1'].sort());
    expect(checks.z1.status).toBe('incorrect');
    expect(checks.z1.carriedForward).toBeUndefined();
    for (const id of DEPENDENT) {
      expect(checks[id].status, id).toBe('correct');
      expect(checks[id].carriedForward, id).toBe(true);
      expect(checks[id].message.en).toMatch(/^Correct \(error carried forward\): your earlier /);
      expect(checks[id].message.ko).toContain('오류 이월');
    }
    expect(checks.a1.message.en).toContain('$z_1$');
    expect(checks.a1.message.ko).toContain('$z_1$');
    // δ₁ = ∂L/∂a₁ ⊙ f'(z₁), with f'(z₁) worked out from z₁, or from a₁ for the sigmoid and tanh.
    const read = inp.activation === 'relu' ? ['$z_1$'] : ['$a_1$', '$z_1$'];
    for (const name of ['$\\partial L / \\partial a_1$', ...read]) {
      expect(checks.dz1.message.en).toContain(name);
    }
    expect(checks.W1new.message.en).toContain('$\\partial L / \\partial W_1$');
  });

  it('marks the true values correct without carrying anything forward', () => {
    const ex = generate('backprop-chain', 7, 2);
    const inp = ex.inputs as unknown as Inputs;
    const checks = checkParts(ex, answersFrom(byHand(inp, matVec(inp.W1, inp.x, inp.b1))));
    expect(Object.keys(checks).sort()).toEqual([...DEPENDENT, 'z1'].sort());
    for (const check of Object.values(checks)) {
      expect(check.status).toBe('correct');
      expect(check.carriedForward).toBeUndefined();
      expect(check.message.en).toBe('Correct');
    }
  });

  it('uses the true values of unanswered parts, and checks only the answered ones', () => {
    const ex = generate('backprop-chain', 5, 2);
    const inp = ex.inputs as unknown as Inputs;
    const right = byHand(inp, matVec(inp.W1, inp.x, inp.b1));
    const checks = checkParts(ex, { dW2: typed(right.dW2), z2: '' });
    expect(Object.keys(checks)).toEqual(['dW2']);
    expect(checks.dW2.status).toBe('correct');
    expect(checks.dW2.carriedForward).toBeUndefined();
  });

  it('names the one earlier part that was off when another one it reads was right', () => {
    const ex = generate('backprop-chain', 5, 2);
    const inp = ex.inputs as unknown as Inputs;
    const right = byHand(inp, matVec(inp.W1, inp.x, inp.b1));
    const a1 = right.a1.map((a) => a + 0.2);
    const dW2 = right.dz2.map((d) => a1.map((a) => d * a));
    const checks = checkParts(ex, { a1: typed(a1), dz2: typed(right.dz2), dW2: typed(dW2) });
    expect(checks.a1.status).toBe('incorrect');
    expect(checks.dz2.status).toBe('correct');
    expect(checks.dW2).toMatchObject({ status: 'correct', carriedForward: true });
    expect(checks.dW2.message.en).toContain('your earlier $a_1$ was off');
    expect(checks.dW2.message.en).not.toContain('\\delta_2');
  });

  it('does not carry forward a part that is wrong for the learner’s own values too', () => {
    const ex = generate('backprop-chain', 7, 2);
    const inp = ex.inputs as unknown as Inputs;
    const right = byHand(inp, matVec(inp.W1, inp.x, inp.b1));
    const z1 = right.z1.map((z) => z * 1.3 + 0.1 * Math.sign(z));
    const a1 = z1.map(f[inp.activation]).map((a) => a + 0.3);
    const checks = checkParts(ex, { z1: typed(z1), a1: typed(a1) });
    expect(checks.a1.status).toBe('incorrect');
    expect(checks.a1.carriedForward).toBeUndefined();
  });

  it('answers unreadable input as invalid and never throws', () => {
    const ex = generate('backprop-chain', 7, 2);
    const checks = checkParts(ex, { z1: '[1, 2', a1: 'abc', z2: '[1, 2, 3]' });
    expect(checks.z1.status).toBe('invalid');
    expect(checks.a1.status).toBe('invalid');
    expect(checks.z2.status).toBe('invalid');
    expect(checkParts(generate('sigmoid', 1, 1), { z1: '1' })).toEqual({});
  });
});

describe('slips are named in their own box', () => {
  const find = (level: Level, ok: (inp: Inputs) => boolean): Exercise => {
    for (let seed = 0; seed < 100; seed++) {
      const ex = generate('backprop-chain', seed, level);
      if (ok(ex.inputs as unknown as Inputs)) return ex;
    }
    throw new Error('no exercise fits');
  };

  it('a missing activation derivative, a forgotten 1/K, a transposed matrix, the update sign', () => {
    const ex = find(2, (inp) => inp.activation !== 'relu');
    const inp = ex.inputs as unknown as Inputs;
    const r = byHand(inp, matVec(inp.W1, inp.x, inp.b1));
    const checks = checkParts(ex, {
      dz2: typed(r.z2.map((zk, k) => 2 * (zk - inp.y[k]))),
      dz1: typed(r.da1),
      dW1: typed(inp.x.map((xj) => r.dz1.map((d) => d * xj))),
      W1new: typed(inp.W1.map((row, i) => row.map((w, j) => w + inp.lr * r.dW1[i][j]))),
    });
    expect(checks.dz2.diagnosis).toBe('forgot-mean');
    expect(checks.dz1.diagnosis).toBe('no-activation-derivative');
    expect(checks.dW1.diagnosis).toBe('transposed');
    expect(checks.W1new.diagnosis).toBe('update-sign');
    for (const c of Object.values(checks)) {
      expect(c.status).toBe('incorrect');
      expect(c.message.en.startsWith('Incorrect. ')).toBe(true);
      expect(c.message.ko.startsWith('오답입니다. ')).toBe(true);
    }
  });

  it('the softmax forgotten at level 3', () => {
    const ex = generate('backprop-chain', 4, 3);
    const inp = ex.inputs as unknown as Inputs;
    const r = byHand(inp, matVec(inp.W1, inp.x, inp.b1));
    const checks = checkParts(ex, { dz2: typed(r.z2.map((zk, k) => zk - inp.y[k])) });
    expect(checks.dz2.diagnosis).toBe('logits-as-probabilities');
  });

  it("a whole-exercise check names the last box's slip, from that box's slips alone", () => {
    const ex = find(2, () => true);
    const inp = ex.inputs as unknown as Inputs;
    const r = byHand(inp, matVec(inp.W1, inp.x, inp.b1));
    const flipped = inp.W1.map((row, i) => row.map((w, j) => w + inp.lr * r.dW1[i][j]));
    expect(checkAnswer(ex, typed(flipped)).diagnosis).toBe('update-sign');
    const generator = generatorById('backprop-chain') as DiagnosingGenerator;
    const all = generator.mistakes(ex as NumericExercise);
    const own = generator.mistakes(ex as NumericExercise, 'W1new');
    expect(own.length).toBeGreaterThan(0);
    expect(own).toEqual(all.filter((c) => c.part === 'W1new'));
    expect(new Set(all.map((c) => c.part)).size).toBeGreaterThan(5);
  });
});

describe('error carried forward, over many exercises', () => {
  const IDS = ['z1', 'a1', 'z2', 'loss', 'dz2', 'dW2', 'da1', 'dz1', 'dW1', 'W1new'];
  /** The parts each part's formula reads (δ₁ reads a₁ for the sigmoid and tanh, z₁ for ReLU). */
  const reads = (id: string, inp: Inputs): string[] =>
    ({
      z1: [],
      a1: ['z1'],
      z2: ['a1'],
      loss: ['z2'],
      dz2: ['z2'],
      dW2: ['dz2', 'a1'],
      da1: ['dz2'],
      dz1: inp.activation === 'relu' ? ['da1', 'z1'] : ['da1', 'z1', 'a1'],
      dW1: ['dz1'],
      W1new: ['dW1'],
    })[id] as string[];
  /** Every part computed, directly or not, from `wrong`. */
  const after = (wrong: string, inp: Inputs): Set<string> => {
    const out = new Set<string>();
    for (const id of IDS) if (reads(id, inp).some((d) => d === wrong || out.has(d))) out.add(id);
    return out;
  };
  const round = (x: number) => Number(x.toPrecision(4));

  it.each(
    ['z1', 'a1', 'dz2', 'da1', 'dW1'].flatMap((part) =>
      [1, 2, 3].flatMap((level) => [
        [part, level, 'a1'],
        [part, level, 'z1'],
      ]),
    ),
  )(
    "one slip in %s at level %i, every part rounded, f'(z1) from %s: each later part is carried forward, the others are right",
    (part, level, fPrimeFrom) => {
      const problems: string[] = [];
      for (let seed = 0; seed < 150; seed++) {
        const ex = generate('backprop-chain', seed, level as Level);
        const inp = ex.inputs as unknown as Inputs;
        const slip = { part: part as string, change: (x: number) => x * 1.3 + 0.1 * Math.sign(x) };
        const checks = checkParts(
          ex,
          answersFrom(
            byHand(inp, matVec(inp.W1, inp.x, inp.b1), round, slip, fPrimeFrom as 'a1' | 'z1'),
          ),
        );
        const later = after(part as string, inp);
        for (const id of IDS) {
          const c = checks[id];
          const ok =
            id === part
              ? c.status === 'incorrect'
              : c.status === 'correct' && Boolean(c.carriedForward) === later.has(id);
          if (!ok) problems.push(`seed ${seed} ${id}: ${c.status} ${c.carriedForward ?? ''}`);
        }
      }
      expect(problems.slice(0, 5)).toEqual([]);
    },
  );
});
