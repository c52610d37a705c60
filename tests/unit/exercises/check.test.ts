// The checker: tolerance, exact integers, what a result carries, and the messages it gives.
import { describe, expect, it, vi } from 'vitest';
import { checkAnswer, type Exercise, generate, withinTolerance } from '@/lib/exercises';

describe('withinTolerance', () => {
  const tol = { rtol: 1e-3, atol: 1e-6 };
  it('passes answers rounded to 4 significant figures and fails 2 significant figures', () => {
    for (const x of [0.880797, 1234.567, -0.0012345, 9.99951, 1.00049, 0.10005]) {
      expect(withinTolerance(Number(x.toPrecision(4)), x, tol), String(x)).toBe(true);
    }
    for (const x of [0.8837, 1234.567, -0.0012345, 9.876, 1.0449]) {
      expect(withinTolerance(Number(x.toPrecision(2)), x, tol), String(x)).toBe(false);
    }
  });

  it('has a small absolute tolerance near zero', () => {
    expect(withinTolerance(0, 5e-7, tol)).toBe(true);
    expect(withinTolerance(0, 5e-6, tol)).toBe(false);
  });

  it('compares shapes', () => {
    expect(withinTolerance([1, 2], [1, 2], tol)).toBe(true);
    expect(withinTolerance([1, 2], [1, 2, 3], tol)).toBe(false);
    expect(withinTolerance([[1], [2]], [[1], [2]], tol)).toBe(true);
    expect(withinTolerance(1, [1], tol)).toBe(false);
    expect(withinTolerance(Number.NaN, 1, tol)).toBe(false);
  });
});

describe('checkAnswer', () => {
  const ex = generate('sigmoid', 42, 1);

  it('says correct in both languages and shows the exact value and the solution', () => {
    const check = checkAnswer(ex, ex.answer.display);
    expect(check).toMatchObject({
      status: 'correct',
      message: { ko: '정답입니다', en: 'Correct' },
      expected: ex.answer.display,
      exact: ex.answer.value,
      solution: ex.solution,
    });
  });

  it('accepts a value rounded to 4 significant figures however it is written', () => {
    const v = ex.answer.value as number;
    const four = v.toPrecision(4);
    for (const s of [
      four,
      four.replace(/^0/, ''),
      `[${four}]`,
      `${(v * 1000).toPrecision(4)}e-3`,
    ]) {
      expect(checkAnswer(ex, s).status, s).toBe('correct');
    }
  });

  it('gives no solution for invalid input, so the learner can try again', () => {
    const check = checkAnswer(ex, 'abc');
    expect(check.status).toBe('invalid');
    expect(check.expected).toBeUndefined();
    expect(check.solution).toBeUndefined();
  });

  it('checks whole-number answers exactly', () => {
    const it2 = generate('epochs-iterations', 3, 2);
    const [per, total] = it2.answer.value as number[];
    expect(it2.answer.display).toBe(`[${per}, ${total}]`);
    expect(checkAnswer(it2, `${per}, ${total}`).status).toBe('correct');
    expect(checkAnswer(it2, `${per + 1}, ${total}`).status).toBe('incorrect');
    expect(checkAnswer(it2, `${per}, ${total - 1}`).status).toBe('incorrect');
  });

  it('says how many values a vector needs', () => {
    const softmax = generate('softmax', 1, 2);
    expect(checkAnswer(softmax, '0.5, 0.5').message.en).toBe('Expected 3 values, got 2.');
  });

  it('accepts the dropout matrix with rows separated by ;', () => {
    const d = generate('dropout', 8, 2);
    const [mask, y] = d.answer.value as number[][];
    expect(
      checkAnswer(d, `${mask.join(', ')}; ${y.map((v) => v.toPrecision(5)).join(', ')}`).status,
    ).toBe('correct');
  });

  it('never throws on an exercise whose generator is unknown', () => {
    const broken = { ...ex, generatorId: 'gone' } as Exercise;
    expect(checkAnswer(broken, '0.1').status).toBe('incorrect');
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(checkAnswer({ ...ex, answer: null } as unknown as Exercise, '0.1')).toMatchObject({
      status: 'invalid',
      failed: true,
    });
    expect(log).toHaveBeenCalledTimes(1);
    log.mockRestore();
  });
});
