// Numbers to display strings (what a learner types) and to TeX, for prompts, answers and solutions.

import type { AnswerValue } from './types';

/** Significant figures of answers and of intermediate values in solutions. */
export const SIG = 4;

function stripZeros(s: string): string {
  if (s.indexOf('.') < 0) return s;
  let end = s.length;
  while (s.charCodeAt(end - 1) === 48) end--; // '0'
  if (s.charCodeAt(end - 1) === 46) end--; // '.'
  return end === s.length ? s : s.slice(0, end);
}

/** Below this, a computed value is the noise of a cancellation (a centred mean, θ − θ), shown as 0. */
export const NOISE_FLOOR = 1e-12;

const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * Up to this many significant figures, a decimal is the only one of at most as many figures that
 * reads back as its double, so it is what `String` prints for that double.
 */
const UNIQUE_DIGITS = 15;

/**
 * The decimal `m / 10^d` (a whole `m` below 10^15, `d` from 0 to 22, at least 1e-6) as `String`
 * prints the double nearest to it, trailing zeros dropped: built from the digits of `m`, which is
 * much faster than printing a double, and the same text since no shorter decimal reads back as it.
 */
function decimalText(m: number, d: number): string {
  while (d > 0 && m % 10 === 0) {
    m /= 10;
    d--;
  }
  const digits = String(m);
  if (d === 0) return digits;
  const point = digits.length - d;
  if (point > 0) return `${digits.slice(0, point)}.${digits.slice(point)}`;
  return `0.${'0'.repeat(-point)}${digits}`;
}

/**
 * Most significant figures `fmt` rounds to by the fast way: the digits (one more when the decade
 * is off by one at a power of 10) stay within `UNIQUE_DIGITS`.
 */
const FAST_SIG = UNIQUE_DIGITS - 2;

/** Most decimals `shortDecimal` looks for: below 1e6, the digits then stay below 10^15. */
const SHORT_DECIMALS = UNIQUE_DIGITS - 6;

/**
 * `String(ax)` when `ax` (from 1e-4 to 1e6, not whole) has at most `decimals` (≤ 9) decimals,
 * else undefined: the fewest decimals `k` whose `round(ax·10^k) / 10^k` is `ax` again give its digits.
 */
function shortDecimal(ax: number, decimals: number): string | undefined {
  for (let k = 1; k <= decimals; k++) {
    const m = Math.round(ax * POW10[k]);
    if (m / POW10[k] === ax) return decimalText(m, k);
  }
  return undefined;
}

/** 10^-k for k from 0 to 4, as doubles. */
const NEG_POW10 = [1, 0.1, 0.01, 0.001, 1e-4];

/**
 * The decade of `ax` (from 1e-4 to 1e6), ⌊log10(ax)⌋, by comparisons rather than a logarithm.
 * Within a rounding of a power of 10 it may differ from `Math.floor(Math.log10(ax))` by one, which
 * only changes how many digits are rounded: both round such a value to that power of 10.
 */
function decade(ax: number): number {
  let p = 0;
  if (ax >= 1) {
    while (p < 5 && ax >= POW10[p + 1]) p++;
  } else {
    p = -1;
    while (p > -4 && ax < NEG_POW10[-p]) p--;
  }
  return p;
}

/** `text` (the digits of |x|) with the sign of `x`. */
function signed(x: number, text: string): string {
  return x < 0 ? `-${text}` : text;
}

/** `x` in exponent notation, the mantissa to `sig` figures without trailing zeros: `-1.2e-5`. */
function exponential(x: number, sig: number): string {
  const [mant, exp] = x.toExponential(sig - 1).split('e');
  return `${stripZeros(mant)}e${Number(exp)}`;
}

/** `ax` (from 1e-4 to 1e6) rounded to `sig` significant figures, printed as the shortest decimal. */
function roundedText(ax: number, sig: number): string {
  const fast = sig <= FAST_SIG;
  const digits = sig - 1 - (fast ? decade(ax) : Math.floor(Math.log10(ax)));
  const m = digits >= 0 ? Math.round(ax * POW10[digits]) : Math.round(ax / POW10[-digits]);
  if (m === 0 || digits < 0) return String(m * POW10[Math.max(0, -digits)]);
  return fast ? decimalText(m, digits) : String(m / POW10[digits]);
}

/**
 * `x` to `sig` significant figures as a learner would type it: `0.8808`, `-1.2e-5`, `12`.
 * Integers below a million print exactly; trailing zeros are dropped; noise below 1e-12 prints as 0.
 */
export function fmt(x: number, sig = SIG): string {
  // Nothing in these exercises is this small but the floating-point residue of a cancellation.
  if (Math.abs(x) < NOISE_FLOOR) return '0';
  if (!Number.isFinite(x)) return String(x);
  const ax = Math.abs(x);
  if (ax < 1e6 && Number.isInteger(x)) return String(x);
  if (ax >= 1e6 || ax < 1e-4) return exponential(x, sig);
  if (sig >= 8) {
    // Given inputs have a few decimals: print them as they are when that is short.
    const digits = sig <= SHORT_DECIMALS ? shortDecimal(ax, sig) : String(ax);
    if (digits !== undefined && digits.length + (x < 0 ? 1 : 0) <= sig + 2) {
      return signed(x, digits);
    }
  }
  const text = roundedText(ax, sig);
  return text === '0' ? text : signed(x, text);
}

/** Significant figures a given input is printed with: enough to print it exactly. */
const GIVEN_SIG = 8;

/** A given input, printed exactly (inputs have at most a few decimals). */
export function given(x: number): string {
  return fmt(x, GIVEN_SIG);
}

/** A number's text as TeX: `1.2e-5` becomes `1.2 \times 10^{-5}`. */
function texOf(s: string): string {
  const e = s.indexOf('e');
  return e < 0 ? s : `${s.slice(0, e)} \\times 10^{${s.slice(e + 1)}}`;
}

/** `fmt` as TeX: `1.2e-5` becomes `1.2 \times 10^{-5}`. */
export function tex(x: number, sig = SIG): string {
  return texOf(fmt(x, sig));
}

/** A given input in TeX, printed exactly. */
export function texGiven(x: number): string {
  return texOf(given(x));
}

/** TeX for a number inside a formula: negative numbers get parentheses. */
export function texParen(x: number, sig = SIG): string {
  const s = tex(x, sig);
  return x < 0 ? `(${s})` : s;
}

/** A given input in TeX inside a formula, printed exactly: negative numbers get parentheses. */
export function texGivenParen(x: number): string {
  return texParen(x, GIVEN_SIG);
}

/** The numbers of `v` in TeX, each to `sig` figures, with `separator` between them. */
function texList(v: readonly number[], sig: number, separator: string): string {
  let s = '';
  for (let i = 0; i < v.length; i++) s += i > 0 ? `${separator}${tex(v[i], sig)}` : tex(v[i], sig);
  return s;
}

/** A row vector in TeX: `[0.1,\ 0.2]`. */
export function texVec(v: readonly number[], sig = SIG): string {
  return `[${texList(v, sig, ',\\ ')}]`;
}

/** A matrix in TeX (bmatrix). */
export function texMat(m: readonly (readonly number[])[], sig = SIG): string {
  let s = '\\begin{bmatrix}';
  for (let i = 0; i < m.length; i++)
    s += i > 0 ? ` \\\\ ${texList(m[i], sig, ' & ')}` : texList(m[i], sig, ' & ');
  return `${s}\\end{bmatrix}`;
}

/** A value as plain text, as typed: `0.5`, `[0.1, 0.2]`, `[[1, 0], [2, 0]]`. */
export function display(value: AnswerValue, sig = SIG): string {
  if (typeof value === 'number') return fmt(value, sig);
  let s = '[';
  for (let i = 0; i < value.length; i++) {
    const x = value[i];
    if (i > 0) s += ', ';
    s += typeof x === 'number' ? fmt(x, sig) : display(x, sig);
  }
  return `${s}]`;
}

/** A vector as plain text for prompts, printed exactly. */
export function givenVec(v: readonly number[]): string {
  let s = '[';
  for (let i = 0; i < v.length; i++) s += i > 0 ? `, ${given(v[i])}` : given(v[i]);
  return `${s}]`;
}
