// Every nudged run of a learner path at once: each quantity holds its value in all runs of the band.

import type { AnswerValue } from './types';

/**
 * One quantity in every run of the grading band: entry 0 is the exact run, entry k the run in which
 * the k-th noted number was nudged by half a unit in its 4th significant figure. Runs past the end
 * have not been nudged yet and equal run 0, so a quantity grows only as nudges reach it.
 *
 * A plain array rather than a typed one: a `Float64Array` of more than a few numbers keeps its
 * numbers outside the heap, and allocating one costs tens of times more than an array's.
 */
export type R = number[];
export type RVec = R[];
export type RMat = R[][];
export type RValue = R | RVec | RMat;

/** The same value in every run (a given number). */
export function given(x: number): R {
  return [x];
}

export const givenVec = (v: readonly number[]): RVec => v.map(given);
export const givenMat = (m: readonly (readonly number[])[]): RMat => m.map(givenVec);

/**
 * Arrays kept for reuse, by length, and how many of each length the band being computed has taken.
 * A band makes a few hundred short-lived quantities; drawing them from here instead of allocating
 * them saves the allocation, the garbage collector's work and the change of each new array from
 * holding anything to holding doubles.
 */
const kept: R[][] = [];
const taken: number[] = [];
let reusing = false;

/** A quantity of `n` runs, to be filled in: every entry is written by the caller before it is read. */
export function runsOf(n: number): R {
  if (!reusing) return new Array<number>(n);
  let arrays = kept[n];
  if (arrays === undefined) {
    arrays = [];
    kept[n] = arrays;
    taken[n] = 0;
  }
  const i = taken[n]++;
  if (i < arrays.length) return arrays[i];
  const fresh = new Array<number>(n);
  arrays.push(fresh);
  return fresh;
}

/**
 * `f()`, with every quantity `runsOf` gives meanwhile drawn from arrays reused across calls. Only
 * for work whose quantities are dropped when it returns (a band reads out their numbers), since
 * the next call writes over them.
 */
export function reusingRuns<T>(f: () => T): T {
  if (reusing) return f();
  reusing = true;
  try {
    return f();
  } finally {
    reusing = false;
    for (let n = 0; n < taken.length; n++) if (taken[n] !== undefined) taken[n] = 0;
  }
}

/** `f` of two quantities, run by run. */
export function zip(a: R, b: R, f: (x: number, y: number) => number): R {
  const n = Math.max(a.length, b.length);
  const out = runsOf(n);
  const a0 = a[0];
  const b0 = b[0];
  for (let k = 0; k < n; k++) out[k] = f(k < a.length ? a[k] : a0, k < b.length ? b[k] : b0);
  return out;
}

/** `f` of a quantity, run by run. */
export function map(a: R, f: (x: number) => number): R {
  const n = a.length;
  const out = runsOf(n);
  for (let k = 0; k < n; k++) out[k] = f(a[k]);
  return out;
}

/** The four arithmetic operations, by number, so one loop serves them all without a call per run. */
type Op = 0 | 1 | 2 | 3;
const ADD: Op = 0;
const SUB: Op = 1;
const MUL: Op = 2;
const DIV: Op = 3;

/** `x op y` (small enough that the compiler inlines it into the loops below). */
function apply(op: Op, x: number, y: number): number {
  switch (op) {
    case ADD:
      return x + y;
    case SUB:
      return x - y;
    case MUL:
      return x * y;
    default:
      return x / y;
  }
}

/** `a op b`, run by run: the runs both have, then the longer one's against the other's run 0. */
function arithmetic(a: R, b: R, op: Op): R {
  const la = a.length;
  const lb = b.length;
  const out = runsOf(Math.max(la, lb));
  const shared = Math.min(la, lb);
  for (let k = 0; k < shared; k++) out[k] = apply(op, a[k], b[k]);
  const a0 = a[0];
  const b0 = b[0];
  for (let k = shared; k < la; k++) out[k] = apply(op, a[k], b0);
  for (let k = shared; k < lb; k++) out[k] = apply(op, a0, b[k]);
  return out;
}

export const add = (a: R, b: R): R => arithmetic(a, b, ADD);
export const sub = (a: R, b: R): R => arithmetic(a, b, SUB);
export const mul = (a: R, b: R): R => arithmetic(a, b, MUL);
export const div = (a: R, b: R): R => arithmetic(a, b, DIV);

/** `c · a` for a given number `c`. */
export function scale(a: R, c: number): R {
  const n = a.length;
  const out = runsOf(n);
  for (let k = 0; k < n; k++) out[k] = c * a[k];
  return out;
}

/** `a + c` for a given number `c`. */
export function shift(a: R, c: number): R {
  const n = a.length;
  const out = runsOf(n);
  for (let k = 0; k < n; k++) out[k] = a[k] + c;
  return out;
}

/*
 * The operations below are written out, one loop each, rather than passing a function to `map` or
 * `zip`: a `map` called from every generator with a function of its own cannot have that function
 * inlined once the server has run them all.
 */

/** `c·x + d` in every run. */
export function scaleShift(a: R, c: number, d: number): R {
  const n = a.length;
  const out = runsOf(n);
  for (let k = 0; k < n; k++) out[k] = c * a[k] + d;
  return out;
}

/** `x / c` in every run. */
export function divideBy(a: R, c: number): R {
  const n = a.length;
  const out = runsOf(n);
  for (let k = 0; k < n; k++) out[k] = a[k] / c;
  return out;
}

/** $\sqrt{x}$ in every run. */
export function sqrt(a: R): R {
  const n = a.length;
  const out = runsOf(n);
  for (let k = 0; k < n; k++) out[k] = Math.sqrt(a[k]);
  return out;
}

/** $(c \cdot x) / (y + \epsilon)$ run by run: an optimizer's step $\eta\, g / (\sqrt{s} + \epsilon)$. */
export function scaledQuotient(c: number, a: R, b: R, eps: number): R {
  const la = a.length;
  const lb = b.length;
  const n = Math.max(la, lb);
  const out = runsOf(n);
  const a0 = a[0];
  const b0 = b[0];
  for (let k = 0; k < n; k++) out[k] = (c * (k < la ? a[k] : a0)) / ((k < lb ? b[k] : b0) + eps);
  return out;
}

/** The most runs any of `terms` holds (at least 1). */
function longest(terms: readonly R[]): number {
  let n = 1;
  for (const t of terms) n = Math.max(n, t.length);
  return n;
}

/**
 * $c_0 + \sum_j w_j t_j$ run by run, the terms added left to right onto `c0`; with `first`, the
 * sum starts from the first term instead ($w_0 t_0 + \dots$). Each weighted term is `w_j · t_j`.
 */
function weightedSum(
  c0: number,
  w: readonly number[] | null,
  terms: readonly R[],
  first: boolean,
): R {
  const n = longest(terms);
  const out = runsOf(n);
  for (let k = 0; k < n; k++) {
    let acc = c0;
    for (let j = 0; j < terms.length; j++) {
      const t = terms[j];
      const x = k < t.length ? t[k] : t[0];
      const term = w === null ? x : w[j] * x;
      acc = first && j === 0 ? term : acc + term;
    }
    out[k] = acc;
  }
  return out;
}

/** The sum of quantities, added left to right (onto 0). */
export function sum(terms: readonly R[]): R {
  return weightedSum(0, null, terms, false);
}

/** The mean of quantities: their sum (left to right, onto 0) divided by how many there are. */
export function mean(terms: readonly R[]): R {
  return divideBy(sum(terms), terms.length);
}

/** $W v + b$ with given `W` and `b`, added up as the engine does: $b_i$ first, then each term. */
export function affine(W: readonly (readonly number[])[], v: RVec, b: readonly number[]): RVec {
  return W.map((row, i) => weightedSum(b[i], row, v, false));
}

/** $W^\top v$ with a given `W`. */
export function transposeTimes(W: readonly (readonly number[])[], v: RVec): RVec {
  return W[0].map((_, j) =>
    weightedSum(
      0,
      W.map((row) => row[j]),
      v,
      true,
    ),
  );
}

/** $u v^\top$. */
export const outer = (u: RVec, v: RVec): RMat => u.map((ui) => v.map((vj) => mul(ui, vj)));

/** Whether a value is a single quantity rather than a vector or matrix of them. */
const isR = (v: RValue): v is R => typeof v[0] === 'number';

/** Whether a value that is not a single quantity is a matrix (its first entry is a vector). */
const isMat = (v: RVec | RMat): v is RMat => v.length > 0 && Array.isArray(v[0][0]);

/** Every quantity of a value, in reading order. */
export function quantities(value: RValue): R[] {
  if (isR(value)) return [value];
  if (!isMat(value)) return value;
  const out: R[] = [];
  for (const row of value) for (const r of row) out.push(r);
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
  if (!isMat(value)) return value.map(f) as T;
  return value.map((row) => row.map(f)) as T;
}
