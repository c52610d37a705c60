// fit-diagnosis: training and validation loss of a model the engine really trains; underfit, good fit or overfit?

import { earlyStopping } from '../engine';
import { L } from '../generators/common';
import type { Level } from '../types';
import { defineChoiceGenerator } from './define';
import { diagnosisQuestion, stoppingQuestion } from './fit-questions';
import { remedyQuestion } from './fit-remedy';
import { drawRun, type Inputs, trainingRun } from './fit-runs';

export { classifyCurves, type Fit, trainingRun } from './fit-runs';

export const fitDiagnosis = defineChoiceGenerator<Inputs>({
  id: 'fit-diagnosis',
  topic: 'overfitting',
  title: L('학습 곡선 진단', 'Diagnosing fit from learning curves'),
  levels: {
    1: L('과소적합, 적절한 적합, 과적합 구별', 'underfit, good fit or overfit?'),
    2: L('조기 종료가 멈추는 때와 복원하는 가중치', 'when early stopping stops, what it keeps'),
    3: L('검증 손실을 낮출 조치 고르기', 'pick what lowers validation loss'),
  },
  draw(rng, level: Level) {
    if (level === 1) return drawRun(rng, rng.pick(['underfit', 'good', 'overfit'] as const));
    if (level === 2) {
      const patience = rng.int(3, 8);
      for (;;) {
        const inp = drawRun(rng, 'overfit');
        const stop = earlyStopping(trainingRun(inp).validation, patience);
        if (stop) return { ...inp, patience };
      }
    }
    const fit = rng.pick(['underfit', 'overfit'] as const);
    const inp = drawRun(rng, fit);
    return fit === 'overfit'
      ? { ...inp, remedy: rng.pick(['more-data', 'regularize'] as const) }
      : inp;
  },
  build(inp, level) {
    if (level === 1) return diagnosisQuestion(inp);
    if (level === 2) return stoppingQuestion(inp);
    return remedyQuestion(inp);
  },
});
