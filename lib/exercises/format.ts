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
 * `x` to `sig` significant figures as a learner would type it: `0.8808`, `-1.2e-5`, `12`.
 * Integers below a million print exactly; trailing zeros are dropped; noise below 1e-12 prints as 0.
 */
export function fmt(x: number, sig = SIG): string {
  // Nothing in these exercises is this small but the floating-point residue of a cancellation.
  if (Math.abs(x) < NOISE_FLOOR) return '0';
  if (!Number.isFinite(x)) return String(x);
  const ax = Math.abs(x);
  if (ax < 1e6 && Number.isInteger(x)) return String(x);
  if (sig >= 8 && ax >= 1e-4 && ax < 1e6) {
    // Given inputs have a few decimals: print them as they are when that is short.
    const s = String(x);
    if (s.length <= sig + 2) return s;
  }
  if (ax >= 1e6 || ax < 1e-4) {
    const [mant, exp] = x.toExponential(sig - 1).split('e');
    return `${stripZeros(mant)}e${Number(exp)}`;
  }
  // Round to `sig` significant digits; String() then prints the shortest exact decimal.
  const digits = sig - 1 - Math.floor(Math.log10(ax));
  const rounded =
    digits >= 0
      ? Math.round(ax * POW10[digits]) / POW10[digits]
      : Math.round(ax / POW10[-digits]) * POW10[-digits];
  if (rounded === 0) return '0';
  return x < 0 ? `-${rounded}` : String(rounded);
}

/** A given input, printed exactly (inputs have at most a few decimals). */
export function given(x: number): string {
  return fmt(x, 8);
}

/** `fmt` as TeX: `1.2e-5` becomes `1.2 \times 10^{-5}`. */
export function tex(x: number, sig = SIG): string {
  const s = fmt(x, sig);
  const e = s.indexOf('e');
  return e < 0 ? s : `${s.slice(0, e)} \\times 10^{${s.slice(e + 1)}}`;
}

/** A given input in TeX, printed exactly. */
export function texGiven(x: number): string {
  const s = given(x);
  const e = s.indexOf('e');
  return e < 0 ? s : `${s.slice(0, e)} \\times 10^{${s.slice(e + 1)}}`;
}

/** TeX for a number inside a formula: negative numbers get parentheses. */
export function texParen(x: number, sig = SIG): string {
  const s = tex(x, sig);
  return x < 0 ? `(${s})` : s;
}

/** A row vector in TeX: `[0.1,\ 0.2]`. */
export function texVec(v: readonly number[], sig = SIG): string {
  return `[${v.map((x) => tex(x, sig)).join(',\\ ')}]`;
}

/** A matrix in TeX (bmatrix). */
export function texMat(m: readonly (readonly number[])[], sig = SIG): string {
  return `\\begin{bmatrix}${m.map((r) => r.map((x) => tex(x, sig)).join(' & ')).join(' \\\\ ')}\\end{bmatrix}`;
}

/** A value as plain text, as typed: `0.5`, `[0.1, 0.2]`, `[[1, 0], [2, 0]]`. */
export function display(value: AnswerValue, sig = SIG): string {
  if (typeof value === 'number') return fmt(value, sig);
  return `[${(value as (number | number[])[]).map((x) => display(x, sig)).join(', ')}]`;
}

/** A vector as plain text for prompts, printed exactly. */
export function givenVec(v: readonly number[]): string {
  return `[${v.map(given).join(', ')}]`;
}
