// Generators: the contract (ids, topics, levels), determinism, plain data, and answers taken from the engine.
import { describe, expect, it } from 'vitest';
import { EXERCISE_IDS } from '@/lib/content/schema';
import * as engine from '@/lib/engine';
import {
  checkAnswer,
  type Exercise,
  generate,
  generatorById,
  generators,
  type Level,
} from '@/lib/exercises';
import { given } from '@/lib/exercises/format';

/** The ids the issue names, kept once in lib/content (concept files link to them). */
const IDS: readonly string[] = EXERCISE_IDS;
const LEVELS: Level[] = [1, 2, 3];
const cases = generators.flatMap((g) => LEVELS.map((level) => [g.id, level] as const));

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
    for (const g of generators) {
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
});

describe.each(cases)('%s, level %i', (id, level) => {
  const ex = generate(id, 12345, level);

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

describe('expected answers come from the engine', () => {
  const at = (id: string, level: Level, seed = 77) => generate(id, seed, level);
  const inputs = (ex: Exercise) => ex.inputs as Record<string, never>;

  it('sigmoid, tanh, σ′', () => {
    const s = at('sigmoid', 1);
    expect(s.answer.value).toBe(engine.sigmoid(inputs(s).x[0]));
    const t = at('tanh', 2);
    expect(t.answer.value).toEqual((inputs(t).x as number[]).map(engine.tanh));
    const d = at('sigmoid-derivative', 1);
    expect(d.answer.value).toBe(engine.sigmoidDerivative(inputs(d).x[0]));
  });

  it('softmax and the losses', () => {
    const s = at('softmax', 3);
    expect(s.answer.value).toEqual(engine.softmax(inputs(s).z));
    const m = at('mse', 2);
    expect(m.answer.value).toBe(engine.meanSquaredError(inputs(m).y, inputs(m).yhat));
    const a = at('mae', 3);
    expect(a.answer.value).toBe(engine.meanAbsoluteError(inputs(a).y, inputs(a).yhat));
    const b = at('binary-cross-entropy', 2);
    expect(b.answer.value).toBe(engine.binaryCrossEntropy(inputs(b).y, inputs(b).p));
  });

  it('three Adam steps', () => {
    const ex = at('adam', 3);
    const { params, grads, hyper } = ex.inputs as {
      params: number[];
      grads: number[][];
      hyper: { lr: number };
    };
    let r = engine.adamStep(params, grads[0], null, hyper);
    r = engine.adamStep(r.params, grads[1], r.state, hyper);
    r = engine.adamStep(r.params, grads[2], r.state, hyper);
    expect(ex.answer.value).toEqual(r.params);
  });

  it('dropout, batch norm and backprop', () => {
    const d = at('dropout', 2);
    const [mask, y] = d.answer.value as number[][];
    expect(y).toEqual(
      engine.dropout(
        inputs(d).x,
        mask.map((m) => m === 1),
        inputs(d).p,
      ),
    );
    const bn = at('batch-norm', 3);
    expect(bn.answer.value).toEqual(
      engine.batchNorm(inputs(bn).x, inputs(bn).gamma, inputs(bn).beta).y,
    );
    const bp = at('backprop', 3);
    const json = (v: unknown) => JSON.parse(JSON.stringify(v));
    expect(bp.answer.value).toEqual(json(engine.twoLayerGradients(bp.inputs as never).dW1));
  });

  it('iterations round up', () => {
    for (let seed = 0; seed < 50; seed++) {
      const ex = at('epochs-iterations', 2, seed);
      const { samples, batch, epochs } = ex.inputs as Record<string, number>;
      expect(ex.answer.value).toEqual([
        Math.ceil(samples / batch),
        Math.ceil(samples / batch) * epochs,
      ]);
    }
  });
});
