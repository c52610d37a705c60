// The Korean descriptions of the figures and charts, for readers who cannot see them.
import type * as english from '../en/figures';
import { withParticle } from '../particle';

export const figures: typeof english.figures = {
  activationTrend: {
    sigmoid:
      '함수는 0 근처에서 1 근처까지 S자로 올라가고, 미분은 x = 0에서 가장 높고 양쪽으로 갈수록 0에 가까워지는 언덕 모양입니다.',
    tanh: '함수는 −1 근처에서 1 근처까지 S자로 올라가고, 미분은 x = 0에서 가장 높고 양쪽으로 갈수록 0에 가까워지는 언덕 모양입니다.',
    relu: '함수는 음수 x에서 0이고 양수 x에서 직선 y = x입니다. 미분은 왼쪽의 0에서 오른쪽의 1로 올라가는 계단입니다.',
    'leaky-relu':
      '함수는 음수 x에서 기울기 0.1로 완만하게 오르고 양수 x에서 직선 y = x를 따릅니다. 미분은 왼쪽의 0.1에서 오른쪽의 1로 올라가는 계단입니다.',
  },
  curveLines: '실선은 함수, 점선은 미분이며 x는 −5부터 5까지입니다.',
  curvePoint: (x, value, slope) => `x = ${x}에서 함수는 ${value}, 미분은 ${slope}`,
  curveNumbers: (points) => `수치로는 ${points.join('; ')}입니다.`,
  optimizers: {
    sgd: '경사 하강법',
    momentum: '모멘텀',
    adagrad: 'Adagrad',
    rmsprop: 'RMSProp',
    adam: 'Adam',
  },
  optimizerSurface: (steps) => `(f(x, y) = 0.1x² + 2y², ${steps} 스텝)`,
  optimizerIntro: (steps, start) =>
    `각 옵티마이저는 ${start}에서 출발해 점으로 표시된 최솟값 (0, 0)을 향해 ${steps}번 이동합니다. 손실이 클수록 곡면이 진하게 칠해져 있습니다.`,
  optimizerOrder: '최솟값에 가까운 순서:',
  optimizerPath: (label, end, loss, crossings) =>
    `${withParticle(label, '은')} ${end}에서 손실 ${withParticle(loss, '으로')} 끝나며, ${
      crossings === 0
        ? '골짜기 바닥(y = 0)을 한 번도 건너지 않습니다'
        : `골짜기 바닥(y = 0)을 ${crossings}번 건넙니다`
    }`,
  heatmap: (total, activeDays, busiestDay, busiest) =>
    `지난 1년 동안 ${activeDays}일에 걸쳐 복습과 풀이가 ${total}건 있었고, 가장 많은 날은 ${busiestDay}(${busiest}건)입니다. 칸이 진할수록 많이 공부한 날이며, 한 열이 한 주입니다.`,
  heatmapEmpty: '지난 1년 동안 복습이나 풀이가 아직 없어 모든 칸이 비어 있습니다.',
  forecast: (total, peakDay, peak, firstHalf, secondHalf) =>
    `앞으로 30일 동안 카드 ${total}장이 예정되어 있고, 가장 많은 날은 ${peakDay}(${peak}장)입니다. 처음 15일에 ${firstHalf}장, 나머지 15일에 ${secondHalf}장입니다. 막대 하나가 하루입니다.`,
  forecastEmpty: '앞으로 30일 동안 예정된 카드가 없어 모든 막대가 비어 있습니다.',
};
