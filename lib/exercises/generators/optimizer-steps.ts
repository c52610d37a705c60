// What the optimizer steps share: the scaled step, its TeX, and sums that cancel up to noise.

import { tex, texGiven } from '../format';
import { given, type R, type RunsNote, type RVec, runsOf, scaledQuotient, sqrt } from '../runs';
import { settle } from '../tolerance';
import {
  minus,
  minusRuns,
  type RunsUpdate,
  tp,
  tv,
  type Update,
  type Vec,
} from './optimizer-machine';

/**
 * The step $\frac{\eta\, g}{\sqrt{s} + \epsilon}$ in TeX: with this step's numbers for a single
 * parameter (`numerator` is only written out then).
 */
export function stepTex(lhs: string, numerator: () => string, root: Vec, delta: Vec): string {
  const shown = delta.length === 1 ? `\\frac{${numerator()}}{${tex(root[0])} + \\epsilon} = ` : '';
  return `${lhs} &= ${shown}${tv(delta)}`;
}

/** $a \cdot x + b \cdot y$ elementwise, 0 where the two terms cancel up to noise. */
export const blend = (a: number, x: Vec | null, b: number, y: Vec, z: Vec): Vec =>
  z.map((zi, i) => settle(zi, Math.max(Math.abs(a * (x?.[i] ?? 0)), Math.abs(b * y[i]))));

/** $a x + b g$ in every run, 0 where the two terms cancel up to noise (as `blend`). */
export function blendRuns(a: number, x: R | undefined, b: number, g: number): R {
  const bg = b * g;
  if (x === undefined) return given(bg);
  const n = x.length;
  const out = runsOf(n);
  for (let k = 0; k < n; k++) {
    const ax = a * x[k];
    out[k] = settle(ax + bg, Math.max(Math.abs(ax), Math.abs(bg)));
  }
  return out;
}

/** The step $\frac{\eta\, g}{\sqrt{s} + \epsilon}$ in every run, from the root of each parameter. */
export const stepRuns = (lr: number, grad: Vec, root: RVec, eps: number): RVec =>
  root.map((r, i) => scaledQuotient(lr, given(grad[i]), r, eps));

export const sqrtRuns = (v: RVec): RVec => v.map(sqrt);

/**
 * A step divided by the root of an accumulated square `s` (Adagrad's $G$, RMSProp's $E$), as its
 * solution lines show it: `sLine` (the line of `s` itself), $\sqrt{s}$, the step, and θ.
 */
export function rootScaledStep(
  params: Vec,
  grad: Vec,
  s: Vec,
  step: { lr: number; eps: number; t: number; symbol: string; sLine: () => string },
): Update<Vec> {
  const { lr, eps, t, symbol } = step;
  const root = s.map(Math.sqrt);
  const delta = grad.map((g, i) => (lr * g) / (root[i] + eps));
  return {
    params: minus(params, delta),
    state: s,
    lines: () => [
      step.sLine(),
      `\\sqrt{${symbol}_{${t}}} &= ${tv(root)}`,
      stepTex(
        `\\frac{\\eta\\, g_{${t}}}{\\sqrt{${symbol}_{${t}}} + \\epsilon}`,
        () => `${texGiven(lr)} \\times ${tp(grad)}`,
        root,
        delta,
      ),
    ],
    theta: () => `${tp(params)} - ${tp(delta)}`,
  };
}

/** The same step over quantities: `s` (already noted), then its root and the step, each noted. */
export function rootScaledRuns(
  params: RVec,
  grad: Vec,
  s: RVec,
  lr: number,
  eps: number,
  note: RunsNote,
): RunsUpdate {
  const root = note(sqrtRuns(s));
  const delta = note(stepRuns(lr, grad, root, eps));
  return { params: minusRuns(params, delta), state: [s] };
}
