// Adam: one to three update steps with both moments and their bias correction, with its usual slips.

import * as engine from '../engine';
import { texGiven } from '../format';
import { divideBy, given, scaledQuotient, scaleShift } from '../runs';
import { L } from './common';
import { minus, minusRuns, optimizerGenerator, tp, tv, type Vec, zip } from './optimizer-machine';
import { blend, blendRuns, sqrtRuns, stepTex } from './optimizer-steps';

const ADAM_EPS = 1e-8;
const none = L('', '');

type AdamState = { m: Vec; v: Vec; t: number };

/** Adam's moments threaded by hand for the mistaken rules. */
function moments(s: unknown, g: Vec): AdamState {
  const prev = (s as AdamState | null) ?? { m: g.map(() => 0), v: g.map(() => 0), t: 0 };
  return {
    m: zip(prev.m, g, (mi, gi) => 0.9 * mi + 0.1 * gi),
    v: zip(prev.v, g, (vi, gi) => 0.999 * vi + 0.001 * gi * gi),
    t: prev.t + 1,
  };
}

export const adam = optimizerGenerator<
  { lr: number },
  AdamState,
  'no-bias-correction' | 'no-sqrt' | 'no-second-moment'
>({
  id: 'adam',
  title: L('Adam', 'Adam'),
  // One column, a line per quantity: on a phone two columns run past the screen's edge.
  rule: '\\begin{aligned} m_t &= \\beta_1 m_{t-1} + (1 - \\beta_1)\\, g_t \\\\ v_t &= \\beta_2 v_{t-1} + (1 - \\beta_2)\\, g_t^2 \\\\ \\hat m_t &= \\frac{m_t}{1 - \\beta_1^t} \\\\ \\hat v_t &= \\frac{v_t}{1 - \\beta_2^t} \\\\ \\theta_t &= \\theta_{t-1} - \\frac{\\eta\\, \\hat m_t}{\\sqrt{\\hat v_t} + \\epsilon} \\end{aligned}',
  hyperTex: (h) =>
    `\\eta = ${texGiven(h.lr)},\\ \\beta_1 = 0.9,\\ \\beta_2 = 0.999,\\ \\epsilon = 10^{-8}`,
  drawHyper: (rng) => ({ lr: rng.pick([0.05, 0.1, 0.2]) }),
  drawState: () => null,
  stateText: () => none,
  gradRange: [-3, 3],
  step(params, grad, state, h, t, r) {
    const m = blend(0.9, state?.m ?? null, 0.1, grad, r.state.m);
    const v = r.state.v;
    const moments: AdamState = { m, v, t: r.state.t };
    const corrected = engine.adamBiasCorrection(moments, h);
    const mHat = corrected.mHat;
    const vHat = corrected.vHat;
    const root = vHat.map(Math.sqrt);
    const delta = mHat.map((mi, i) => (h.lr * mi) / (root[i] + ADAM_EPS));
    return {
      params: minus(params, delta),
      state: moments,
      lines: () => [
        `m_{${t}} &= ${tv(m)}`,
        `v_{${t}} &= ${tv(v)}`,
        `\\hat m_{${t}} &= ${tv(mHat)}`,
        `\\hat v_{${t}} &= ${tv(vHat)}`,
        `\\sqrt{\\hat v_{${t}}} &= ${tv(root)}`,
        stepTex(
          `\\frac{\\eta\\, \\hat m_{${t}}}{\\sqrt{\\hat v_{${t}}} + \\epsilon}`,
          () => `${texGiven(h.lr)} \\times ${tp(mHat)}`,
          root,
          delta,
        ),
      ],
      theta: () => `${tp(params)} - ${tp(delta)}`,
    };
  },
  runs(params, grad, state, h, t, note) {
    const m = note(grad.map((g, i) => blendRuns(0.9, state?.[0][i], 1 - 0.9, g)));
    const v = note(
      grad.map((g, i) => {
        const added = (1 - 0.999) * g * g;
        return state ? scaleShift(state[1][i], 0.999, added) : given(0.999 * 0 + added);
      }),
    );
    const c1 = 1 - 0.9 ** t;
    const c2 = 1 - 0.999 ** t;
    const mHat = note(m.map((r) => divideBy(r, c1)));
    const vHat = note(v.map((r) => divideBy(r, c2)));
    const root = note(sqrtRuns(vHat));
    const delta = note(mHat.map((r, i) => scaledQuotient(h.lr, r, root[i], ADAM_EPS)));
    return { params: minusRuns(params, delta), state: [m, v] };
  },
  stateRuns: () => [],
  exact: (params, grad, state, h) =>
    engine.adamStep(params, grad, state, { lr: h.lr, eps: ADAM_EPS }),
  mistakes: {
    'no-bias-correction': {
      name: L('편향 보정 누락', 'No bias correction'),
      explanation: L(
        '$m, v$는 0에서 시작해 초반에 작게 치우칩니다. $\\hat m = m/(1 - \\beta_1^t)$, $\\hat v = v/(1 - \\beta_2^t)$로 보정하세요.',
        '$m$ and $v$ start at zero and are biased low early on; correct them: $\\hat m = m/(1 - \\beta_1^t)$, $\\hat v = v/(1 - \\beta_2^t)$.',
      ),
    },
    'no-sqrt': {
      name: L('제곱근 누락', 'Forgot the square root'),
      explanation: L(
        '$\\hat v$가 아니라 $\\sqrt{\\hat v}$로 나눕니다.',
        'Divide by $\\sqrt{\\hat v}$, not $\\hat v$.',
      ),
    },
    'no-second-moment': {
      name: L('2차 모멘트로 나누지 않음', 'Did not divide by the second moment'),
      explanation: L(
        '$\\eta \\hat m$만 빼면 모멘텀과 같습니다. Adam은 $\\sqrt{\\hat v} + \\epsilon$으로 나눕니다.',
        'Subtracting only $\\eta \\hat m$ is momentum; Adam divides by $\\sqrt{\\hat v} + \\epsilon$.',
      ),
    },
  },
  variants: [
    [
      'no-bias-correction',
      (p, g, s, h) => {
        const st = moments(s, g);
        return [p.map((x, i) => x - (h.lr * st.m[i]) / (Math.sqrt(st.v[i]) + 1e-8)), st];
      },
    ],
    [
      'no-sqrt',
      (p, g, s, h) => {
        const st = moments(s, g);
        const c1 = 1 - 0.9 ** st.t;
        const c2 = 1 - 0.999 ** st.t;
        return [p.map((x, i) => x - (h.lr * (st.m[i] / c1)) / (st.v[i] / c2 + 1e-8)), st];
      },
    ],
    [
      'no-second-moment',
      (p, g, s, h) => {
        const st = moments(s, g);
        return [p.map((x, i) => x - (h.lr * st.m[i]) / (1 - 0.9 ** st.t)), st];
      },
    ],
  ],
});
