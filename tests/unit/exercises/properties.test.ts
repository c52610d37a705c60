// Properties over any seed and level: the displayed answer passes, a perturbed one fails, junk is invalid.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  type AnswerValue,
  checkAnswer,
  type Exercise,
  generate,
  type Level,
  numericGenerators,
} from '@/lib/exercises';

const exercise = fc
  .record({
    generator: fc.constantFrom(...numericGenerators),
    seed: fc.integer({ min: 0, max: 0xffffffff }),
    level: fc.constantFrom<Level>(1, 2, 3),
  })
  .map(({ generator, seed, level }) => generator.generate(seed, level));

function flat(v: AnswerValue): number[] {
  return typeof v === 'number' ? [v] : (v as (number | number[])[]).flat();
}

function rebuild(v: AnswerValue, values: number[]): AnswerValue {
  let i = 0;
  const walk = (x: number | number[] | number[][]): AnswerValue =>
    typeof x === 'number'
      ? values[i++]
      : ((x as (number | number[])[]).map((y) => walk(y)) as AnswerValue);
  return walk(v);
}

const typed = (v: AnswerValue): string =>
  typeof v === 'number'
    ? String(v)
    : `[${(v as (number | number[])[]).map((x) => typed(x)).join(', ')}]`;

/** Full-width digits and the Unicode minus, as a Korean keyboard may type them. */
const fullWidth = (s: string) =>
  s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/-/g, '\u2212');

describe('for any seed and level', () => {
  it('the displayed answer is correct, also typed full-width', () => {
    fc.assert(
      fc.property(exercise, (ex) => {
        expect(checkAnswer(ex, ex.answer.display).status).toBe('correct');
        expect(checkAnswer(ex, fullWidth(ex.answer.display)).status).toBe('correct');
      }),
      { numRuns: 400 },
    );
  });

  it('the exact value is correct, and the same seed gives the same exercise', () => {
    fc.assert(
      fc.property(exercise, (ex) => {
        expect(checkAnswer(ex, typed(ex.answer.value)).status).toBe('correct');
        expect(generate(ex.generatorId, ex.seed, ex.level)).toEqual(ex);
      }),
      { numRuns: 200 },
    );
  });

  it('a perturbed answer is incorrect', () => {
    fc.assert(
      fc.property(
        exercise,
        fc.nat(),
        fc.boolean(),
        fc.double({ min: 2, max: 1000, noNaN: true }),
        (ex, k, up, factor) => {
          const values = flat(ex.answer.value);
          const i = k % values.length;
          const { rtol, atol } = ex.tolerance;
          const e = values[i];
          // Whole-number answers have no band: any other number is wrong.
          const shift = factor * (atol + rtol * Math.abs(e) || 1);
          values[i] = e + (up ? shift : -shift);
          const check = checkAnswer(ex, typed(rebuild(ex.answer.value, values)));
          expect(check.status).toBe('incorrect');
          expect(check.expected).toBe(ex.answer.display);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('a wrong number of values is invalid and says how many are expected', () => {
    fc.assert(
      fc.property(exercise, fc.integer({ min: 1, max: 3 }), (ex, extra) => {
        const values = flat(ex.answer.value);
        const input = [...values, ...Array.from({ length: extra }, () => 1)].join(', ');
        const check = checkAnswer(ex, input);
        expect(check.status).toBe('invalid');
        expect(check.message.en).toMatch(/Expected/);
        expect(check.message.ko.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('what is not an answer', () => {
  const anyExercise = generate('backprop', 9, 3);

  it('random strings never throw', () => {
    fc.assert(
      fc.property(exercise, fc.string({ maxLength: 60, unit: 'grapheme' }), (ex, s) => {
        const check = checkAnswer(ex, s);
        expect(['correct', 'incorrect', 'invalid']).toContain(check.status);
        expect(check.message.ko.length).toBeGreaterThan(0);
        expect(check.message.en.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('strings with letters or symbols that are no part of a number are invalid', () => {
    const junk = fc
      .tuple(
        fc.string({ maxLength: 20 }),
        fc.constantFrom(...'abcdfghijklmnopqrstuvwyz#@!?$%&_~'),
        fc.string({ maxLength: 20 }),
      )
      .map(([a, c, b]) => `${a}${c}${b}`);
    fc.assert(
      fc.property(exercise, junk, (ex, s) => {
        expect(checkAnswer(ex, s).status).toBe('invalid');
      }),
      { numRuns: 500 },
    );
  });

  it('NaN, infinities, empty and overlong input are invalid', () => {
    for (const s of [
      '',
      ' ',
      'NaN',
      'Infinity',
      '-inf',
      '1e400',
      '[',
      '1, 2, ]',
      '9'.repeat(600),
    ]) {
      expect(checkAnswer(anyExercise, s).status, s).toBe('invalid');
    }
  });

  it('anything at all, even a malformed exercise, never throws; a fault is logged and not counted', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        const check = checkAnswer(a as Exercise, b as string);
        expect(check.status).toBe('invalid');
      }),
      { numRuns: 300 },
    );
    const faults = log.mock.calls.filter((args) => String(args[0]).startsWith('[exercises]'));
    expect(faults.length).toBeGreaterThan(0);
    log.mockRestore();
  });

  it('a fault of the checker is logged and answered as not counted, never as unreadable input', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = { ...anyExercise, tolerance: null } as unknown as Exercise;
    const check = checkAnswer(broken, anyExercise.answer.display);
    expect(check).toMatchObject({ status: 'invalid', failed: true });
    expect(check.message.en).toMatch(/not recorded/);
    expect(log).toHaveBeenCalledWith(
      '[exercises] checkAnswer failed',
      expect.anything(),
      expect.anything(),
    );
    log.mockRestore();
  });
});
