// Input checks shared by the engine; each failure is a RangeError naming function and argument.

import type { Vector } from './types';

/** A set of allowed numbers and the words an error message uses for it. */
export interface Interval {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
  text: string;
}

/** $[0, 1]$: probabilities and targets of a cross-entropy. */
export const unitClosed: Interval = {
  lo: 0,
  hi: 1,
  loOpen: false,
  hiOpen: false,
  text: 'in [0, 1]',
};
/** $[0, 1)$: dropout rate, momentum, decay rates. */
export const unitHalfOpen: Interval = {
  lo: 0,
  hi: 1,
  loOpen: false,
  hiOpen: true,
  text: 'in [0, 1)',
};
/** $[0, \infty)$: learning rates, accumulated squares. */
export const nonNegative: Interval = {
  lo: 0,
  hi: Number.POSITIVE_INFINITY,
  loOpen: false,
  hiOpen: true,
  text: 'non-negative',
};
/** $(0, \infty)$: the `eps` that keeps a denominator away from zero. */
export const positive: Interval = {
  lo: 0,
  hi: Number.POSITIVE_INFINITY,
  loOpen: true,
  hiOpen: true,
  text: 'positive',
};

/** Throws `RangeError('<fn>: <message>')`. */
export function fail(fn: string, message: string): never {
  throw new RangeError(`${fn}: ${message}`);
}

/** How a value that is not what was expected reads in a message. */
function show(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return `'${value}'`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a value of type ${typeof value}`;
}

function inside(x: number, iv: Interval): boolean {
  const aboveLo = iv.loOpen ? x > iv.lo : x >= iv.lo;
  const belowHi = iv.hiOpen ? x < iv.hi : x <= iv.hi;
  return aboveLo && belowHi;
}

/** A finite number, optionally inside an interval. */
export function checkNumber(fn: string, name: string, x: unknown, iv?: Interval): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) {
    fail(fn, `${name} must be a finite number, got ${show(x)}`);
  }
  if (iv && !inside(x, iv)) fail(fn, `${name} must be ${iv.text}, got ${x}`);
  return x;
}

/** A plain object such as a `hyper` argument (not null, not an array). */
export function checkRecord(fn: string, name: string, value: unknown): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(fn, `${name} must be an object, got ${show(value)}`);
  }
}

/** A whole number of steps or items, at least zero. */
export function checkCount(fn: string, name: string, n: unknown): number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
    fail(fn, `${name} must be a non-negative integer, got ${show(n)}`);
  }
  return n;
}

/** A non-empty array of finite numbers, each optionally inside an interval. */
export function checkVector(fn: string, name: string, v: unknown, iv?: Interval): Vector {
  if (!Array.isArray(v)) fail(fn, `${name} must be an array of numbers, got ${show(v)}`);
  if (v.length === 0) fail(fn, `${name} is empty`);
  for (let i = 0; i < v.length; i++) {
    const x: unknown = v[i];
    // The element's name is built only for the message of a value that fails.
    if (typeof x !== 'number' || !Number.isFinite(x) || (iv && !inside(x, iv))) {
      checkNumber(fn, `${name}[${i}]`, x, iv);
    }
  }
  return v;
}

/** A count of something in an argument, for messages such as `W1 has 3 columns but x has 2 values`. */
export interface Extent {
  name: string;
  count: number;
  unit: 'value' | 'row' | 'column';
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/** Two extents that must be equal, e.g. a bias length and a weight matrix's row count. */
export function checkExtent(fn: string, a: Extent, b: Extent): void {
  if (a.count === b.count) return;
  const other = a.unit === b.unit ? String(b.count) : plural(b.count, b.unit);
  fail(fn, `${a.name} has ${plural(a.count, a.unit)} but ${b.name} has ${other}`);
}

/** Two arrays that must pair up element by element. */
export function checkSameLength(
  fn: string,
  nameA: string,
  a: readonly unknown[],
  nameB: string,
  b: readonly unknown[],
): void {
  checkExtent(
    fn,
    { name: nameA, count: a.length, unit: 'value' },
    { name: nameB, count: b.length, unit: 'value' },
  );
}

/** A vector of the same length as another, already checked one. */
export function checkVectorLike(
  fn: string,
  name: string,
  v: unknown,
  likeName: string,
  like: Vector,
  iv?: Interval,
): Vector {
  if (!Array.isArray(v)) fail(fn, `${name} must be an array of numbers, got ${show(v)}`);
  checkSameLength(fn, likeName, like, name, v);
  const checked = checkVector(fn, name, v, iv);
  return checked;
}

/** A non-empty rectangular matrix of finite numbers; returns its shape. */
export function checkMatrix(
  fn: string,
  name: string,
  m: unknown,
  iv?: Interval,
): { rows: number; cols: number } {
  if (!Array.isArray(m)) fail(fn, `${name} must be an array of rows, got ${show(m)}`);
  if (m.length === 0) fail(fn, `${name} has no rows`);
  for (let i = 0; i < m.length; i++) {
    const row: unknown = m[i];
    if (!Array.isArray(row)) fail(fn, `${name} row ${i} must be an array, got ${show(row)}`);
    if (row.length === 0) fail(fn, `${name} row ${i} is empty`);
    if (row.length !== m[0].length) {
      const first = { name: `${name} row 0`, count: m[0].length, unit: 'value' as const };
      checkExtent(fn, { name: `${name} row ${i}`, count: row.length, unit: 'value' }, first);
    }
    for (let j = 0; j < row.length; j++) {
      const x: unknown = row[j];
      if (typeof x !== 'number' || !Number.isFinite(x) || (iv && !inside(x, iv))) {
        checkNumber(fn, `${name}[${i}][${j}]`, x, iv);
      }
    }
  }
  return { rows: m.length, cols: m[0].length };
}

/** An array of booleans of the same length as another vector. */
export function checkBooleans(
  fn: string,
  name: string,
  flags: unknown,
  likeName: string,
  like: Vector,
): boolean[] {
  if (!Array.isArray(flags)) fail(fn, `${name} must be an array of booleans, got ${show(flags)}`);
  checkSameLength(fn, likeName, like, name, flags);
  for (let i = 0; i < flags.length; i++) {
    if (typeof flags[i] !== 'boolean') {
      fail(fn, `${name}[${i}] must be true or false, got ${show(flags[i])}`);
    }
  }
  return flags;
}

/** One of a fixed set of names. */
export function checkOneOf<T extends string>(
  fn: string,
  name: string,
  value: unknown,
  options: readonly T[],
): T {
  if (!options.includes(value as T)) {
    const list = options.map((o) => `'${o}'`).join(', ');
    fail(fn, `${name} must be one of ${list}, got ${show(value)}`);
  }
  return value as T;
}

/** An optimizer state vector: null before the first step, otherwise one entry per parameter. */
export function checkState(
  fn: string,
  name: string,
  state: unknown,
  params: Vector,
  iv?: Interval,
): Vector {
  if (state === null || state === undefined) return params.map(() => 0);
  return checkVectorLike(fn, name, state, 'params', params, iv);
}
