// Every nudged run of a learner path at once: each quantity holds its value in all runs of the band.

import type { AnswerValue } from './types';

/**
 * One quantity in every run of the grading band: entry 0 is the exact run, entry k the run in which
 * the k-th noted number was nudged by half a unit in its 4th significant figure. Runs past the end
 * have not been nudged yet and equal run 0, so a quantity grows only as nudges reach it.
 */
export type R = Float64Array;
export type RVec = R[];
export type RMat = R[][];
export type RValue = R | RVec | RMat;

/** The same value in every run (a given number). */
export function given(x: number): R {
  const r = new Float64Array(1);
  r[0] = x;
  return r;
}

export const givenVec = (v: readonly number[]): RVec => v.map(given);
export const givenMat = (m: readonly (readonly number[])[]): RMat => m.map(givenVec);

/** `f` of two quantities, run by run. */
export function zip(a: R, b: R, f: (x: number, y: number) => number): R {
  const n = Math.max(a.length, b.length);
  const out = new Float64Array(n);
  const a0 = a[0];
  const b0 = b[0];
  for (let k = 0; k < n; k++) out[k] = f(k < a.length ? a[k] : a0, k < b.length ? b[k] : b0);
  return out;
}

/** `f` of a quantity, run by run. */
export function map(a: R, f: (x: number) => number): R {
  const out = new Float64Array(a.length);
  for (let k = 0; k < a.length; k++) out[k] = f(a[k]);
  return out;
}

export function add(a: R, b: R): R {
  if (a.length === 1 && b.length === 1) return given(a[0] + b[0]);
  return zip(a, b, (x, y) => x + y);
}

export function sub(a: R, b: R): R {
  if (a.length === 1 && b.length === 1) return given(a[0] - b[0]);
  return zip(a, b, (x, y) => x - y);
}

export function mul(a: R, b: R): R {
  if (a.length === 1 && b.length === 1) return given(a[0] * b[0]);
  return zip(a, b, (x, y) => x * y);
}

export function div(a: R, b: R): R {
  if (a.length === 1 && b.length === 1) return given(a[0] / b[0]);
  return zip(a, b, (x, y) => x / y);
}

/** `c · a` for a given number `c`. */
export function scale(a: R, c: number): R {
  const out = new Float64Array(a.length);
  for (let k = 0; k < a.length; k++) out[k] = c * a[k];
  return out;
}

/** `a + c` for a given number `c`. */
export function shift(a: R, c: number): R {
  const out = new Float64Array(a.length);
  for (let k = 0; k < a.length; k++) out[k] = a[k] + c;
  return out;
}

/** The sum of quantities, added left to right. */
export function sum(terms: readonly R[]): R {
  let acc = given(0);
  for (const t of terms) acc = add(acc, t);
  return acc;
}

/** $W v + b$ with given `W` and `b`, added up as the engine does: $b_i$ first, then each term. */
export function affine(W: readonly (readonly number[])[], v: RVec, b: readonly number[]): RVec {
  return W.map((row, i) => {
    let acc = given(b[i]);
    for (let j = 0; j < row.length; j++) acc = add(acc, mul(given(row[j]), v[j]));
    return acc;
  });
}

/** $W^\top v$ with a given `W`. */
export function transposeTimes(W: readonly (readonly number[])[], v: RVec): RVec {
  return W[0].map((_, j) => {
    let acc = mul(given(W[0][j]), v[0]);
    for (let i = 1; i < W.length; i++) acc = add(acc, mul(given(W[i][j]), v[i]));
    return acc;
  });
}

/** $u v^\top$. */
export const outer = (u: RVec, v: RVec): RMat => u.map((ui) => v.map((vj) => mul(ui, vj)));

/** Whether a value is a single quantity rather than a vector or matrix of them. */
const isR = (v: RValue): v is R => v instanceof Float64Array;

/** Every quantity of a value, in reading order. */
export function quantities(value: RValue): R[] {
  if (isR(value)) return [value];
  const out: R[] = [];
  for (const x of value) {
    if (isR(x)) out.push(x);
    else for (const y of x) out.push(y);
  }
  return out;
}

/** The value as it is in the exact run. */
export function exactValue(value: RValue): AnswerValue {
  if (isR(value)) return value[0];
  return (value as (R | R[])[]).map((x) => (isR(x) ? x[0] : x.map((y) => y[0]))) as AnswerValue;
}

/** An answer-shaped value as given numbers. */
export function givenValue(value: AnswerValue): RValue {
  if (typeof value === 'number') return given(value);
  return (value as (number | number[])[]).map((x) =>
    typeof x === 'number' ? given(x) : givenVec(x),
  ) as RValue;
}

/** Records one intermediate quantity of a learner path run over quantities (see `Note`). */
export type RunsNote = <T extends RValue>(value: T) => T;

/** `value` with each quantity replaced by `f(quantity)`, same shape. */
export function mapQuantities<T extends RValue>(value: T, f: (r: R) => R): T {
  if (isR(value)) return f(value) as T;
  return (value as (R | R[])[]).map((x) => (isR(x) ? f(x) : x.map(f))) as T;
}
