// optimizer-path: the engine's optimizer paths across one loss surface; which path is which optimizer, or which setting.

import { L } from '../generators/common';
import type { Level } from '../types';
import { defineChoiceGenerator } from './define';
import { matchQuestion, settingQuestion } from './optimizer-path-questions';
import { drawStart, FAMILIES, type Inputs, STEPS, standard } from './optimizer-path-runs';

export const optimizerPath = defineChoiceGenerator<Inputs>({
  id: 'optimizer-path',
  topic: 'optimization',
  title: L('옵티마이저 경로 읽기', 'Reading optimizer paths'),
  levels: {
    1: L('경로 두 개를 옵티마이저와 짝짓기', 'match two paths to optimizers'),
    2: L('경로 세 개를 옵티마이저와 짝짓기', 'match three paths to optimizers'),
    3: L('경로 세 개를 하이퍼파라미터 값과 짝짓기', 'match three paths to a setting'),
  },
  draw(rng, level: Level) {
    const start = drawStart(rng);
    if (level === 1) {
      const adaptive = rng.pick(['adam', 'rmsprop'] as const);
      const runs = (['sgd', 'momentum', 'adagrad', adaptive] as const).map(standard);
      return { start, steps: STEPS, runs, shown: rng.shuffle([0, 1, 2, 3]).slice(0, 2) };
    }
    if (level === 2) {
      const adaptive = rng.shuffle(['adagrad', 'rmsprop', 'adam'] as const);
      const runs = (['sgd', 'momentum', adaptive[0], adaptive[1]] as const).map(standard);
      const shown = rng.shuffle([0, 1, 2, 3]).slice(0, 3);
      return { start, steps: STEPS, runs, shown };
    }
    const family = rng.pick(FAMILIES);
    const base = standard(family.optimizer);
    const runs = family.values.map(([lo, hi]) => ({
      optimizer: family.optimizer,
      hyper: { ...base.hyper, [family.varied]: rng.decimal(lo, hi, 2) },
    }));
    return { start, steps: STEPS, runs, shown: rng.shuffle([0, 1, 2]), varied: family.varied };
  },
  build(inp, level) {
    if (level < 3) return matchQuestion(inp);
    return settingQuestion(inp);
  },
});
