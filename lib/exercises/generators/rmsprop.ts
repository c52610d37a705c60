// RMSProp: one to three update steps divided by the root of a moving average of squared gradients.

import * as engine from '../engine';
import { texGiven } from '../format';
import { given, givenVec, scaleShift } from '../runs';
import { L } from './common';
import { oncePerInputs } from './once';
import { optimizerGenerator, tv, type Vec, zip } from './optimizer-machine';
import { rootScaledRuns, rootScaledStep } from './optimizer-steps';

const RMSPROP_EPS = 1e-8;

type Hyper = { lr: number; rho: number };

/**
 * $\rho$ and $1 - \rho$ in TeX, written once per exercise's hyperparameters: the prompt and every
 * step's line show them.
 */
const rhoTex = oncePerInputs((h: Hyper) => ({ rho: texGiven(h.rho), rest: texGiven(1 - h.rho) }));

export const rmsprop = optimizerGenerator<
  Hyper,
  Vec,
  'no-sqrt' | 'swapped-rho' | 'sum-not-average'
>({
  id: 'rmsprop',
  title: L('RMSProp', 'RMSProp'),
  rule: '\\begin{aligned} E[g^2]_t &= \\rho\\, E[g^2]_{t-1} + (1 - \\rho)\\, g_t^2 \\\\ \\theta_t &= \\theta_{t-1} - \\frac{\\eta\\, g_t}{\\sqrt{E[g^2]_t} + \\epsilon} \\\\ \\epsilon &= 10^{-8} \\end{aligned}',
  hyperTex: (h) => `\\eta = ${texGiven(h.lr)},\\ \\rho = ${rhoTex(h).rho}`,
  drawHyper: (rng) => ({ lr: rng.pick([0.05, 0.1, 0.2]), rho: rng.pick([0.9, 0.99]) }),
  drawState: (rng) => [rng.decimal(0.1, 2, 2)],
  stateText: (E) =>
    L(
      `제곱 기울기의 이동 평균 $E[g^2]_0 = ${texGiven(E[0])}$`,
      `the running average of squared gradients is $E[g^2]_0 = ${texGiven(E[0])}$`,
    ),
  gradRange: [-3, 3],
  step(params, grad, _E0, h, t, engineStep) {
    const E = engineStep.state;
    const { rho, rest } = rhoTex(h);
    return rootScaledStep(params, grad, E, {
      lr: h.lr,
      eps: RMSPROP_EPS,
      t,
      symbol: 'E[g^2]',
      sLine: () =>
        `E[g^2]_{${t}} &= ${rho}\\, E[g^2]_{${t - 1}} + ${rest}\\, g_{${t}}^2 \\\\ &= ${tv(E)}`,
    });
  },
  runs(params, grad, state, h, _t, note) {
    const E = note(
      grad.map((g, i) => {
        const added = (1 - h.rho) * g * g;
        return state ? scaleShift(state[0][i], h.rho, added) : given(h.rho * 0 + added);
      }),
    );
    return rootScaledRuns(params, grad, E, h.lr, RMSPROP_EPS, note);
  },
  stateRuns: (E) => [givenVec(E)],
  exact(params, grad, E, h) {
    const r = engine.rmspropStep(params, grad, E, { lr: h.lr, rho: h.rho, eps: RMSPROP_EPS });
    return { params: r.params, state: r.meanSquares };
  },
  mistakes: {
    'no-sqrt': {
      name: L('제곱근 누락', 'Forgot the square root'),
      explanation: L(
        '$E[g^2]$이 아니라 $\\sqrt{E[g^2]}$으로 나눕니다.',
        'Divide by $\\sqrt{E[g^2]}$, not $E[g^2]$.',
      ),
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
        'RMSProp은 $g^2$을 계속 더하지 않고 지수 이동 평균을 씁니다.',
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
