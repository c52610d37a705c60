// The English descriptions of the figures and charts, for readers who cannot see them.

import { timesEn } from '../times';

export const figures = {
  activationTrend: {
    sigmoid:
      'The function rises in an S-shape from near 0 to near 1; its derivative is a bump that peaks at x = 0 and fades towards 0 on both sides.',
    tanh: 'The function rises in an S-shape from near −1 to near 1; its derivative is a bump that peaks at x = 0 and fades towards 0 on both sides.',
    relu: 'The function is 0 for negative x and the straight line y = x for positive x; its derivative is a step from 0 on the left to 1 on the right.',
    'leaky-relu':
      'The function climbs gently with slope 0.1 for negative x and follows y = x for positive x; its derivative is a step from 0.1 on the left to 1 on the right.',
  },
  curveLines: 'Solid line: the function; dashed line: its derivative, for x from −5 to 5.',
  curvePoint: (x: string, value: string, slope: string) =>
    `at x = ${x} the function is ${value} and its derivative ${slope}`,
  curveNumbers: (points: string[]) => `In numbers: ${points.join('; ')}.`,
  optimizers: {
    sgd: 'Gradient descent',
    momentum: 'Momentum',
    adagrad: 'Adagrad',
    rmsprop: 'RMSProp',
    adam: 'Adam',
  },
  optimizerSurface: (steps: number) => `(f(x, y) = 0.1x² + 2y², ${steps} steps)`,
  optimizerIntro: (steps: number, start: string) =>
    `Each optimizer takes ${steps} steps from ${start} towards the minimum at (0, 0), drawn as a dot; the surface is shaded darker where the loss is higher.`,
  optimizerOrder: 'From nearest the minimum to furthest:',
  optimizerPath: (label: string, end: string, loss: string, crossings: number) =>
    `${label} ends at ${end} with loss ${loss}, ${
      crossings === 0
        ? 'never crossing the valley floor (y = 0)'
        : `crossing the valley floor (y = 0) ${timesEn(crossings)}`
    }`,
  heatmap: (total: number, activeDays: number, busiestDay: string, busiest: number) =>
    `${total} ${total === 1 ? 'review or answer' : 'reviews and answers'} over the last year, on ${activeDays} ${
      activeDays === 1 ? 'day' : 'days'
    }; the busiest day was ${busiestDay} with ${busiest}. Darker squares mark busier days, one column per week.`,
  heatmapEmpty: 'No reviews or answers in the last year yet: every square is empty.',
  forecast: (total: number, peakDay: string, peak: number, firstHalf: number, secondHalf: number) =>
    `${total} ${total === 1 ? 'card' : 'cards'} due over the next 30 days, most on ${peakDay} (${peak}); ${firstHalf} in the first 15 days and ${secondHalf} in the last 15. One bar per day.`,
  forecastEmpty: 'No card is due in the next 30 days: every bar is empty.',
};
