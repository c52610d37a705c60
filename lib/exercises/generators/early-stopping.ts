// Early stopping: read a validation-loss curve, count epochs without improvement, restore the best.

import { josa } from '@/lib/i18n/particle';
import { earlyStopping } from '../engine';
import { given, givenVec } from '../format';
import { integerFormat } from '../messages';
import type { Rng } from '../random';
import type { AnswerValue, Level } from '../types';
import { defineGenerator, L, step } from './common';

interface Inputs {
  /** Validation loss after epochs 1, 2, … */
  losses: number[];
  patience: number;
  minDelta: number;
}

type Id =
  | 'stop-at-best'
  | 'kept-last-weights'
  | 'off-by-one'
  | 'compared-to-previous'
  | 'ignored-min-delta';

interface Run {
  stop: number;
  best: number;
  /** Epochs-without-improvement counter after each epoch. */
  counters: number[];
}

/**
 * A common misreading of early stopping, for diagnosis only: each epoch is compared with the
 * previous epoch's loss instead of the best so far. Null if it never stops.
 */
function stoppingAgainstPrevious(
  losses: readonly number[],
  patience: number,
  minDelta: number,
): Run | null {
  let bestLoss = Number.POSITIVE_INFINITY;
  let best = 0;
  let wait = 0;
  const counters: number[] = [];
  for (let i = 0; i < losses.length; i++) {
    const reference = i === 0 ? Number.POSITIVE_INFINITY : losses[i - 1];
    wait = losses[i] < reference - minDelta ? 0 : wait + 1;
    if (losses[i] < bestLoss - minDelta) {
      bestLoss = losses[i];
      best = i + 1;
    }
    counters.push(wait);
    if (wait >= patience) return { stop: i + 1, best, counters };
  }
  return null;
}

/** A loss or min_delta in hundredths, the units the learner reads (losses have two decimals). */
const hundredths = (x: number): number => Math.round(x * 100);

/**
 * The engine's early stopping on the curve in hundredths, so "better by more than min_delta" is
 * decided on the numbers as printed, not on their binary approximations (0.10 − 0.01 ≠ 0.09).
 */
export function stopping(
  losses: readonly number[],
  patience: number,
  minDelta: number,
): Run | null {
  return earlyStopping(losses.map(hundredths), patience, hundredths(minDelta));
}

function curve(rng: Rng, n: number): number[] {
  const out = [rng.decimal(0.8, 1.5, 2)];
  const turn = rng.int(3, Math.max(3, n - 5));
  while (out.length < n) {
    const prev = out[out.length - 1];
    const delta = out.length < turn ? -rng.decimal(0.02, 0.15, 2) : rng.decimal(-0.05, 0.08, 2);
    out.push(Math.max(0.05, Math.round((prev + delta) * 100) / 100));
  }
  return out;
}

const SETUP: Record<Level, { n: [number, number]; patience: number[]; minDelta: number }> = {
  1: { n: [6, 8], patience: [1], minDelta: 0 },
  2: { n: [8, 10], patience: [2, 3], minDelta: 0 },
  3: { n: [12, 15], patience: [3, 4], minDelta: 0.01 },
};

export const earlyStoppingGenerator = defineGenerator<Inputs, Id>({
  id: 'early-stopping',
  topic: 'regularization',
  title: L('조기 종료', 'Early stopping'),
  levels: {
    1: L('멈추는 에포크, patience 1', 'the stopping epoch, patience 1'),
    2: L('멈추는 에포크와 최저 에포크, patience 2–3', 'stopping and best epoch, patience 2–3'),
    3: L('멈추는 에포크와 최저 에포크, min_delta 적용', 'stopping and best epoch, with min_delta'),
  },
  mistakes: {
    'stop-at-best': {
      name: L(
        '최저 지점에서 멈춤 (`patience`만큼 어긋남)',
        'Stopped at the best epoch (off by the patience)',
      ),
      explanation: L(
        '최저 손실이었는지는 그 뒤 `patience`번의 에포크 동안 개선이 없어야 알 수 있습니다. 학습은 그만큼 더 진행된 뒤 멈춥니다.',
        'Training only learns that an epoch was the best after `patience` more epochs without improvement, so it stops that much later.',
      ),
    },
    'kept-last-weights': {
      name: L('마지막 가중치를 그대로 씀', 'Kept the last weights'),
      explanation: L(
        '멈춘 시점의 가중치가 아니라 검증 손실이 가장 낮았던 에포크의 가중치를 복원합니다.',
        'Restore the weights of the epoch with the lowest validation loss, not those of the last epoch.',
      ),
    },
    'off-by-one': {
      name: L('에포크를 하나 잘못 셈', 'Off by one epoch'),
      explanation: L(
        '최저 에포크 다음부터 개선되지 않은 에포크를 셉니다. 그런 에포크가 `patience`번째로 끝날 때 멈춥니다.',
        'Count the epochs without improvement starting after the best one; stop at the end of the patience-th such epoch.',
      ),
    },
    'compared-to-previous': {
      name: L('직전 에포크와만 비교', 'Compared with the previous epoch only'),
      explanation: L(
        '개선 여부는 직전 값이 아니라 지금까지의 최저 손실과 비교합니다. 잠깐 내려가도 최저보다 높으면 개선이 아닙니다.',
        'Improvement is measured against the best loss so far, not the previous epoch: a dip that stays above the best does not count.',
      ),
    },
    'ignored-min-delta': {
      name: L('`min_delta` 무시', 'Ignored min_delta'),
      explanation: L(
        '최저값보다 `min_delta` 넘게 낮아져야 개선으로 칩니다. 그보다 작은 감소는 개선이 아닙니다.',
        'A drop counts as an improvement only when it beats the best by more than min_delta.',
      ),
    },
  },
  draw(rng, level) {
    const s = SETUP[level];
    for (;;) {
      const losses = curve(rng, rng.int(s.n[0], s.n[1]));
      const patience = rng.pick(s.patience);
      const run = stopping(losses, patience, s.minDelta);
      if (run && run.stop >= 4 && run.stop < losses.length)
        return { losses, patience, minDelta: s.minDelta };
    }
  },
  build(inp, level) {
    const run = stopping(inp.losses, inp.patience, inp.minDelta) as Run;
    const table = inp.losses.map((v, i) => `${i + 1}: ${given(v)}`).join(',\\ ');
    const delta = inp.minDelta > 0;
    const rule = L(
      `검증 손실이 지금까지의 최저값${delta ? `에서 $\\text{min\\_delta} = ${given(inp.minDelta)}$${josa(given(inp.minDelta), '을')} 뺀 값` : ''}보다 낮아지면 개선으로 봅니다. 개선이 없는 에포크가 $\\text{patience} = ${inp.patience}$번 연속되면 그 에포크가 끝날 때 학습을 멈추고, 검증 손실이 가장 낮았던 에포크의 가중치를 복원합니다.`,
      `An epoch improves when its validation loss is below the best so far${delta ? ` by more than $\\text{min\\_delta} = ${given(inp.minDelta)}$` : ''}. After $\\text{patience} = ${inp.patience}$ epoch${inp.patience === 1 ? '' : 's'} in a row without improvement, training stops at the end of that epoch and restores the weights of the best epoch.`,
    );
    const ask =
      level === 1
        ? L('학습이 멈추는 에포크를 구하세요.', 'At which epoch does training stop?')
        : L(
            '학습이 멈추는 에포크와, 복원되는 가중치의 에포크를 구하세요.',
            'At which epoch does training stop, and from which epoch are the kept weights?',
          );
    return {
      value: level === 1 ? run.stop : [run.stop, run.best],
      prompt: L(
        `에포크별 검증 손실 (에포크: 손실): $${table}$. ${rule.ko} ${ask.ko}`,
        `Validation loss per epoch (epoch: loss): $${table}$. ${rule.en} ${ask.en}`,
      ),
      solution: [
        step(
          '에포크마다 개선 없는 에포크 수를 셉니다 (개선되면 0).',
          'Count the epochs without improvement after each epoch (reset to 0 on improvement).',
          `\\text{wait} = ${givenVec(run.counters)}`,
        ),
        step(
          `카운터가 $\\text{patience} = ${inp.patience}$에 닿는 에포크에서 멈춥니다.`,
          `Stop at the epoch where the counter reaches patience = ${inp.patience}.`,
          `t_\\text{stop} = ${run.stop}`,
        ),
        step(
          '검증 손실이 가장 낮았던 에포크의 가중치를 복원합니다.',
          'Keep the weights of the epoch with the lowest validation loss.',
          `t^\\ast = ${run.best}\\quad (L_\\text{val} = ${given(inp.losses[run.best - 1])})`,
        ),
      ],
      format:
        level === 1
          ? integerFormat(1, L('멈춘 에포크', 'the stopping epoch'))
          : integerFormat(
              2,
              L(
                '[멈춘 에포크, 가중치를 복원한 에포크]',
                '[stopping epoch, epoch of the kept weights]',
              ),
            ),
      integer: true,
    };
  },
  // Whole numbers throughout: counting involves no rounding.
  exact: true,
  wrong(inp, level) {
    const run = stopping(inp.losses, inp.patience, inp.minDelta) as Run;
    const pack = (stop: number, best: number): AnswerValue => (level === 1 ? stop : [stop, best]);
    const out: Array<[Id, AnswerValue]> = [
      ['stop-at-best', pack(run.best, run.best)],
      ['off-by-one', pack(run.stop - 1, run.best)],
      ['off-by-one', pack(run.stop + 1, run.best)],
    ];
    if (level > 1) out.push(['kept-last-weights', [run.stop, run.stop]]);
    const prev = stoppingAgainstPrevious(
      inp.losses.map(hundredths),
      inp.patience,
      hundredths(inp.minDelta),
    );
    if (prev) out.push(['compared-to-previous', pack(prev.stop, prev.best)]);
    if (inp.minDelta > 0) {
      const loose = stopping(inp.losses, inp.patience, 0);
      if (loose) out.push(['ignored-min-delta', pack(loose.stop, loose.best)]);
    }
    return out;
  },
});
