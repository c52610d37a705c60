// The whole forward and backward pass of a two-layer network, one answer box per quantity.

import type { Rng } from '../random';
import { quantities, type RVec } from '../runs';
import type { AnswerValue, Level } from '../types';
import { type ChainInputs, chain, PART_IDS, type PartId, present } from './chain-parts';
import { SLIPS, type Slip, slips } from './chain-slips';
import { chainPrompt, formatOf, LABEL, NAME, partSolution, WHAT } from './chain-text';
import { defineGenerator, L } from './common';
import { type Act, drawNetwork, type Loss, outputErrorVisible } from './network';
import { twoLayerRuns } from './network-runs';

const SHAPES: Record<Level, [number, number, number]> = {
  1: [1, 1, 1],
  2: [2, 2, 2],
  3: [2, 2, 2],
};

function draw(rng: Rng, level: Level): ChainInputs {
  const activation: Act =
    level === 1 ? rng.pick(['sigmoid', 'tanh']) : rng.pick(['sigmoid', 'tanh', 'relu']);
  const loss: Loss = level === 3 ? 'cross-entropy' : 'mse';
  const lr = rng.pick([0.1, 0.2, 0.5]);
  // A visible output error (a draw filter, not an answer).
  const network = drawNetwork(rng, SHAPES[level], activation, loss, (z2, y) =>
    outputErrorVisible(z2, y, loss),
  );
  return { ...network, lr };
}

export const backpropChain = defineGenerator<ChainInputs, Slip>({
  id: 'backprop-chain',
  topic: 'backpropagation',
  title: L('역전파 단계별로', 'Backprop, part by part'),
  levels: {
    1: L('층마다 뉴런 하나, 평균 제곱 오차', 'one unit per layer, squared error'),
    2: L('층마다 뉴런 두 개, 평균 제곱 오차', 'two units per layer, squared error'),
    3: L('층마다 뉴런 두 개, 교차 엔트로피', 'two units per layer, cross-entropy'),
  },
  mistakes: SLIPS,
  draw,
  build(inp) {
    const truth = chain(inp);
    return {
      prompt: chainPrompt(inp),
      parts: PART_IDS.map((id) => {
        const value = present(truth[id]);
        return {
          id,
          label: LABEL[id],
          name: NAME[id],
          prompt: WHAT[id],
          format: formatOf(value),
          value,
          solution: partSolution(id, inp, truth),
        };
      }),
    };
  },
  // Every part, each earlier one rounded as a learner writes it down and used downstream.
  runs(inp, _level, note) {
    const values = twoLayerRuns(inp, note);
    const all: RVec = [];
    for (const id of PART_IDS) for (const r of quantities(values[id])) all.push(r);
    return all;
  },
  /** Every slip of every part (or of `part`), computed from the true values of the parts it reads. */
  wrong(inp, _level, part) {
    const truth = chain(inp);
    const all: Array<[Slip, AnswerValue, PartId]> = [];
    for (const id of part === undefined ? PART_IDS : PART_IDS.filter((p) => p === part)) {
      for (const [slip, value] of slips(id, inp, truth)) all.push([slip, present(value), id]);
    }
    return all;
  },
});
