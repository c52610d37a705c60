// Epochs and iterations: how many mini-batch updates one pass over the data, and a whole run, takes.

import { trainingIterations } from '../engine';
import { given } from '../format';
import { integerFormat } from '../messages';
import type { AnswerValue } from '../types';
import { defineGenerator, L, step } from './common';

interface Inputs {
  samples: number;
  batch: number;
  epochs: number;
  /** Level 3: the fraction held out for validation (not trained on). */
  validation?: number;
}

type Id = 'floor' | 'unrounded' | 'samples-not-iterations' | 'forgot-split';

/** The held-out samples: a whole number, since `draw` makes the percentage divide the samples. */
const heldOut = (inp: Inputs) => (inp.samples * Math.round((inp.validation ?? 0) * 100)) / 100;
const trainingSize = (inp: Inputs) => inp.samples - heldOut(inp);

/**
 * N / B written out in full: every batch size is 2^a·5^b, so the decimal ends, and printing the
 * double's shortest form gives exactly that decimal.
 */
const quotient = (n: number, batch: number): string => String(n / batch);

export const epochsIterations = defineGenerator<Inputs, Id>({
  id: 'epochs-iterations',
  topic: 'overfitting',
  title: L('에포크와 반복', 'Epochs and iterations'),
  levels: {
    1: L('한 에포크의 반복 횟수', 'iterations in one epoch'),
    2: L('에포크당 반복과 전체 반복', 'iterations per epoch and in total'),
    3: L('검증 데이터를 떼어 둔 뒤의 반복', 'after holding out validation data'),
  },
  mistakes: {
    floor: {
      name: L('내림으로 계산', 'Rounded down'),
      explanation: L(
        '나누어떨어지지 않으면 남은 샘플로 마지막 작은 배치가 하나 더 생깁니다: $\\lceil N / B \\rceil$.',
        'When the batch size does not divide the data, the leftover samples form one more, smaller batch: $\\lceil N / B \\rceil$.',
      ),
    },
    unrounded: {
      name: L('정수로 올림하지 않음', 'Not a whole number'),
      explanation: L(
        '반복 횟수는 정수입니다: $\\lceil N / B \\rceil$.',
        'Iterations come in whole numbers: $\\lceil N / B \\rceil$.',
      ),
    },
    'samples-not-iterations': {
      name: L('샘플 수와 혼동', 'Counted samples, not iterations'),
      explanation: L(
        '반복은 배치 하나로 가중치를 한 번 업데이트하는 것입니다. 샘플 수가 아닙니다.',
        'An iteration is one weight update on one mini-batch, not one sample.',
      ),
    },
    'forgot-split': {
      name: L('검증 데이터까지 포함', 'Included the validation data'),
      explanation: L(
        '검증용으로 떼어 둔 샘플은 학습하지 않으므로 학습 샘플 수로만 계산합니다.',
        'The held-out validation samples are not trained on; count only the training samples.',
      ),
    },
  },
  draw(rng, level) {
    const batch = rng.pick([16, 32, 50, 64, 100, 128, 256]);
    const epochs = rng.pick([5, 10, 20, 30, 50, 100]);
    const validation = level === 3 ? rng.pick([0.1, 0.2, 0.25]) : undefined;
    // A quarter of a multiple of 20, and a tenth or a fifth of a multiple of 10, is whole.
    const unit = validation === 0.25 ? 20 : 10;
    for (;;) {
      const samples = rng.int(10 / (unit / 10), 500 / (unit / 10)) * unit;
      const train = samples - (samples * Math.round((validation ?? 0) * 100)) / 100;
      if (train <= batch) continue;
      if (train % batch === 0 && rng.chance(0.8)) continue;
      return validation === undefined
        ? { samples, batch, epochs }
        : { samples, batch, epochs, validation };
    }
  },
  build(inp, level) {
    const n = trainingSize(inp);
    const r = trainingIterations(n, inp.batch, inp.epochs);
    const split = inp.validation
      ? L(
          ` 그중 ${given(inp.validation * 100)}%는 검증용으로 떼어 두고 학습하지 않습니다.`,
          ` ${given(inp.validation * 100)}% of them are held out for validation and not trained on.`,
        )
      : L('', '');
    const ask =
      level === 1
        ? L('한 에포크의 반복 횟수를 구하세요.', 'How many iterations does one epoch take?')
        : L(
            `${inp.epochs} 에포크를 학습할 때 에포크당 반복 횟수와 전체 반복 횟수를 구하세요.`,
            `Training for ${inp.epochs} epochs, how many iterations per epoch and in total?`,
          );
    return {
      value: level === 1 ? r.perEpoch : [r.perEpoch, r.total],
      prompt: L(
        `샘플 $${inp.samples}$개가 있습니다.${split.ko} 배치 크기는 $${inp.batch}$이고, 마지막에 남는 작은 배치도 학습합니다. ${ask.ko}`,
        `There are $${inp.samples}$ samples.${split.en} The batch size is $${inp.batch}$, and the last, smaller batch is trained on too. ${ask.en}`,
      ),
      solution: [
        ...(inp.validation
          ? [
              step(
                '학습 샘플 수',
                'Training samples',
                `N = ${inp.samples} - ${inp.samples} \\times ${given(inp.validation)} = ${inp.samples} - ${heldOut(inp)} = ${n}`,
              ),
            ]
          : []),
        step(
          '에포크당 반복: 올림',
          'Iterations per epoch: round up',
          `\\left\\lceil \\frac{${n}}{${inp.batch}} \\right\\rceil = \\lceil ${quotient(n, inp.batch)} \\rceil = ${r.perEpoch}`,
        ),
        ...(level === 1
          ? []
          : [step('전체', 'In total', `${r.perEpoch} \\times ${inp.epochs} = ${r.total}`)]),
      ],
      format:
        level === 1
          ? integerFormat(1, L('에포크당 반복', 'iterations per epoch'))
          : integerFormat(2, L('[에포크당, 전체]', '[per epoch, total]')),
      integer: true,
    };
  },
  // Whole numbers throughout: counting involves no rounding.
  exact: true,
  wrong(inp, level) {
    const n = trainingSize(inp);
    const pack = (per: number, total: number): AnswerValue => (level === 1 ? per : [per, total]);
    const floor = Math.floor(n / inp.batch);
    const out: Array<[Id, AnswerValue]> = [
      ['floor', pack(floor, floor * inp.epochs)],
      ['unrounded', pack(n / inp.batch, (n / inp.batch) * inp.epochs)],
      ['samples-not-iterations', pack(n, n * inp.epochs)],
    ];
    if (inp.validation) {
      const all = trainingIterations(inp.samples, inp.batch, inp.epochs);
      out.push(['forgot-split', pack(all.perEpoch, all.total)]);
    }
    return out;
  },
});
