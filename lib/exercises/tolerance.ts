// The grading band: what rounding each intermediate step to 4 significant figures can do to the answer.

import { fmt, SIG } from './format';
import {
  exactValue,
  givenValue,
  mapQuantities,
  quantities,
  type R,
  type RunsNote,
  type RValue,
  reusingRuns,
  runsOf,
} from './runs';
import type { AnswerValue, Localized, Tolerance } from './types';

/**
 * Records one intermediate quantity of a worked solution. A generator's learner path passes every
 * value the solution shows through it and computes later steps from what it returns, so the same
 * path can be run exactly, with each value rounded, or with one value nudged.
 */
export type Note = <T extends AnswerValue>(value: T) => T;

/** Relative part of the band: the learner's own final rounding to 4 significant figures (at most 5e-4) and then some. */
export const RTOL = 1e-3;
/** First-order propagation is a bound up to second-order terms; this margin covers them. */
const MARGIN = 1.5;

export const identity: Note = (value) => value;

/** Every number of an answer-shaped value, in order. */
export function flatten(value: AnswerValue): number[] {
  if (typeof value === 'number') return [value];
  const out: number[] = [];
  for (const x of value as (number | number[])[]) {
    if (typeof x === 'number') out.push(x);
    else for (const y of x) out.push(y);
  }
  return out;
}

/** How many numbers an answer-shaped value holds. */
export function sizeOf(value: AnswerValue): number {
  if (typeof value === 'number') return 1;
  let n = 0;
  for (const x of value as (number | number[])[]) n += typeof x === 'number' ? 1 : x.length;
  return n;
}

/** `value` with each number replaced by `f(number)`, same shape. */
export function mapValue<T extends AnswerValue>(value: T, f: (x: number) => number): T {
  if (typeof value === 'number') return f(value) as T;
  return (value as (number | number[])[]).map((x) =>
    typeof x === 'number' ? f(x) : x.map(f),
  ) as T;
}

/** The decimal exponents a finite double can have: from -324 (the smallest subnormal) to 308. */
const LOWEST_EXPONENT = -324;

/** Half a unit in the `sig`-th significant figure of a number of decimal exponent `e`. */
const halfUnitAt = (e: number, sig: number) => 0.5 * 10 ** (e - sig + 1);

/** `halfUnitAt(e, SIG)` for every exponent, computed once (the band asks for it per noted number). */
const HALF_UNITS = Array.from({ length: 308 - LOWEST_EXPONENT + 1 }, (_, i) =>
  halfUnitAt(i + LOWEST_EXPONENT, SIG),
);

/** Half a unit in the last of `sig` significant figures of `x`: the most that rounding `x` moves it. */
export function halfUnit(x: number, sig = SIG): number {
  if (x === 0 || !Number.isFinite(x)) return 0;
  const e = Math.floor(Math.log10(Math.abs(x)));
  return sig === SIG ? HALF_UNITS[e - LOWEST_EXPONENT] : halfUnitAt(e, sig);
}

/** `x` rounded to `sig` significant figures, as a learner writes it down. */
export function roundSig(x: number, sig = SIG): number {
  return x === 0 || !Number.isFinite(x) ? x : Number(x.toPrecision(sig));
}

/** A note that rounds every recorded value to `sig` significant figures. */
export function rounding(sig = SIG): Note {
  return (value) => mapValue(value, (x) => roundSig(x, sig));
}

/** The narrowest band there is: the band of an answer no step of which is rounded (an exact 0). */
const FLOOR = 1e-12;

/**
 * The band of each answer value from the exact run (`exact`) and what each nudge did to it
 * (`spread[i]`, the sum of the changes): 1.5 times that, and never below a millionth of the
 * largest value (floating-point noise).
 */
function band(exact: readonly number[], spread: readonly number[]): Tolerance {
  let largest = 0;
  for (const x of exact) largest = Math.max(largest, Math.abs(x));
  const floor = Math.max(1e-6 * largest, FLOOR);
  const atols = spread.map((s) => Math.max(MARGIN * s, floor));
  return { rtol: RTOL, atol: Math.max(...atols), atols };
}

/**
 * The tolerance of an answer computed by `path`, derived from the exercise itself: every
 * intermediate value the path notes is nudged, one at a time, by half a unit in its 4th
 * significant figure, and the changes this makes to each answer value are added up: a
 * first-order bound on what a learner who rounds every step can be off by, times a margin.
 * Value `i` is accepted within `atols[i] + rtol·|expected[i]|`, where `rtol` covers the learner's
 * own rounding of the final answer. Whole-number answers are checked exactly.
 *
 * This runs the path once per noted number; a path written over quantities (`runsTolerance`) runs
 * all of them at once and gives the same band.
 */
export function fairTolerance(path: (note: Note) => AnswerValue, integer = false): Tolerance {
  if (integer) return { rtol: 0, atol: 0 };
  const recorded: number[] = [];
  const exact = flatten(
    path((value) => {
      if (typeof value === 'number') recorded.push(value);
      else for (const x of flatten(value)) recorded.push(x);
      return value;
    }),
  );
  const spread = new Array<number>(exact.length).fill(0);
  for (let k = 0; k < recorded.length; k++) {
    const h = halfUnit(recorded[k]);
    if (h === 0) continue;
    let index = 0;
    const nudged = flatten(
      path((value) => {
        // Only the value that holds number k is copied; every other one passes through as it is.
        const size = sizeOf(value);
        const start = index;
        index += size;
        if (k < start || k >= index) return value;
        let i = start;
        return mapValue(value, (x) => (i++ === k ? x + h : x));
      }),
    );
    for (let i = 0; i < exact.length; i++) {
      const change = Math.abs(nudged[i] - exact[i]);
      if (Number.isFinite(change)) spread[i] += change;
    }
  }
  return band(exact, spread);
}

/**
 * `fairTolerance` of a path written over quantities (`lib/exercises/runs.ts`): the exact run and
 * every nudged run go through the path together, each noted number opening its own run, so the
 * path runs once however many numbers it notes.
 *
 * A path whose answer values do not reach each other (an optimizer's parameters) may be given as
 * several paths, one per group of values, their answers in order: each runs only the nudges that
 * can reach its own values. A nudge changes nothing outside its group, and a change of 0 adds
 * nothing to a spread, so the band is the one pass's.
 */
export function runsTolerance(...paths: ((note: RunsNote) => RValue)[]): Tolerance {
  // The runs are read out here and dropped, so their arrays can serve the next band.
  return reusingRuns(() => {
    const exact: number[] = [];
    const spread: number[] = [];
    for (const path of paths) {
      for (const r of quantities(path(runsNote()))) {
        exact.push(r[0]);
        spread.push(spreadOf(r));
      }
    }
    return band(exact, spread);
  });
}

/** A note that opens a new run for each number it records, numbered from 1. */
function runsNote(): RunsNote {
  let runs = 0;
  const openRun = (r: R) => nudged(r, ++runs);
  return (value) => mapQuantities(value, openRun);
}

/**
 * A noted quantity `r` with run `k` opened: `r`'s runs, then run 0 up to run `k`, which holds run 0
 * nudged by half a unit in its 4th significant figure (`r` itself when that is 0: nothing to nudge).
 */
function nudged(r: R, k: number): R {
  const r0 = r[0];
  const h = halfUnit(r0);
  if (h === 0) return r;
  const out = runsOf(k + 1);
  const n = r.length;
  for (let i = 0; i < n; i++) out[i] = r[i];
  for (let i = n; i < k; i++) out[i] = r0;
  out[k] = r0 + h;
  return out;
}

/** What every nudge did to a quantity: the sum of its runs' changes from run 0, left to right. */
function spreadOf(r: R): number {
  const r0 = r[0];
  let s = 0;
  for (let k = 1; k < r.length; k++) {
    const change = Math.abs(r[k] - r0);
    if (Number.isFinite(change)) s += change;
  }
  return s;
}

/** A path written over quantities, run with plain numbers: each noted value goes through `note`. */
export function runPlain(path: (note: RunsNote) => RValue, note: Note): AnswerValue {
  return exactValue(path((value) => givenValue(note(exactValue(value))) as typeof value));
}

/** The absolute band of value `i` (the per-value band when there is one). */
export function atolAt(tolerance: Tolerance, i: number): number {
  return tolerance.atols?.[i] ?? tolerance.atol;
}

/**
 * Values that are zero up to the rounding of the steps (within half their band of 0, which
 * includes floating-point noise) become exactly 0, so a learner is shown and may type 0.
 */
export function snapToZero<T extends AnswerValue>(value: T, tolerance: Tolerance): T {
  let i = 0;
  return mapValue(value, (x) => (Math.abs(x) <= atolAt(tolerance, i++) / 2 ? 0 : x));
}

/** The widest band of an answer: how far from the exact value an accepted answer may be. */
export function bandWidth(value: AnswerValue, tolerance: Tolerance): number {
  const numbers = flatten(value);
  let widest = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < numbers.length; i++) {
    widest = Math.max(widest, atolAt(tolerance, i) + tolerance.rtol * Math.abs(numbers[i]));
  }
  return widest;
}

/**
 * The answer format followed by how precise the learner must be; an answer whose band is the
 * floor (no step of it is rounded) is said to be exact rather than given a band of ±1e-12.
 */
export function withPrecision(
  format: Localized,
  value: AnswerValue,
  tolerance: Tolerance,
): Localized {
  const widest = bandWidth(value, tolerance);
  if (widest <= FLOOR)
    return {
      ko: `${format.ko}. 반올림할 단계가 없으므로 정확한 값만 정답입니다`,
      en: `${format.en}. No step needs rounding, so only the exact value is accepted`,
    };
  const band = fmt(widest, 2);
  return {
    ko: `${format.ko}. 단계마다 반올림해 생기는 오차를 감안해, 정확한 값과의 차이가 ±${band} 이내이면 정답입니다`,
    en: `${format.en}. Accepted within ±${band} of the exact value, which allows for rounding at each step`,
  };
}

/** Below this fraction of the operands it comes from, a difference is noise (floating point, an ε). */
const NOISE = 1e-6;

/**
 * `x`, or 0 when it is smaller than a millionth of `scale`, the size of the operands it was
 * computed from: a sum that cancels up to floating-point noise or an optimizer's ε is shown,
 * carried on and graded as 0, since no learner rounding to a few figures can tell it from 0.
 */
export function settle(x: number, scale: number): number {
  return Math.abs(x) <= NOISE * Math.abs(scale) ? 0 : x;
}
