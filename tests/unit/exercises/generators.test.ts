// Generators: the contract (ids, topics, levels), determinism, plain data, and known answers worked out without the engine.
import { describe, expect, it } from 'vitest';
import { EXERCISE_IDS } from '@/lib/content/schema';
import {
  checkAnswer,
  generate,
  generatorById,
  generators,
  type Level,
  type NumericExercise,
  numericGenerators,
} from '@/lib/exercises';
import { given } from '@/lib/exercises/format';

/** The ids the issue names, kept once in lib/content (concept files link to them). */
const IDS: readonly string[] = EXERCISE_IDS;
const LEVELS: Level[] = [1, 2, 3];
const cases = numericGenerators.flatMap((g) => LEVELS.map((level) => [g.id, level] as const));

function numbers(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbers);
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbers);
  return [];
}

describe('the list of generators', () => {
  it('has exactly the ids of the notes, in order', () => {
    expect(generators.map((g) => g.id)).toEqual(IDS);
  });

  it('files each under its topic', () => {
    const topic = Object.fromEntries(generators.map((g) => [g.id, g.topic]));
    expect(topic).toMatchObject({
      sigmoid: 'activations',
      softmax: 'activations',
      mae: 'losses',
      'categorical-cross-entropy': 'losses',
      adam: 'optimization',
      'gradient-descent': 'optimization',
      backprop: 'backpropagation',
      'vanishing-gradient': 'backpropagation',
      'epochs-iterations': 'overfitting',
      'early-stopping': 'regularization',
      dropout: 'regularization',
      'batch-norm': 'normalization',
      'batch-norm-inference': 'normalization',
      'loss-gradient': 'backpropagation',
      'parameter-count': 'foundations',
    });
    for (const g of numericGenerators) {
      expect(g.title.ko.length).toBeGreaterThan(0);
      expect(g.title.en.length).toBeGreaterThan(0);
      expect(g.catalog.length).toBeGreaterThan(0);
    }
  });

  it('looks generators up by id and refuses bad requests', () => {
    expect(generatorById('adam')?.id).toBe('adam');
    expect(generatorById('nope')).toBeUndefined();
    expect(() => generate('nope', 1, 1)).toThrow(RangeError);
    expect(() => generate('sigmoid', -1, 1)).toThrow(RangeError);
    expect(() => generate('sigmoid', 1.5, 1)).toThrow(RangeError);
    expect(() => generate('sigmoid', 2 ** 32, 1)).toThrow(RangeError);
    expect(() => generate('sigmoid', 1, 4 as Level)).toThrow(RangeError);
    expect(generate('sigmoid', 2 ** 32 - 1, 3).seed).toBe(2 ** 32 - 1);
  });

  it('defaults to level 1', () => {
    expect(generatorById('mse')?.generate(5)).toEqual(generate('mse', 5, 1));
  });

  it('says what each of its three levels asks, differently for each, in both languages', () => {
    expect(generators).toHaveLength(30);
    for (const g of generators) {
      for (const lang of ['ko', 'en'] as const) {
        const texts = ([1, 2, 3] as const).map((level) => g.levels[level][lang].trim());
        for (const text of texts) expect(text, `${g.id} ${lang}`).not.toBe('');
        expect(new Set(texts).size, `${g.id} ${lang}: ${texts.join(' | ')}`).toBe(3);
      }
      for (const level of [1, 2, 3] as const) {
        const en = g.levels[level].en;
        expect(en.length, `${g.id} level ${level}: "${en}"`).toBeLessThanOrEqual(40);
      }
    }
  });
});

describe.each(cases)('%s, level %i', (id, level) => {
  const generator = numericGenerators.find(
    (g) => g.id === id,
  ) as (typeof numericGenerators)[number];
  const ex = generator.generate(12345, level);

  it('gives the same exercise for the same seed and level', () => {
    expect(generate(id, 12345, level)).toEqual(ex);
  });

  it('is plain JSON data', () => {
    expect(JSON.parse(JSON.stringify(ex))).toEqual(ex);
    expect(ex).toMatchObject({ generatorId: id, seed: 12345, level });
  });

  it('gives visibly different exercises for different seeds', () => {
    const prompts = new Set(Array.from({ length: 20 }, (_, s) => generate(id, s, level).prompt.en));
    expect(prompts.size).toBeGreaterThanOrEqual(12);
  });

  it('differs between levels', () => {
    const other = generate(id, 12345, level === 3 ? 1 : ((level + 1) as Level));
    expect(other.prompt.en).not.toBe(ex.prompt.en);
  });

  it('has bilingual text, a format, a tolerance and a worked solution', () => {
    for (const text of [ex.prompt, ex.answerFormat, ex.title]) {
      expect(text.ko.length).toBeGreaterThan(0);
      expect(text.en.length).toBeGreaterThan(0);
    }
    expect(ex.prompt.ko).not.toBe(ex.prompt.en);
    expect(ex.solution.length).toBeGreaterThan(0);
    for (const s of ex.solution) {
      expect(s.tex.length).toBeGreaterThan(0);
      expect(s.tex).not.toContain('$');
      expect(s.explain.en.length).toBeGreaterThan(0);
      expect(s.tex).not.toMatch(/NaN|undefined|Infinity/);
    }
    expect(ex.prompt.en).not.toMatch(/NaN|undefined|Infinity|\[object/);
    expect(ex.tolerance.rtol).toBeGreaterThanOrEqual(0);
    expect(ex.tolerance.atol).toBeGreaterThanOrEqual(0);
  });

  it('accepts its own displayed answer', () => {
    expect(checkAnswer(ex, ex.answer.display).status).toBe('correct');
  });

  it('shows every given number in the prompt', () => {
    const { validation, minDelta, classes, ...rest } = ex.inputs as Record<string, unknown>;
    expect(numbers(rest).length).toBeGreaterThan(0);
    for (const n of numbers(rest)) expect(ex.prompt.en).toContain(given(n));
    if (typeof validation === 'number')
      expect(ex.prompt.en).toContain(`${given(validation * 100)}%`);
    if (typeof minDelta === 'number' && minDelta > 0)
      expect(ex.prompt.en).toContain(given(minDelta));
    if (Array.isArray(classes)) expect(ex.prompt.en).toMatch(/one-hot label/);
  });

  it('shows the answer in its worked solution', () => {
    const last = ex.solution[ex.solution.length - 1].tex;
    const first = (numbers(ex.answer.value)[0] as number) ?? 0;
    expect(ex.solution.some((s) => s.tex.includes(given(Number(first.toPrecision(4)))))).toBe(true);
    expect(last.length).toBeGreaterThan(0);
  });
});

/**
 * Known exercises: what seed 77 gives (so a saved /practice link keeps showing the same numbers) and
 * its answer, worked out independently of lib/engine in float64 with Python's `math` module
 * (softmax shifted by its maximum, Adam with PyTorch's defaults, batch norm with the biased variance
 * and eps 1e-5, a ReLU hidden layer under softmax and cross-entropy).
 */
const known: {
  id: string;
  level: Level;
  inputs: Record<string, unknown>;
  answer: number | number[] | number[][];
}[] = [
  { id: 'sigmoid', level: 1, inputs: { x: [2.9] }, answer: 0.9478464369215823 },
  {
    id: 'tanh',
    level: 2,
    inputs: { x: [-1.5, -2.78, -1.91] },
    answer: [-0.9051482536448664, -0.9923319597770051, -0.957085420564793],
  },
  { id: 'sigmoid-derivative', level: 1, inputs: { x: [0.1] }, answer: 0.24937604019289197 },
  {
    id: 'softmax',
    level: 3,
    inputs: { z: [20.8, 20.4, 18, 21.4] },
    answer: [0.2814325777889222, 0.18864989849939856, 0.017113932680120875, 0.5128035910315585],
  },
  {
    id: 'mse',
    level: 2,
    inputs: { y: [4.5, -1.3, 3.1, 3], yhat: [5, -2.9, 1.6, 1.8] },
    answer: 1.625,
  },
  {
    id: 'mae',
    level: 3,
    inputs: { y: [1.3, -0.3, 0.3, 4.4, 2.5, 2.6], yhat: [2.7, 0.8, 2, 3.4, 1.5, 3.5] },
    answer: 1.1833333333333336,
  },
  {
    id: 'binary-cross-entropy',
    level: 2,
    inputs: { y: [0, 0, 1], p: [0.94, 0.19, 0.82] },
    answer: 1.0741942289331756,
  },
  {
    id: 'adam',
    level: 3,
    inputs: {
      params: [0.1, -0.7],
      grads: [
        [0.8, 1.2],
        [0.7, -2],
        [-0.8, 0.2],
      ],
      hyper: { lr: 0.1 },
      state: null,
    },
    answer: [-0.12239492409313348, -0.7534957692399795],
  },
  {
    id: 'dropout',
    level: 2,
    inputs: { x: [-1.3, -0.6, 0.4, -0.1], p: 0.4, u: [0.51, 0.24, 0.81, 0.25] },
    answer: [
      [1, 0, 1, 0],
      [-2.166666666666667, 0, 0.6666666666666667, 0],
    ],
  },
  {
    id: 'batch-norm',
    level: 3,
    inputs: {
      x: [
        [-0.4, -0.4],
        [2.8, 1.8],
        [-2.9, -0.2],
      ],
      gamma: [1.3, 1.7],
      beta: [-0.5, -0.4],
    },
    answer: [
      [-0.6300264192759021, -1.769151414386887],
      [1.1531930450793257, 1.9960149751770526],
      [-2.023166625803424, -1.4268635607901654],
    ],
  },
  {
    id: 'backprop',
    level: 3,
    inputs: {
      x: [-1.1, 1.1],
      W1: [
        [-1.4, 1],
        [-0.3, -0.4],
      ],
      b1: [-0.7, -0.7],
      W2: [
        [-0.1, 0.5],
        [-0.2, 1.2],
      ],
      b2: [-0.6, -0.3],
      y: [1, 0],
      activation: 'relu',
      loss: 'cross-entropy',
    },
    answer: [
      [0.05791227365161743, -0.05791227365161743],
      [0, 0],
    ],
  },
  {
    id: 'epochs-iterations',
    level: 2,
    inputs: { samples: 3650, batch: 100, epochs: 5 },
    answer: [37, 185],
  },
];

describe.each(known)('$id at seed 77, level $level', ({ id, level, inputs, answer }) => {
  const ex = generate(id, 77, level) as NumericExercise;

  it('still gives the same numbers', () => {
    expect(ex.inputs).toEqual(inputs);
  });

  it('expects the independently computed answer', () => {
    const got = numbers(ex.answer.value);
    const want = numbers(answer);
    expect(got).toHaveLength(want.length);
    got.forEach((value, i) => {
      expect(value).toBeCloseTo(want[i], 12);
    });
  });
});

describe('epochs and iterations', () => {
  it('takes the fewest batches that cover every sample, once per epoch', () => {
    for (let seed = 0; seed < 50; seed++) {
      const ex = generate('epochs-iterations', seed, 2) as NumericExercise;
      const { samples, batch, epochs } = ex.inputs as Record<string, number>;
      const [perEpoch, total] = ex.answer.value as number[];
      expect(Number.isInteger(perEpoch)).toBe(true);
      expect(perEpoch * batch).toBeGreaterThanOrEqual(samples);
      expect((perEpoch - 1) * batch).toBeLessThan(samples);
      expect(total).toBe(perEpoch * epochs);
    }
  });
});
