// Shared machinery of the optimizer generators: draw a few update steps, run them, explain them.

import { josa } from '@/lib/i18n/particle';
import { given, givenVec, tex, texGiven, texParen, texVec } from '../format';
import { scalarFormat, vectorFormat } from '../messages';
import type { Rng } from '../random';
import {
  given as givenRuns,
  givenVec as givenVecRuns,
  type R,
  type RunsNote,
  type RVec,
  runsOf,
} from '../runs';
import { settle } from '../tolerance';
import type { AnswerValue, DiagnosingGenerator, Level, Localized, SolutionStep } from '../types';
import { defineGenerator, L, type MistakeDef, step } from './common';

export type Vec = number[];

/** One update: the new parameters, the new state, TeX lines that show the state, and the θ rule. */
export interface Update<S> {
  params: Vec;
  state: S;
  /** TeX lines of the state and every intermediate value (only called for the worked solution). */
  lines: () => string[];
  /** TeX of the right-hand side of θ's update with this step's numbers, for a single parameter. */
  theta?: () => string;
}

/** One update over quantities: the new parameters and the state carried to the next step. */
export interface RunsUpdate {
  params: RVec;
  state: RVec[];
}

export interface OptimizerInputs<H, S> {
  params: Vec;
  grads: Vec[];
  hyper: H;
  /** The state before the first step (level 1 gives one; otherwise null, i.e. zeros). */
  state: S | null;
}

export interface OptimizerSpec<H, S, K extends string> {
  id: string;
  title: Localized;
  /** TeX of the update rule (aligned lines). */
  rule: string;
  /** TeX of the hyperparameters, e.g. `\eta = 0.1,\ \mu = 0.9`. */
  hyperTex(h: H): string;
  drawHyper(rng: Rng): H;
  /** The level-1 state before the step (null when the exercise starts from zeros). */
  drawState(rng: Rng): S | null;
  /** How the level-1 state reads in the prompt (ko, en). */
  stateText(s: S): Localized;
  /** Gradient range: adaptive methods get larger gradients so the scaling shows. */
  gradRange: [number, number];
  /**
   * One step as its solution lines show it, every value from the engine: `engineStep` is the
   * engine's step from these `params` and `state` (what `exact` gives for them).
   */
  step(
    params: Vec,
    grad: Vec,
    state: S | null,
    h: H,
    t: number,
    engineStep: { params: Vec; state: S },
  ): Update<S>;
  /**
   * The same step over quantities, as the learner path runs it (`lib/exercises/runs.ts`): the
   * state is the list of vectors the step carries (velocity; sums; moments), and every value the
   * solution lines show goes through `note` in the order `step` shows it.
   */
  runs(params: RVec, grad: Vec, state: RVec[] | null, h: H, t: number, note: RunsNote): RunsUpdate;
  /** The level-1 state as the quantities `runs` carries. */
  stateRuns(s: S): RVec[];
  /** The engine's step, carried exactly from step to step: the expected answer. */
  exact(params: Vec, grad: Vec, state: S | null, h: H): { params: Vec; state: S };
  mistakes: Record<K, MistakeDef>;
  /** Mistaken update rules, each threading its own (any) state. */
  variants: Array<[K, (params: Vec, grad: Vec, state: unknown, h: H, t: number) => [Vec, unknown]]>;
}

/** Elementwise helpers for the mistaken rules (plain arithmetic). */
export const zip = (a: Vec, b: Vec, f: (x: number, y: number) => number): Vec =>
  a.map((x, i) => f(x, b[i]));
export const zeros = (n: number): Vec => Array.from({ length: n }, () => 0);

/** $\theta - \Delta$ elementwise, 0 where the two cancel up to noise. */
export const minus = (params: Vec, delta: Vec): Vec =>
  params.map((x, i) => settle(x - delta[i], Math.max(Math.abs(x), Math.abs(delta[i]))));

/** $\theta - \Delta$ over quantities, 0 where the two cancel up to noise in a run. */
export const minusRuns = (params: RVec, delta: RVec): RVec =>
  params.map((x, i) => settledDifference(x, delta[i]));

/** $a - b$ run by run (as `runs.zip` pairs them), 0 where the two cancel up to noise. */
function settledDifference(a: R, b: R): R {
  const la = a.length;
  const lb = b.length;
  const n = Math.max(la, lb);
  const out = runsOf(n);
  for (let k = 0; k < n; k++) {
    const x = k < la ? a[k] : a[0];
    const y = k < lb ? b[k] : b[0];
    out[k] = settle(x - y, Math.max(Math.abs(x), Math.abs(y)));
  }
  return out;
}

/** A TeX value: a scalar for one parameter, else a vector. */
export function tv(v: Vec): string {
  return v.length === 1 ? tex(v[0]) : texVec(v);
}

/** A single parameter's value in TeX, parenthesized when negative. */
export function tp(v: Vec): string {
  return texParen(v[0]);
}

function gv(v: Vec): string {
  return v.length === 1 ? given(v[0]) : givenVec(v);
}

/** Each level's exercise: how many parameters, updated how many times. */
const SHAPES: Record<Level, { params: number; steps: number }> = {
  1: { params: 1, steps: 1 },
  2: { params: 2, steps: 2 },
  3: { params: 2, steps: 3 },
};

const COUNT_EN = ['', 'one', 'two', 'three'];
const COUNT_KO = ['', '하나', '두 개', '세 개'];
const TIMES_KO = ['', '한', '두', '세'];

/** What each level asks, from its shape: "two parameters, three steps". */
const LEVELS = Object.fromEntries(
  ([1, 2, 3] as const).map((level) => {
    const { params, steps } = SHAPES[level];
    return [
      level,
      L(
        `파라미터 ${COUNT_KO[params]}, ${TIMES_KO[steps]} 번 업데이트`,
        `${COUNT_EN[params]} parameter${params > 1 ? 's' : ''}, ${COUNT_EN[steps]} step${steps > 1 ? 's' : ''}`,
      ),
    ];
  }),
) as Record<Level, Localized>;

/** The object particle after $\theta_T$, the parameters after a level's last step (을 or 를), chosen once. */
const THETA_PARTICLE = Object.fromEntries(
  ([1, 2, 3] as const).map((level) => [level, josa(`\\theta_{${SHAPES[level].steps}}`, '을')]),
) as Record<Level, string>;

/**
 * Whether two values (numbers, null, arrays and records of them) hold the same numbers, each
 * the same double (`Object.is`): a pure step then gives the same result from either.
 */
function sameNumbers(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' || typeof b === 'number') return Object.is(a, b);
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameNumbers(a[i], b[i])) return false;
    return true;
  }
  const keys = Object.keys(a);
  if (Array.isArray(b) || keys.length !== Object.keys(b).length) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return keys.every((k) => k in y && sameNumbers(x[k], y[k]));
}

/**
 * The careful learner's θ after every step of `spec` over quantities, from `params` and `state`
 * (as quantities), each step's values noted as its solution lines show them.
 */
function runSteps<H, S, K extends string>(
  spec: OptimizerSpec<H, S, K>,
  start: RVec,
  grads: Vec[],
  state: RVec[] | null,
  hyper: H,
  note: RunsNote,
): RVec {
  let params = start;
  let carried = state;
  grads.forEach((g, i) => {
    const u = spec.runs(params, g, carried, hyper, i + 1, note);
    // θ is written down and carried into the next step; the last one is the answer.
    params = i + 1 < grads.length ? note(u.params) : u.params;
    carried = u.state;
  });
  return params;
}

export function optimizerGenerator<H, S, K extends string>(
  spec: OptimizerSpec<H, S, K>,
): DiagnosingGenerator {
  return defineGenerator<OptimizerInputs<H, S>, K>({
    id: spec.id,
    topic: 'optimization',
    title: spec.title,
    levels: LEVELS,
    mistakes: spec.mistakes,
    draw(rng, level) {
      const { params: n, steps } = SHAPES[level];
      const hyper = spec.drawHyper(rng);
      const params = rng.decimals(n, -2, 2, 1);
      const [lo, hi] = spec.gradRange;
      const grads = rng.many(steps, () => rng.many(n, () => rng.away(lo, hi, 1, 0.1)));
      return { params, grads, hyper, state: level === 1 ? spec.drawState(rng) : null };
    },
    build(inp, level) {
      const solution: SolutionStep[] = [step('업데이트 규칙', 'Update rule', spec.rule)];
      // Each gradient as given, written out once for the step titles and the prompt.
      const grads = inp.grads.map(gv);
      let params = inp.params;
      let state = inp.state;
      let exact: { params: Vec; state: S | null } = { params, state };
      inp.grads.forEach((g, i) => {
        const t = i + 1;
        const engineStep = spec.exact(params, g, state, inp.hyper);
        const u = spec.step(params, g, state, inp.hyper, t, engineStep);
        // While the shown values are the exact ones (no value settled to 0), the engine's step is exact.
        exact =
          sameNumbers(exact.params, params) && sameNumbers(exact.state, state)
            ? engineStep
            : spec.exact(exact.params, g, exact.state, inp.hyper);
        const theta = params.length === 1 && u.theta ? `${u.theta()} = ` : '';
        solution.push(
          step(
            `${t}번째 스텝 ($g_{${t}} = ${grads[i]}$)`,
            `Step ${t} ($g_{${t}} = ${grads[i]}$)`,
            `\\begin{aligned}${[...u.lines(), `\\theta_{${t}} &= ${theta}${tv(u.params)}`].join(' \\\\ ')}\\end{aligned}`,
          ),
        );
        params = u.params;
        state = u.state;
      });
      const value: AnswerValue = level === 1 ? exact.params[0] : exact.params;
      const T = inp.grads.length;
      const h = spec.hyperTex(inp.hyper);
      // Adagrad has one hyperparameter in the prompt, the learning rate: "the hyperparameters are" would not agree.
      const hyperEn = h.includes(',')
        ? `the hyperparameters are $${h}$`
        : `the learning rate is $${h}$`;
      const gradsText = grads.map((g, i) => `$g_{${i + 1}} = ${g}$`).join(', ');
      // The given numbers, written out once for both languages.
      const theta0 = level === 1 ? texGiven(inp.params[0]) : givenVec(inp.params);
      const stateText = inp.state ? spec.stateText(inp.state) : null;
      const prompt =
        level === 1
          ? L(
              `파라미터 $\\theta_0 = ${theta0}$, 기울기 ${gradsText}, ${stateText ? `${stateText.ko}, ` : '상태는 0에서 시작, '}하이퍼파라미터 $${h}$입니다. 다음 규칙으로 한 번 업데이트한 뒤의 $\\theta_1$을 구하세요.\n\n$$${spec.rule}$$`,
              `A parameter $\\theta_0 = ${theta0}$ has gradient ${gradsText}; ${stateText ? stateText.en : 'the state starts at zero'}; ${hyperEn}. Compute $\\theta_1$ after one update with\n\n$$${spec.rule}$$`,
            )
          : L(
              `파라미터 $\\theta_0 = ${theta0}$에서 상태를 0으로 두고 시작합니다. 각 스텝의 기울기는 ${gradsText}이고, 하이퍼파라미터는 $${h}$입니다. 다음 규칙으로 ${T}번 업데이트한 뒤의 $\\theta_{${T}}$${THETA_PARTICLE[level]} 구하세요.\n\n$$${spec.rule}$$`,
              `Parameters start at $\\theta_0 = ${theta0}$ with zero state. The gradients are ${gradsText}, and ${hyperEn}. Compute $\\theta_{${T}}$ after ${T} updates with\n\n$$${spec.rule}$$`,
            );
      return {
        value,
        prompt,
        solution,
        format:
          level === 1
            ? scalarFormat(L('$\\theta_1$', '$\\theta_1$'))
            : vectorFormat(params.length, L(`$\\theta_{${T}}$`, `$\\theta_{${T}}$`)),
      };
    },
    runs(inp, level, note) {
      const state = inp.state === null ? null : spec.stateRuns(inp.state);
      const params = runSteps(spec, givenVecRuns(inp.params), inp.grads, state, inp.hyper, note);
      return level === 1 ? params[0] : params;
    },
    groups(inp) {
      // Every step works parameter by parameter: each one is a group of its own.
      const state = inp.state === null ? null : spec.stateRuns(inp.state);
      return inp.params.map((p, j) => (note: RunsNote) => {
        const grads = inp.grads.map((g) => [g[j]]);
        const own = state === null ? null : state.map((v) => [v[j]]);
        return runSteps(spec, [givenRuns(p)], grads, own, inp.hyper, note);
      });
    },
    wrong(inp, level) {
      return spec.variants.map(([id, rule]) => {
        let params = inp.params;
        let state: unknown = inp.state;
        inp.grads.forEach((g, i) => {
          [params, state] = rule(params, g, state, inp.hyper, i + 1);
        });
        return [id, level === 1 ? params[0] : params];
      });
    },
  });
}
