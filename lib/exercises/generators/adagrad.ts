// Adagrad: one to three update steps divided by the root of the summed squared gradients.

import * as engine from '../engine';
import { texGiven } from '../format';
import { given, givenVec, shift } from '../runs';
import { L } from './common';
import { optimizerGenerator, tv, type Vec, zip } from './optimizer-machine';
import { rootScaledRuns, rootScaledStep } from './optimizer-steps';

const ADAGRAD_EPS = 1e-10;

export const adagrad = optimizerGenerator<{ lr: number }, Vec, 'no-sqrt' | 'no-accumulation'>({
  id: 'adagrad',
  title: L('Adagrad', 'Adagrad'),
  rule: '\\begin{aligned} G_t &= G_{t-1} + g_t^2 \\\\ \\theta_t &= \\theta_{t-1} - \\frac{\\eta\\, g_t}{\\sqrt{G_t} + \\epsilon} \\\\ \\epsilon &= 10^{-10} \\end{aligned}',
  hyperTex: (h) => `\\eta = ${texGiven(h.lr)}`,
  drawHyper: (rng) => ({ lr: rng.pick([0.1, 0.2, 0.5]) }),
  drawState: (rng) => [rng.decimal(0.5, 4, 2)],
  stateText: (G) =>
    L(
      `누적 제곱합 $G_0 = ${texGiven(G[0])}$`,
      `the accumulated sum of squares is $G_0 = ${texGiven(G[0])}$`,
    ),
  gradRange: [-3, 3],
  step(params, grad, _G0, h, t, engineStep) {
    const G = engineStep.state;
    return rootScaledStep(params, grad, G, {
      lr: h.lr,
      eps: ADAGRAD_EPS,
      t,
      symbol: 'G',
      sLine: () => `G_{${t}} &= G_{${t - 1}} + g_{${t}}^2 \\\\ &= ${tv(G)}`,
    });
  },
  runs(params, grad, state, h, _t, note) {
    const G = note(grad.map((g, i) => (state ? shift(state[0][i], g * g) : given(0 + g * g))));
    return rootScaledRuns(params, grad, G, h.lr, ADAGRAD_EPS, note);
  },
  stateRuns: (G) => [givenVec(G)],
  exact(params, grad, G, h) {
    const r = engine.adagradStep(params, grad, G, { lr: h.lr, eps: ADAGRAD_EPS });
    return { params: r.params, state: r.sumSquares };
  },
  mistakes: {
    'no-sqrt': {
      name: L('제곱근 누락', 'Forgot the square root'),
      explanation: L(
        '$\\sqrt{G}$가 기울기와 단위가 같으므로 $G$가 아니라 $\\sqrt{G}$로 나누어야 합니다.',
        'Divide by $\\sqrt{G}$, not $G$, so the step has the units of the gradient.',
      ),
    },
    'no-accumulation': {
      name: L('누적하지 않음', 'Did not accumulate'),
      explanation: L(
        'Adagrad는 지금까지의 모든 $g^2$을 더한 $G$를 씁니다. 현재 $g^2$만 쓰면 안 됩니다.',
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
