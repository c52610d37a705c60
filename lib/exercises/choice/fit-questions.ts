// fit-diagnosis's questions on one training run: which regime the curves show, and where early stopping stops.

import { josa } from '@/lib/i18n/particle';
import { earlyStopping } from '../engine';
import { tex } from '../format';
import { L, step } from '../generators/common';
import type { Localized } from '../types';
import type { BuiltChoice, Option } from './define';
import { facts, figure, here, LOOKS, NAMES, setting } from './fit-figure';
import { type Inputs, trainingRun } from './fit-runs';

export function diagnosisQuestion(inp: Inputs): BuiltChoice {
  const run = trainingRun(inp);
  const noiseVar = inp.noise ** 2;
  const f = facts(run);
  const now = here(f, noiseVar);
  const options: Option[] = (['underfit', 'good', 'overfit'] as const).map((fit) => ({
    key: fit,
    label: NAMES[fit],
    explanation: L(`${LOOKS[fit].ko} ${now.ko}`, `${LOOKS[fit].en} ${now.en}`),
  }));
  options.push({
    key: 'diverging',
    label: L('학습률이 너무 커서 발산', 'Diverging: the learning rate is too large'),
    explanation: L(
      `학습률이 너무 크면 학습 손실이 내려가지 않고 요동치거나 커집니다. ${now.ko}`,
      `With too large a learning rate training loss would jump around or grow instead of falling. ${now.en}`,
    ),
  });
  return {
    prompt: L(
      `${setting(inp).ko} 그림은 에포크별 학습 손실과 검증 손실입니다. 두 곡선은 무엇을 보여 줍니까?`,
      `${setting(inp).en} The figure shows training and validation loss per epoch. What do the curves show?`,
    ),
    figure: figure(run, noiseVar, []),
    options,
    correct: inp.fit,
    solution: [
      step(
        '학습 손실과 검증 손실의 끝 값과 검증 손실의 최저점을 읽습니다.',
        'Read where both losses end and where validation loss is lowest.',
        `L_\\text{train}(${f.E}) = ${tex(f.tEnd, 3)},\\quad \\min_t L_\\text{val} = L_\\text{val}(${f.best}) = ${tex(f.vMin, 3)},\\quad L_\\text{val}(${f.E}) = ${tex(f.vEnd, 3)}`,
      ),
      step(LOOKS[inp.fit].ko, LOOKS[inp.fit].en, `\\sigma^2 = ${tex(noiseVar, 4)}`),
    ],
  };
}

export function stoppingQuestion(inp: Inputs): BuiltChoice {
  const run = trainingRun(inp);
  const noiseVar = inp.noise ** 2;
  const patience = inp.patience as number;
  const stop = earlyStopping(run.validation, patience);
  if (!stop) throw new Error('fit-diagnosis: the validation curve never triggers early stopping');
  const { best } = stop;
  const E = run.validation.length;
  const label = (s: number, k: number | null): Localized =>
    k === null
      ? L(
          `멈추지 않음 (에포크 ${E}까지 학습, 마지막 가중치)`,
          `Never stops (trains to epoch ${E}, last weights)`,
        )
      : L(
          `에포크 ${s}에서 멈추고 에포크 ${k}의 가중치를 복원`,
          `Stops at epoch ${s}, keeps the weights of epoch ${k}`,
        );
  const options: Option[] = [
    {
      key: 'right',
      label: label(stop.stop, best),
      explanation: L(
        `검증 손실은 에포크 ${best}에서 최저이고, 그 뒤 ${patience} 에포크 연속 개선이 없으면 에포크 ${stop.stop}${josa(String(stop.stop), '이')} 끝날 때 멈추고 최저였던 에포크 ${best}의 가중치를 복원합니다.`,
        `Validation loss is lowest at epoch ${best}; after ${patience} epochs in a row without improvement training stops at the end of epoch ${stop.stop} and restores the weights of epoch ${best}.`,
      ),
    },
    {
      key: 'stop-at-best',
      label: label(best, best),
      explanation: L(
        `에포크 ${best}${josa(String(best), '이')} 최저였다는 것은 그 뒤 ${patience} 에포크 동안 개선이 없어야 알 수 있습니다. 그래서 멈춤은 에포크 ${stop.stop}입니다.`,
        `Training only learns that epoch ${best} was the best after ${patience} more epochs without improvement, so it stops at epoch ${stop.stop}, not ${best}.`,
      ),
    },
    {
      key: 'kept-last',
      label: label(stop.stop, stop.stop),
      explanation: L(
        `멈춘 에포크 ${stop.stop}의 가중치는 이미 검증 손실이 올라간 뒤의 것입니다. 최저였던 에포크 ${best}의 가중치를 복원합니다.`,
        `The weights of epoch ${stop.stop} come after validation loss has risen; early stopping restores those of the best epoch, ${best}.`,
      ),
    },
    {
      key: 'never',
      label: label(E, null),
      explanation: L(
        `학습 손실은 계속 내려가지만 조기 종료는 검증 손실을 봅니다. 검증 손실은 에포크 ${best} 이후 개선되지 않습니다.`,
        `Training loss keeps falling, but early stopping watches validation loss, which stops improving after epoch ${best}.`,
      ),
    },
  ];
  return {
    prompt: L(
      `${setting(inp).ko} 검증 손실에 patience = ${patience}인 조기 종료(개선: 지금까지의 최저보다 낮음)를 적용하면 어떻게 됩니까? 점선 세로줄은 검증 손실이 가장 낮은 에포크입니다.`,
      `${setting(inp).en} Early stopping with patience = ${patience} watches validation loss (an epoch improves when it beats the best so far). What happens? The dashed vertical line marks the epoch of the lowest validation loss.`,
    ),
    figure: figure(run, noiseVar, [{ x: best, label: L(`최저: ${best}`, `lowest: ${best}`) }]),
    options,
    correct: 'right',
    solution: [
      step(
        '검증 손실이 가장 낮은 에포크를 찾습니다.',
        'Find the epoch of the lowest validation loss.',
        `t^\\ast = \\arg\\min_t L_\\text{val}(t) = ${best}`,
      ),
      step(
        `그 뒤 ${patience} 에포크 동안 개선이 없으면 멈춥니다.`,
        `Stop after ${patience} epochs without improvement.`,
        `t_\\text{stop} = t^\\ast + \\text{patience} = ${best} + ${patience} = ${stop.stop}`,
      ),
      step(
        '최저 에포크의 가중치를 복원합니다.',
        'Restore the weights of the best epoch.',
        `w \\leftarrow w_{${best}}`,
      ),
    ],
  };
}
