// The answer parser: the many ways people type numbers, vectors and matrices, and what it refuses.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { display } from '@/lib/exercises/format';
import { normalize, parseAnswer, parseAnswerLike } from '@/lib/exercises/parse';

function value(input: string) {
  const r = parseAnswer(input);
  if (!r.ok) throw new Error(`expected "${input}" to parse, got: ${r.reason.en}`);
  return r.value;
}

function reason(input: string, expected?: number | number[] | number[][]) {
  const r = expected === undefined ? parseAnswer(input) : parseAnswerLike(input, expected);
  if (r.ok) throw new Error(`expected "${input}" to be refused, got ${JSON.stringify(r.value)}`);
  return r.reason;
}

describe('numbers', () => {
  it.each([
    ['0.8808', 0.8808],
    ['.88', 0.88],
    ['-1.2e-3', -0.0012],
    ['1.2E-3', 0.0012],
    ['+.5e+2', 50],
    ['1.2×10^-3', 0.0012],
    ['1.2 × 10^-3', 0.0012],
    ['1.2 x 10^(-3)', 0.0012],
    ['1.2*10^{-3}', 0.0012],
    ['1.2 × 10⁻³', 0.0012],
    ['1.2\\times 10^{-3}', 0.0012],
    ['10^-2', 0.01],
    ['3/4', 0.75],
    ['-3/4', -0.75],
    ['1e-3/2', 0.0005],
    ['\u22120.5', -0.5],
    ['\u2212 0.5', -0.5],
    ['０．８８０８', 0.8808],
    ['－１２', -12],
    ['１２／１６', 0.75],
    ['  7  ', 7],
    ['[0.5]', 0.5],
  ])('%s reads as %d', (input, expected) => {
    expect(value(input)).toBeCloseTo(expected as number, 12);
  });

  it('keeps decimal exactness of the typed digits', () => {
    expect(value('1.2×10^-3')).toBe(0.0012);
    expect(value('0.1')).toBe(0.1);
  });

  it.each([
    ['0.8808', 0.8808],
    ['-0.0001235', -0.0001235],
    ['5.', 5],
    ['+.5e+2', 50],
    ['00012.50', 12.5],
    ['1.5e-7', 1.5e-7],
    ['2.5e22', 2.5e22],
    ['1e-300', 1e-300],
    ['7e0003', 7000],
    ['0.1234567890123456789', 0.12345678901234568],
    ['123456789012345678', 123456789012345680],
    ['9007199254740993', 9007199254740992],
  ])('%s reads as the nearest double, %d', (input, expected) => {
    expect(value(input)).toBe(expected);
  });

  it('keeps the sign of a typed -0', () => {
    expect(Object.is(value('-0'), -0)).toBe(true);
    expect(Object.is(value('-0.0e5'), -0)).toBe(true);
  });
});

describe('vectors and matrices', () => {
  it.each([
    ['[1, 2, 3]', [1, 2, 3]],
    ['1, 2, 3', [1, 2, 3]],
    ['[1 2 3]', [1, 2, 3]],
    ['(0.5, -1)', [0.5, -1]],
    ['［０．５，　−１］', [0.5, -1]],
    ['[.5, 3/4, 1e-1]', [0.5, 0.75, 0.1]],
  ])('%s is a vector', (input, expected) => {
    expect(value(input)).toEqual(expected);
  });

  it.each([
    [
      '[[1, 2], [3, 4]]',
      [
        [1, 2],
        [3, 4],
      ],
    ],
    [
      '1, 2; 3, 4',
      [
        [1, 2],
        [3, 4],
      ],
    ],
    [
      '[1, 2; 3, 4]',
      [
        [1, 2],
        [3, 4],
      ],
    ],
    [
      '[1, 2]; [3, 4]',
      [
        [1, 2],
        [3, 4],
      ],
    ],
    ['[[1, 2]]', [[1, 2]]],
    [
      '[[1,0,1],[2.5,0,−1.25]]',
      [
        [1, 0, 1],
        [2.5, 0, -1.25],
      ],
    ],
  ])('%s is a matrix', (input, expected) => {
    expect(value(input)).toEqual(expected);
  });

  it('fits the expected shape', () => {
    expect(parseAnswerLike('[[1, 2, 3]]', [0, 0, 0])).toEqual({ ok: true, value: [1, 2, 3] });
    expect(parseAnswerLike('1; 2; 3', [0, 0, 0])).toEqual({ ok: true, value: [1, 2, 3] });
    expect(parseAnswerLike('[4]', 0)).toEqual({ ok: true, value: 4 });
    expect(parseAnswerLike('1, 2, 3', [[0, 0, 0]])).toEqual({ ok: true, value: [[1, 2, 3]] });
  });
});

describe('refusals say what was wrong', () => {
  it.each([
    ['', 'Type an answer'],
    ['   ', 'Type an answer'],
    ['abc', 'not a number'],
    ['0.5.5', 'not a number'],
    ['1e', 'not a number'],
    ['1e+', 'not a number'],
    ['1e12345', 'not a number'],
    ['.', 'not a number'],
    ['-', 'not a number'],
    ['12%', 'not a number'],
    ['NaN', 'NaN or infinite'],
    ['-Infinity', 'NaN or infinite'],
    ['∞', 'NaN or infinite'],
    ['1e999', 'NaN or infinite'],
    ['-1.5e400', 'NaN or infinite'],
    ['1/0', 'Division by zero'],
    ['[1, 2', 'brackets do not match'],
    ['1, 2]', 'brackets do not match'],
    ['[[1, 2], [3, 4]', 'brackets do not match'],
    ['1,,2', 'missing'],
    ['1, 2,', 'missing'],
    [', 1', 'missing'],
    ['[]', 'empty brackets'],
    ['[1, [2]]', 'mixed'],
    ['[[1, 2], [3]]', 'different numbers of values'],
    ['[[[1]]]', 'nested'],
    ['x'.repeat(501), 'too long'],
  ])('%j is refused', (input, fragment) => {
    const r = reason(input);
    expect(r.en).toContain(fragment);
    expect(r.ko.length).toBeGreaterThan(0);
    expect(r.ko).not.toBe(r.en);
  });

  it('counts values like a units check', () => {
    expect(reason('1, 2', [0, 0, 0]).en).toBe('Expected 3 values, got 2.');
    expect(reason('1, 2', [0, 0, 0]).ko).toContain('3개');
    expect(reason('[1, 2]', 0).en).toBe('Expected 1 value, got 2.');
    expect(
      reason('1, 2, 3, 4', [
        [0, 0],
        [0, 0],
      ]).en,
    ).toContain('2×2 matrix');
    expect(
      reason('[[1, 2, 3], [4, 5, 6]]', [
        [0, 0],
        [0, 0],
      ]).en,
    ).toContain('got a 2×3 matrix');
  });

  it('names the shape that was typed with the Korean particle its reading takes', () => {
    const square = [
      [0, 0],
      [0, 0],
    ];
    expect(reason('[[1, 2, 3], [4, 5, 6]]', square).ko).toContain('2×3 행렬을 입력했습니다');
    expect(reason('1, 2, 3', square).ko).toContain('값 3개를 입력했습니다');
    expect(reason('7', square).ko).toContain('숫자 하나를 입력했습니다');
  });
});

describe('normalize', () => {
  it('maps keyboard variants to ASCII', () => {
    expect(normalize('１．５ × １０⁻²')).toBe('1.5*10^-2');
    expect(normalize('\u22123')).toBe('-3');
    expect(normalize('(1，2)')).toBe('[1,2]');
  });
});

describe('displayed answers, read in one pass', () => {
  /** A number as answers show it, or a little off that form. */
  const number = fc.oneof(
    fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => display(x)),
    fc.constantFrom('1.', '.5', '-0', '+2', '1e-3', '1E3', '3/4', 'x', '', '1e999', '10^-2', '- 1'),
  );
  const shaped = fc.oneof(
    number,
    fc.array(number, { minLength: 0, maxLength: 4 }).map((xs) => `[${xs.join(', ')}]`),
    fc
      .array(fc.array(number, { minLength: 0, maxLength: 3 }), { minLength: 1, maxLength: 3 })
      .map((rows) => `[${rows.map((r) => `[${r.join(', ')}]`).join(', ')}]`),
  );
  /** A slip of the keyboard: a character replaced by a bracket, comma, space or semicolon. */
  const typed = fc
    .tuple(shaped, fc.nat(), fc.constantFrom('', ',', '[', ']', ' ', ';', '[[', ', ,', '  '))
    .map(([text, at, slip]) => {
      const i = at % (text.length + 1);
      return slip === '' ? text : `${text.slice(0, i)}${slip}${text.slice(i + 1)}`;
    });

  it('reads every text as the general reader does, value or reason', () => {
    // A tab first and after each comma is a space to the general reader and sends the text its way.
    fc.assert(
      fc.property(typed, (text) => {
        expect(parseAnswer(text)).toEqual(parseAnswer(`\t${text.replaceAll(',', ',\t')}`));
      }),
      { numRuns: 5000, seed: 20261127 },
    );
  });

  it('reads a displayed vector or matrix as the numbers shown', () => {
    expect(parseAnswer('[0.69, -0.91]')).toEqual({ ok: true, value: [0.69, -0.91] });
    expect(parseAnswer('[[0.8555, -1.032], [-0.2082, 0.2511]]')).toEqual({
      ok: true,
      value: [
        [0.8555, -1.032],
        [-0.2082, 0.2511],
      ],
    });
    expect(parseAnswer('[[1, 2], [3]]')).toMatchObject({ ok: false });
  });
});
