// Momentum: one to three update steps of $v \leftarrow \mu v + g$, with its usual slips.

import * as engine from '../engine';
import { texGiven } from '../format';
import { givenVec, scale } from '../runs';
import { L } from './common';
import { minus, minusRuns, optimizerGenerator, tp, tv, type Vec, zip } from './optimizer-machine';
import { blend, blendRuns } from './optimizer-steps';

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
  step(params, grad, velocity, h, t, engineStep) {
    const raw = engineStep.state;
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
