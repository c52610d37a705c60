// The choice figures draw what the engine computed: the curves behave as the right answer says.
import { describe, expect, it } from 'vitest';
import { type ChoiceExercise, generate, type Level } from '@/lib/exercises';
import { trainingRun } from '@/lib/exercises/choice/fit-diagnosis';

function choice(id: string, seed: number, level: Level): ChoiceExercise {
  const ex = generate(id, seed, level);
  if (ex.kind !== 'choice') throw new Error(id);
  return ex;
}

/** The label (English) of the right choice. */
function rightLabel(ex: ChoiceExercise): string {
  return ex.choices.find((c) => c.id === ex.answer.value[0])?.label.en ?? '';
}

/** Pixel points of the first path drawn with a series class. */
function series(svg: string, tone: number): [number, number][] {
  const m = svg.match(
    new RegExp(`<path d="([^"]+)" fill="none" stroke-width="[\\d.]+" class="fs${tone}"`),
  );
  if (!m) throw new Error(`no series ${tone}`);
  return [...m[1].matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((p) => [Number(p[1]), Number(p[2])]);
}

describe('fit-diagnosis', () => {
  const runs = Array.from({ length: 30 }, (_, seed) => choice('fit-diagnosis', seed, 1));
  const byLabel = (label: string) => runs.filter((ex) => rightLabel(ex) === label);

  it('draws every regime over 30 seeds', () => {
    for (const label of ['Overfitting', 'Underfitting', 'A good fit']) {
      expect(byLabel(label).length, label).toBeGreaterThan(2);
    }
  });

  it('labels overfitting where the validation loss really turns up while training loss falls', () => {
    for (const ex of byLabel('Overfitting')) {
      const run = trainingRun(ex.inputs as never);
      const v = run.validation;
      const best = v.indexOf(Math.min(...v));
      expect(best).toBeLessThan(v.length - 10);
      expect(v[v.length - 1]).toBeGreaterThan(1.1 * v[best]);
      expect(run.train[run.train.length - 1]).toBeLessThan(run.train[best]);
      // On screen (y grows downward) the validation line rises again after its lowest point.
      const drawn = series(ex.figure.svg.en, 1);
      const lowest = Math.max(...drawn.map((p) => p[1]));
      expect(drawn[drawn.length - 1][1]).toBeLessThan(lowest - 5);
      expect(ex.figure.description.en).toContain('rises');
    }
  });

  it('labels underfitting where both losses stay well above the noise level', () => {
    for (const ex of byLabel('Underfitting')) {
      const { noise } = ex.inputs as { noise: number };
      const run = trainingRun(ex.inputs as never);
      expect(run.train[run.train.length - 1]).toBeGreaterThan(2 * noise ** 2);
      expect(run.validation[run.validation.length - 1]).toBeGreaterThan(2 * noise ** 2);
    }
  });

  it('labels a good fit where validation loss ends near the noise level and does not turn up', () => {
    for (const ex of byLabel('A good fit')) {
      const { noise } = ex.inputs as { noise: number };
      const v = trainingRun(ex.inputs as never).validation;
      expect(v[v.length - 1]).toBeLessThan(2 * noise ** 2);
      expect(v[v.length - 1]).toBeLessThan(1.05 * Math.min(...v));
    }
  });

  it('at level 2, the right stop is the lowest validation epoch plus the patience', () => {
    for (let seed = 0; seed < 10; seed++) {
      const ex = choice('fit-diagnosis', seed, 2);
      const { patience } = ex.inputs as { patience: number };
      const v = trainingRun(ex.inputs as never).validation;
      const best = v.indexOf(Math.min(...v)) + 1;
      expect(rightLabel(ex)).toBe(
        `Stops at epoch ${best + patience}, keeps the weights of epoch ${best}`,
      );
    }
  });
});
