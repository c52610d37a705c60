// Momentum, Adagrad, RMSProp and Adam: one to three update steps each, with their usual slips.

import * as engine from '../engine';
import { tex, texGiven } from '../format';
import { given, givenVec, map, type R, type RVec, scale, shift, zip as zipRuns } from '../runs';
import { settle } from '../tolerance';
import { L } from './common';
import { minus, minusRuns, optimizerGenerator, tp, tv, type Vec, zip } from './optimizer-machine';

/** The step $\frac{\eta\, g}{\sqrt{s} + \epsilon}$ in TeX: with this step's numbers for a single parameter. */
function stepTex(lhs: string, numerator: string, root: Vec, delta: Vec): string {
  const shown = delta.length === 1 ? `\\frac{${numerator}}{${tex(root[0])} + \\epsilon} = ` : '';
  return `${lhs} &= ${shown}${tv(delta)}`;
}

/** $a \cdot x + b \cdot y$ elementwise, 0 where the two terms cancel up to noise. */
const blend = (a: number, x: Vec | null, b: number, y: Vec, z: Vec): Vec =>
  z.map((zi, i) => settle(zi, Math.max(Math.abs(a * (x?.[i] ?? 0)), Math.abs(b * y[i]))));

/** $a x + b g$ in every run, 0 where the two terms cancel up to noise (as `blend`). */
const blendRuns = (a: number, x: R | undefined, b: number, g: number): R =>
  x === undefined
    ? given(b * g)
    : map(x, (xi) => settle(a * xi + b * g, Math.max(Math.abs(a * xi), Math.abs(b * g))));

/** The step $\frac{\eta\, g}{\sqrt{s} + \epsilon}$ in every run, from the root of each parameter. */
const stepRuns = (lr: number, grad: Vec, root: RVec, eps: number): RVec =>
  root.map((r, i) => map(r, (x) => (lr * grad[i]) / (x + eps)));

const sqrtRuns = (v: RVec): RVec => v.map((r) => map(r, Math.sqrt));

const none = L('', '');
const ADAGRAD_EPS = 1e-10;
const RMSPROP_EPS = 1e-8;
const ADAM_EPS = 1e-8;

export const momentum = optimizerGenerator<
  { lr: number; momentum: number },
  Vec,
  'sign-flipped' | 'ema-form' | 'no-momentum'
>({
  id: 'momentum',
  title: L('모멘텀', 'Momentum'),
  rule: '\\begin{aligned} v_t &= \\mu\\, v_{t-1} + g_t \\\\ \\theta_t &= \\theta_{t-1} - \\eta\\, v_t \\end{aligned}',
  hyperTex: (h) => `\\eta = ${texGiven(h.lr)},\\ \\mu = ${texGiven(h.momentum)}`,
  drawHyper: (rng) => ({ lr: rng.pick([0.05, 0.1, 0.2]), momentum: rng.pick([0.5, 0.8, 0.9]) }),
  drawState: (rng) => [rng.away(-2, 2, 1, 0.1)],
  stateText: (v) =>
    L(`이전 속도 $v_0 = ${texGiven(v[0])}$`, `the previous velocity is $v_0 = ${texGiven(v[0])}$`),
  gradRange: [-2, 2],
  step(params, grad, velocity, h, t) {
    const raw = engine.momentumStep(params, grad, velocity, h).velocity;
    const v = blend(h.momentum, velocity, 1, grad, raw);
    return {
      params: minus(
        params,
        v.map((vi) => h.lr * vi),
      ),
      state: v,
      lines: () => [`v_{${t}} &= ${texGiven(h.momentum)}\\, v_{${t - 1}} + g_{${t}} = ${tv(v)}`],
      theta: () => `${tp(params)} - ${texGiven(h.lr)} \\times ${tp(v)}`,
    };
  },
  runs(params, grad, state, h, _t, note) {
    const v = note(grad.map((g, i) => blendRuns(h.momentum, state?.[0][i], 1, g)));
    return {
      params: minusRuns(
        params,
        v.map((vi) => scale(vi, h.lr)),
      ),
      state: [v],
    };
  },
  stateRuns: (v) => [givenVec(v)],
  exact(params, grad, velocity, h) {
    const r = engine.momentumStep(params, grad, velocity, h);
    return { params: r.params, state: r.velocity };
  },
  mistakes: {
    'sign-flipped': {
      name: L('부호가 뒤집힘', 'Sign flipped'),
      explanation: L(
        '속도 방향으로 더했습니다. 손실을 줄이려면 $\\theta \\leftarrow \\theta - \\eta v$로 빼야 합니다.',
        'You added the velocity; to lower the loss, subtract it: $\\theta \\leftarrow \\theta - \\eta v$.',
      ),
    },
    'ema-form': {
      name: L('지수 이동 평균 형태로 계산', 'Used the averaged form'),
      explanation: L(
        '$v \\leftarrow \\mu v + (1 - \\mu) g$는 다른 형태입니다. 이 문제(PyTorch)는 $v \\leftarrow \\mu v + g$를 씁니다.',
        '$v \\leftarrow \\mu v + (1 - \\mu) g$ is another convention; this exercise (PyTorch) uses $v \\leftarrow \\mu v + g$.',
      ),
    },
    'no-momentum': {
      name: L('속도를 무시함', 'Ignored the velocity'),
      explanation: L(
        '현재 기울기만 써서 일반 경사 하강법이 되었습니다. 이전 속도 $\\mu v$를 더하세요.',
        'Using only the current gradient is plain gradient descent; add the previous velocity $\\mu v$.',
      ),
    },
  },
  variants: [
    [
      'sign-flipped',
      (p, g, s, h) => {
        const v = zip((s as Vec | null) ?? g.map(() => 0), g, (vi, gi) => h.momentum * vi + gi);
        return [zip(p, v, (x, vi) => x + h.lr * vi), v];
      },
    ],
    [
      'ema-form',
      (p, g, s, h) => {
        const r = engine.emaMomentumStep(p, g, s as Vec | null, { lr: h.lr, beta: h.momentum });
        return [r.params, r.velocity];
      },
    ],
    ['no-momentum', (p, g, s, h) => [engine.sgdStep(p, g, { lr: h.lr }), s]],
  ],
});

export const adagrad = optimizerGenerator<{ lr: number }, Vec, 'no-sqrt' | 'no-accumulation'>({
  id: 'adagrad',
  title: L('Adagrad', 'Adagrad'),
  rule: '\\begin{aligned} G_t &= G_{t-1} + g_t^2 \\\\ \\theta_t &= \\theta_{t-1} - \\frac{\\eta\\, g_t}{\\sqrt{G_t} + \\epsilon},\\quad \\epsilon = 10^{-10} \\end{aligned}',
  hyperTex: (h) => `\\eta = ${texGiven(h.lr)}`,
  drawHyper: (rng) => ({ lr: rng.pick([0.1, 0.2, 0.5]) }),
  drawState: (rng) => [rng.decimal(0.5, 4, 2)],
  stateText: (G) =>
    L(
      `누적 제곱합 $G_0 = ${texGiven(G[0])}$`,
      `the accumulated sum of squares is $G_0 = ${texGiven(G[0])}$`,
    ),
  gradRange: [-3, 3],
  step(params, grad, G0, h, t) {
    const G = engine.adagradStep(params, grad, G0, { ...h, eps: ADAGRAD_EPS }).sumSquares;
    const root = G.map(Math.sqrt);
    const delta = grad.map((g, i) => (h.lr * g) / (root[i] + ADAGRAD_EPS));
    return {
      params: minus(params, delta),
      state: G,
      lines: () => [
        `G_{${t}} &= G_{${t - 1}} + g_{${t}}^2 = ${tv(G)}`,
        `\\sqrt{G_{${t}}} &= ${tv(root)}`,
        stepTex(
          `\\frac{\\eta\\, g_{${t}}}{\\sqrt{G_{${t}}} + \\epsilon}`,
          `${texGiven(h.lr)} \\times ${tp(grad)}`,
          root,
          delta,
        ),
      ],
      theta: () => `${tp(params)} - ${tp(delta)}`,
    };
  },
  runs(params, grad, state, h, _t, note) {
    const G = note(grad.map((g, i) => (state ? shift(state[0][i], g * g) : given(0 + g * g))));
    const root = note(sqrtRuns(G));
    const delta = note(stepRuns(h.lr, grad, root, ADAGRAD_EPS));
    return { params: minusRuns(params, delta), state: [G] };
  },
  stateRuns: (G) => [givenVec(G)],
  exact(params, grad, G, h) {
    const r = engine.adagradStep(params, grad, G, { ...h, eps: ADAGRAD_EPS });
    return { params: r.params, state: r.sumSquares };
  },
  mistakes: {
    'no-sqrt': {
      name: L('제곱근 누락', 'Forgot the square root'),
      explanation: L(
        '$G$가 아니라 $\\sqrt{G}$로 나누어야 기울기와 같은 단위가 됩니다.',
        'Divide by $\\sqrt{G}$, not $G$, so the step has the units of the gradient.',
      ),
    },
    'no-accumulation': {
      name: L('누적하지 않음', 'Did not accumulate'),
      explanation: L(
        'Adagrad는 지금까지의 모든 $g^2$를 더한 $G$를 씁니다. 현재 $g^2$만 쓰면 안 됩니다.',
        'Adagrad divides by the running sum of all squared gradients, not just the current $g^2$.',
      ),
    },
  },
  variants: [
    [
      'no-sqrt',
      (p, g, s, h) => {
        const G = zip((s as Vec | null) ?? g.map(() => 0), g, (Gi, gi) => Gi + gi * gi);
        return [p.map((x, i) => x - (h.lr * g[i]) / (G[i] + 1e-10)), G];
      },
    ],
    ['no-accumulation', (p, g, s, h) => [engine.adagradStep(p, g, null, h).params, s]],
  ],
});

export const rmsprop = optimizerGenerator<
  { lr: number; rho: number },
  Vec,
  'no-sqrt' | 'swapped-rho' | 'sum-not-average'
>({
  id: 'rmsprop',
  title: L('RMSProp', 'RMSProp'),
  rule: '\\begin{aligned} E_t &= \\rho\\, E_{t-1} + (1 - \\rho)\\, g_t^2 \\\\ \\theta_t &= \\theta_{t-1} - \\frac{\\eta\\, g_t}{\\sqrt{E_t} + \\epsilon},\\quad \\epsilon = 10^{-8} \\end{aligned}',
  hyperTex: (h) => `\\eta = ${texGiven(h.lr)},\\ \\rho = ${texGiven(h.rho)}`,
  drawHyper: (rng) => ({ lr: rng.pick([0.05, 0.1, 0.2]), rho: rng.pick([0.9, 0.99]) }),
  drawState: (rng) => [rng.decimal(0.1, 2, 2)],
  stateText: (E) =>
    L(
      `제곱 기울기의 이동평균 $E_0 = ${texGiven(E[0])}$`,
      `the running average of squared gradients is $E_0 = ${texGiven(E[0])}$`,
    ),
  gradRange: [-3, 3],
  step(params, grad, E0, h, t) {
    const E = engine.rmspropStep(params, grad, E0, { ...h, eps: RMSPROP_EPS }).meanSquares;
    const root = E.map(Math.sqrt);
    const delta = grad.map((g, i) => (h.lr * g) / (root[i] + RMSPROP_EPS));
    return {
      params: minus(params, delta),
      state: E,
      lines: () => [
        `E_{${t}} &= ${texGiven(h.rho)}\\, E_{${t - 1}} + ${texGiven(1 - h.rho)}\\, g_{${t}}^2 = ${tv(E)}`,
        `\\sqrt{E_{${t}}} &= ${tv(root)}`,
        stepTex(
          `\\frac{\\eta\\, g_{${t}}}{\\sqrt{E_{${t}}} + \\epsilon}`,
          `${texGiven(h.lr)} \\times ${tp(grad)}`,
          root,
          delta,
        ),
      ],
      theta: () => `${tp(params)} - ${tp(delta)}`,
    };
  },
  runs(params, grad, state, h, _t, note) {
    const E = note(
      grad.map((g, i) => {
        const added = (1 - h.rho) * g * g;
        return state ? map(state[0][i], (e) => h.rho * e + added) : given(h.rho * 0 + added);
      }),
    );
    const root = note(sqrtRuns(E));
    const delta = note(stepRuns(h.lr, grad, root, RMSPROP_EPS));
    return { params: minusRuns(params, delta), state: [E] };
  },
  stateRuns: (E) => [givenVec(E)],
  exact(params, grad, E, h) {
    const r = engine.rmspropStep(params, grad, E, { ...h, eps: RMSPROP_EPS });
    return { params: r.params, state: r.meanSquares };
  },
  mistakes: {
    'no-sqrt': {
      name: L('제곱근 누락', 'Forgot the square root'),
      explanation: L('$E$가 아니라 $\\sqrt{E}$로 나눕니다.', 'Divide by $\\sqrt{E}$, not $E$.'),
    },
    'swapped-rho': {
      name: L('ρ와 1 − ρ를 바꿈', 'Swapped ρ and 1 − ρ'),
      explanation: L(
        '이전 평균에 $\\rho$를, 새 $g^2$에 $1 - \\rho$를 곱합니다.',
        'The old average gets $\\rho$, the new $g^2$ gets $1 - \\rho$.',
      ),
    },
    'sum-not-average': {
      name: L('Adagrad처럼 합산', 'Summed like Adagrad'),
      explanation: L(
        'RMSProp은 $g^2$를 계속 더하지 않고 지수 이동 평균을 씁니다.',
        'RMSProp keeps an exponential moving average of $g^2$, not a running sum.',
      ),
    },
  },
  variants: [
    [
      'no-sqrt',
      (p, g, s, h) => {
        const E = zip(
          (s as Vec | null) ?? g.map(() => 0),
          g,
          (Ei, gi) => h.rho * Ei + (1 - h.rho) * gi * gi,
        );
        return [p.map((x, i) => x - (h.lr * g[i]) / (E[i] + 1e-8)), E];
      },
    ],
    [
      'swapped-rho',
      (p, g, s, h) => {
        const r = engine.rmspropStep(p, g, s as Vec | null, { lr: h.lr, rho: 1 - h.rho });
        return [r.params, r.meanSquares];
      },
    ],
    [
      'sum-not-average',
      (p, g, s, h) => {
        const r = engine.adagradStep(p, g, s as Vec | null, { lr: h.lr, eps: 1e-8 });
        return [r.params, r.sumSquares];
      },
    ],
  ],
});

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
  rule: '\\begin{aligned} m_t &= \\beta_1 m_{t-1} + (1 - \\beta_1)\\, g_t, & v_t &= \\beta_2 v_{t-1} + (1 - \\beta_2)\\, g_t^2 \\\\ \\hat m_t &= \\frac{m_t}{1 - \\beta_1^t}, & \\hat v_t &= \\frac{v_t}{1 - \\beta_2^t} \\\\ \\theta_t &= \\theta_{t-1} - \\frac{\\eta\\, \\hat m_t}{\\sqrt{\\hat v_t} + \\epsilon} \\end{aligned}',
  hyperTex: (h) =>
    `\\eta = ${texGiven(h.lr)},\\ \\beta_1 = 0.9,\\ \\beta_2 = 0.999,\\ \\epsilon = 10^{-8}`,
  drawHyper: (rng) => ({ lr: rng.pick([0.05, 0.1, 0.2]) }),
  drawState: () => null,
  stateText: () => none,
  gradRange: [-3, 3],
  step(params, grad, state, h, t) {
    const r = engine.adamStep(params, grad, state, { ...h, eps: ADAM_EPS });
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
        `m_{${t}} &= ${tv(m)}, & v_{${t}} &= ${tv(v)}`,
        `\\hat m_{${t}} &= ${tv(mHat)}, & \\hat v_{${t}} &= ${tv(vHat)}`,
        `\\sqrt{\\hat v_{${t}}} &= ${tv(root)}, & ${stepTex(
          `\\frac{\\eta\\, \\hat m_{${t}}}{\\sqrt{\\hat v_{${t}}} + \\epsilon}`,
          `${texGiven(h.lr)} \\times ${tp(mHat)}`,
          root,
          delta,
        )}`,
      ],
      theta: () => `${tp(params)} - ${tp(delta)}`,
    };
  },
  runs(params, grad, state, h, t, note) {
    const m = note(grad.map((g, i) => blendRuns(0.9, state?.[0][i], 1 - 0.9, g)));
    const v = note(
      grad.map((g, i) => {
        const added = (1 - 0.999) * g * g;
        return state ? map(state[1][i], (vi) => 0.999 * vi + added) : given(0.999 * 0 + added);
      }),
    );
    const c1 = 1 - 0.9 ** t;
    const c2 = 1 - 0.999 ** t;
    const mHat = note(m.map((r) => map(r, (x) => x / c1)));
    const vHat = note(v.map((r) => map(r, (x) => x / c2)));
    const root = note(sqrtRuns(vHat));
    const delta = note(
      mHat.map((r, i) => zipRuns(r, root[i], (mh, ro) => (h.lr * mh) / (ro + ADAM_EPS))),
    );
    return { params: minusRuns(params, delta), state: [m, v] };
  },
  stateRuns: () => [],
  exact: (params, grad, state, h) => engine.adamStep(params, grad, state, { ...h, eps: ADAM_EPS }),
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
        '$\\eta \\hat m$만 빼면 모멘텀과 같습니다. Adam은 $\\sqrt{\\hat v} + \\epsilon$로 나눕니다.',
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
