// Number formatting of answers and given inputs: rounding, carries, short decimals, exponents, noise.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { display, fmt, given, givenVec } from '@/lib/exercises/format';

describe('fmt', () => {
  it.each([
    [9.9995, 4, '10'],
    [9.99951, 4, '10'],
    [0.00012345, 4, '0.0001235'],
    [-0.0001, 4, '-0.0001'],
    [0.0004, 4, '0.0004'],
    [0.000999951, 4, '0.001'],
    [999999.5, 4, '1000000'],
    [1e6, 4, '1e6'],
    [-1234567, 4, '-1.235e6'],
    [123456.7, 4, '123500'],
    [12345.6789, 4, '12350'],
    [99999.95, 4, '100000'],
    [100.04, 4, '100'],
    [-0.99996, 4, '-1'],
    [0.1 + 0.2, 4, '0.3'],
    [-2.5e-5, 4, '-2.5e-5'],
    [-7, 4, '-7'],
    [0.5, 2, '0.5'],
    [0.0451, 2, '0.045'],
    [123456.789, 2, '120000'],
    [2.675, 3, '2.68'],
  ])('fmt(%d, %d) is %s', (x, sig, text) => {
    expect(fmt(x, sig)).toBe(text);
  });

  it('prints noise below 1e-12 as 0, and what cannot be a number as JavaScript does', () => {
    expect(fmt(1e-12)).toBe('1e-12');
    expect(fmt(9.99e-13)).toBe('0');
    expect(fmt(-0)).toBe('0');
    expect(fmt(Number.NaN)).toBe('NaN');
    expect(fmt(Number.NEGATIVE_INFINITY)).toBe('-Infinity');
  });
});

describe('fmt of any value', () => {
  /** A value with one to six decimals of magnitude on either side of 1, either sign. */
  const value = fc
    .tuple(
      fc.double({ min: 1, max: 10, noNaN: true }),
      fc.integer({ min: -4, max: 5 }),
      fc.boolean(),
    )
    .map(([mantissa, exponent, negative]) => (negative ? -1 : 1) * mantissa * 10 ** exponent)
    .filter((x) => Math.abs(x) < 1e6 && !Number.isInteger(x));

  it('prints each value within half a unit of its 4th figure, in at most 4 figures, signs apart', () => {
    fc.assert(
      fc.property(value, (x) => {
        const text = fmt(x);
        const figures = text.replace(/^-|\.|e.*$/g, '').replace(/^0+|0+$/g, '');
        expect(figures.length).toBeLessThanOrEqual(4);
        expect(Math.abs(Number(text) - x)).toBeLessThanOrEqual(5.0001e-4 * Math.abs(x));
        expect(fmt(-x)).toBe(x < 0 ? text.slice(1) : `-${text}`);
      }),
      { numRuns: 20000, seed: 20261127 },
    );
  });
});

describe('given', () => {
  it.each([
    [123456.7, '123456.7'],
    [-0.37, '-0.37'],
    [1.5, '1.5'],
    [0.00015, '0.00015'],
    [0.12345678, '0.12345678'],
    [-0.12345678, '-0.12345678'],
    [0.123456789, '0.12345679'],
    [0.1 + 0.2, '0.3'],
    [1.23456e-5, '1.23456e-5'],
    [42, '42'],
  ])('given(%d) is %s', (x, text) => {
    expect(given(x)).toBe(text);
  });

  it('lists a vector', () => {
    expect(givenVec([0.25, -3, 0.1 + 0.7])).toBe('[0.25, -3, 0.8]');
  });
});

describe('display', () => {
  it('prints numbers, vectors and matrices as a learner types them', () => {
    expect(display(-0.000123456)).toBe('-0.0001235');
    expect(display([0.1 + 0.2, 7])).toBe('[0.3, 7]');
    expect(
      display([
        [0.5, -1e-7],
        [1 / 3, 2],
      ]),
    ).toBe('[[0.5, -1e-7], [0.3333, 2]]');
    expect(display([1 / 3], 6)).toBe('[0.333333]');
  });
});
