// The choice figures draw what the engine computed: the curves behave as the right answer says.
import { describe, expect, it } from 'vitest';
import { type OptimizerName, optimizerTrajectory, quadraticDescent } from '@/lib/engine';
import { type ChoiceExercise, checkAnswer, generate, type Level } from '@/lib/exercises';
import { trainingRun } from '@/lib/exercises/choice/fit-diagnosis';
import { flowNorms } from '@/lib/exercises/choice/gradient-flow-runs';

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

/**
 * Asserts that drawn pixel points are the given values under one linear map per axis (y may run
 * downward), apart from points pinned to the edge of the plot: every point strictly inside the
 * drawn extent lies within rounding of the line through the two inside points furthest apart.
 */
function expectDrawnFrom(drawn: [number, number][][], values: number[][][]): void {
  expect(drawn.map((path) => path.length)).toEqual(values.map((path) => path.length));
  for (const axis of [0, 1]) {
    const pairs = values.flatMap((path, k) => path.map((v, t) => [v[axis], drawn[k][t][axis]]));
    const pixels = pairs.map(([, px]) => px);
    const [lo, hi] = [Math.min(...pixels), Math.max(...pixels)];
    const inside = pairs.filter(([, px]) => px > lo && px < hi);
    // Three points fix a line and test it; a diverging run leaves the plot after a few steps.
    expect(inside.length, `axis ${axis}`).toBeGreaterThanOrEqual(3);
    const a = inside.reduce((m, p) => (p[0] < m[0] ? p : m));
    const b = inside.reduce((m, p) => (p[0] > m[0] ? p : m));
    const slope = (b[1] - a[1]) / (b[0] - a[0]);
    for (const [v, px] of inside) {
      expect(Math.abs(a[1] + slope * (v - a[0]) - px), `axis ${axis}: ${v} at ${px}`).toBeLessThan(
        0.2,
      );
    }
  }
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

  it('never describes a rising validation loss under a good fit or underfitting (seed 5 did)', () => {
    for (let seed = 0; seed < 40; seed++) {
      const ex = choice('fit-diagnosis', seed, 1);
      if ((ex.inputs as { fit: string }).fit === 'overfit') continue;
      expect(ex.figure.description.en, `seed ${seed}`).not.toContain('then rises');
      expect(ex.figure.description.en, `seed ${seed}`).toMatch(/levels off|stays level/);
    }
  });

  it('says up or down as the numbers in the figure description go, in both languages', () => {
    for (let seed = 0; seed < 40; seed++)
      for (const level of [1, 2, 3] as const) {
        const { description } = choice('fit-diagnosis', seed, level).figure;
        const en = [
          ...description.en.matchAll(
            /(falls|rises(?: a little)?) from (\d[\d.]*) (?:and levels off at|to) (\d+(?:\.\d+)?(?:e-?\d+)?)/g,
          ),
        ];
        const ko = [
          ...description.ko.matchAll(
            /(?<![\d.]|에포크 )(\d[\d.]*)에서 (\d[\d.]*(?:e-?\d+)?)(?:으로|로) (내려|조금 올라|올라)/g,
          ),
        ];
        expect(en.length, `seed ${seed} level ${level}`).toBe(ko.length);
        for (const m of en)
          expect(m[1] === 'falls', `${m[0]} (seed ${seed})`).toBe(Number(m[3]) < Number(m[2]));
        for (const m of ko)
          expect(m[3] === '내려', `${m[0]} (seed ${seed})`).toBe(Number(m[2]) < Number(m[1]));
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

  it('at level 3, offers no second cure for overfitting among the wrong options', () => {
    let overfit = 0;
    for (let seed = 0; seed < 30; seed++) {
      const ex = choice('fit-diagnosis', seed, 3);
      if ((ex.inputs as { fit: string }).fit !== 'overfit') continue;
      overfit++;
      // The curves show validation loss rising after its lowest epoch, so stopping earlier lowers it.
      const v = trainingRun(ex.inputs as never).validation;
      expect(v[v.length - 1]).toBeGreaterThan(Math.min(...v));
      const wrong = ex.choices.filter((c) => c.id !== ex.answer.value[0]).map((c) => c.label.en);
      expect(
        wrong.filter((label) =>
          /stop earlier|fewer epochs|more training data|dropout|smaller/i.test(label),
        ),
      ).toEqual([]);
    }
    expect(overfit).toBeGreaterThan(5);
  });
});

/** The right option's id of each item (one for a single question). */
function rightLabels(ex: ChoiceExercise): string[] {
  return ex.answer.value.map((id) => ex.choices.find((c) => c.id === id)?.label.en ?? '');
}

describe('learning-rate-diagnosis', () => {
  type Inputs = {
    lambda: number;
    thetaStar: number;
    theta0: number;
    steps: number;
    rates: { regime: string; lr: number }[];
    shown: number[];
  };
  const runOf = (inp: Inputs, lr: number) =>
    quadraticDescent(inp.lambda, inp.thetaStar, inp.theta0, lr, inp.steps).theta;
  const distances = (inp: Inputs, lr: number) =>
    runOf(inp, lr).map((t) => Math.abs(t - inp.thetaStar));

  it('labels diverging where the engine run grows, oscillating where it crosses and shrinks, small where it creeps', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 40; seed++) {
      const ex = choice('learning-rate-diagnosis', seed, 1);
      const inp = ex.inputs as Inputs;
      const d = distances(inp, inp.rates[0].lr);
      const theta = runOf(inp, inp.rates[0].lr);
      const crosses = theta
        .slice(1)
        .every((t, i) => Math.sign(t - inp.thetaStar) !== Math.sign(theta[i] - inp.thetaStar));
      const label = rightLabels(ex)[0];
      seen.add(label);
      if (label.startsWith('η too large')) {
        expect(crosses).toBe(true);
        for (let t = 1; t < d.length; t++) expect(d[t]).toBeGreaterThan(d[t - 1]);
        // On screen the curve leaves the plotted band around θ*.
        expect(ex.figure.description.en).toMatch(/ends \d+(\.\d+)? times as far/);
      } else if (label.startsWith('η large')) {
        expect(crosses).toBe(true);
        expect(d[d.length - 1]).toBeLessThan(0.1 * d[0]);
      } else if (label.startsWith('η too small')) {
        expect(
          theta.every(
            (t) => Math.sign(t - inp.thetaStar) === Math.sign(inp.theta0 - inp.thetaStar),
          ),
        ).toBe(true);
        expect(d[d.length - 1]).toBeGreaterThan(0.25 * d[0]);
      } else {
        expect(
          theta.every(
            (t) => Math.sign(t - inp.thetaStar) !== -Math.sign(inp.theta0 - inp.thetaStar),
          ),
        ).toBe(true);
        expect(d[d.length - 1]).toBeLessThan(1e-3 * d[0]);
      }
      // The drawn curve is the engine's: one point per step, at the engine's θ_t.
      expectDrawnFrom([series(ex.figure.svg.en, 0)], [theta.map((th, t) => [t, th])]);
    }
    expect(seen.size).toBe(4);
  });

  it('at level 3, the curve matched to 2/λ keeps its distance and the one beyond it grows', () => {
    for (let seed = 0; seed < 15; seed++) {
      const ex = choice('learning-rate-diagnosis', seed, 3);
      const inp = ex.inputs as Inputs;
      const labels = rightLabels(ex);
      const threshold = labels.indexOf(`η = ${2 / inp.lambda}`);
      expect(threshold).toBeGreaterThanOrEqual(0);
      const d = distances(inp, 2 / inp.lambda);
      for (const v of d) expect(v).toBeCloseTo(d[0], 9);
      const above = labels.map((l) => Number(l.slice(4))).filter((lr) => lr > 2 / inp.lambda);
      expect(above).toHaveLength(1);
      const grow = distances(inp, above[0]);
      expect(grow[grow.length - 1]).toBeGreaterThan(2 * grow[0]);
      // Curve i is drawn with series i, from the engine's run of the matched learning rate.
      labels.forEach((l, i) => {
        expect(Number(l.slice(4))).toBe(inp.rates[inp.shown[i]].lr);
      });
      expectDrawnFrom(
        labels.map((_, i) => series(ex.figure.svg.en, i)),
        labels.map((l) => runOf(inp, Number(l.slice(4))).map((th, t) => [t, th])),
      );
    }
  });

  it("says, in the options and in the figure's description, how often the engine run crosses θ*", () => {
    const timesEn = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
    const counts = new Set<number>();
    for (let seed = 0; seed < 10; seed++) {
      const ex = choice('learning-rate-diagnosis', seed, 3);
      const inp = ex.inputs as Inputs;
      const curves = (lang: 'ko' | 'en') =>
        ex.figure.description[lang].split(/(?=곡선 \d|Curve \d)/);
      inp.shown.forEach((r, i) => {
        const { lr } = inp.rates[r];
        const theta = runOf(inp, lr);
        const n = theta
          .slice(1)
          .filter(
            (t, k) => Math.sign(t - inp.thetaStar) * Math.sign(theta[k] - inp.thetaStar) < 0,
          ).length;
        counts.add(n);
        const option = ex.choices.find((c) => c.label.en === `η = ${lr}`)?.id ?? '';
        const { ko, en } = ex.explanations[option];
        expect(en).toContain(n === 0 ? '(θ never crosses θ*)' : `(θ crosses θ* ${timesEn(n)})`);
        expect(ko).toContain(n === 0 ? '(θ*를 한 번도 지나치지 않음)' : `(θ*를 ${n}번 지나침)`);
        expect(curves('en')[i + 1]).toContain(
          n === 0 ? '; it never crosses θ* and ends' : `; it crosses θ* ${timesEn(n)} and ends`,
        );
        expect(curves('ko')[i + 1]).toContain(
          n === 0 ? '. θ*를 한 번도 지나치지 않고, 마지막' : `. θ*를 ${n}번 지나치고, 마지막`,
        );
      });
    }
    // Both phrasings were checked: curves that never cross and curves that cross.
    expect(counts.has(0)).toBe(true);
    expect(counts.size).toBeGreaterThan(1);
  });

  it('names exactly the wrong matches of a multi-match answer', () => {
    const ex = choice('learning-rate-diagnosis', 5, 3);
    const right = ex.answer.value;
    const wrong = [right[0], right[2], right[1], right[3]];
    const check = checkAnswer(ex, wrong.join(','));
    expect(check.status).toBe('incorrect');
    expect(check.explanation?.map((e) => e.en.split(':')[0])).toEqual(['Curve 2', 'Curve 3']);
    expect(check.explanation?.[0].en).toContain(`not ${right[2]} but ${right[1]}`);
    expect(check.explanation?.[0].ko).toContain('곡선 2');
    const all = checkAnswer(ex, ` ${right.join(' , ').toUpperCase()} `);
    expect(all.status).toBe('correct');
    expect(checkAnswer(ex, right.slice(0, 3).join(',')).status).toBe('invalid');
  });
});

describe('output-and-loss', () => {
  it('labels two or more axis ticks with plain numbers (seed 8 drew 0 as 5.55112e-17, seed 19 one tick)', () => {
    for (let seed = 0; seed < 30; seed++) {
      for (const level of [1, 2, 3] as Level[]) {
        const svg = choice('output-and-loss', seed, level).figure.svg.en;
        const labels = [...svg.matchAll(/text-anchor="end"[^>]*>([^<]*)</g)].map((m) => m[1]);
        expect(labels.length).toBeGreaterThan(1);
        for (const label of labels) expect(label).toMatch(/^-?\d+(\.\d+)?$/);
      }
    }
  });

  it('draws the z and the target it names, and runs each pairing through the engine', () => {
    for (let seed = 0; seed < 30; seed++) {
      const level = ((seed % 3) + 1) as Level;
      const ex = choice('output-and-loss', seed, level);
      const { z, y, kind } = ex.inputs as { z: number[]; y: number[]; kind: string };
      const bars = [...ex.figure.svg.en.matchAll(/<rect [^>]*height="([\d.]+)" class="ff0"/g)];
      expect(bars).toHaveLength(z.length);
      // Bar heights are proportional to |z|.
      const scale = Number(bars[0][1]) / Math.abs(z[0] || 1);
      bars.forEach((b, i) => {
        if (z[i] !== 0 && z[0] !== 0) expect(Number(b[1])).toBeCloseTo(Math.abs(z[i]) * scale, 0);
      });
      const explanations = Object.entries(ex.explanations);
      const softmax = ex.choices.find((c) => c.label.en.startsWith('Softmax'));
      if (softmax && z.length > 1) expect(ex.explanations[softmax.id].en).toContain('(sum 1)');
      if (kind === 'binary' && softmax)
        expect(ex.explanations[softmax.id].en).toContain('the output is 1 ');
      for (const [, text] of explanations)
        if (text.en.startsWith("On the figure's z") || text.en.includes(". On the figure's z"))
          expect(text.en).toContain(z.length > 1 ? 'the outputs are' : 'the output is');
      expect(explanations.length).toBe(4);
      expect(ex.figure.description.en).toContain(`y = ${y.length === 1 ? '' : '('}`);
    }
  });

  it('picks softmax + cross-entropy only for exclusive classes and sigmoid + BCE for yes/no labels', () => {
    for (let seed = 0; seed < 40; seed++) {
      for (const level of [1, 2, 3] as Level[]) {
        const ex = choice('output-and-loss', seed, level);
        const { kind } = ex.inputs as { kind: string };
        const right = rightLabels(ex)[0];
        const expected: Record<string, string> = {
          binary: 'Sigmoid + binary cross-entropy',
          multilabel: 'Sigmoid + binary cross-entropy',
          multiclass: 'Softmax + categorical cross-entropy',
          regression: 'Linear (identity) output + mean squared error',
          unit: 'Sigmoid + mean squared error',
          signed: 'Tanh + mean squared error',
        };
        expect(right).toBe(expected[kind]);
      }
    }
  });
});

describe('gradient-flow', () => {
  type Inputs = { config: string; depth: number; width: number; data: number };
  it('labels vanishing where the engine gradient shrinks toward the input and exploding where it grows', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 30; seed++) {
      const ex = choice('gradient-flow', seed, 1);
      const inp = ex.inputs as Inputs;
      const norms = flowNorms(inp.config as never, inp.depth, inp.width, inp.data);
      const label = rightLabels(ex)[0];
      seen.add(label);
      const r = norms[0] / norms[norms.length - 1];
      if (label === 'Vanishing gradients') expect(r).toBeLessThan(1e-2);
      else if (label === 'Exploding gradients') expect(r).toBeGreaterThan(1e2);
      else expect(r > 0.03 && r < 30).toBe(true);
      // The bars are the engine's norms: the first bar is shorter than the last exactly when r < 1.
      const heights = [
        ...ex.figure.svg.en.matchAll(/<rect [^>]*height="([\d.]+)" class="ff0"/g),
      ].map((m) => Number(m[1]));
      expect(heights).toHaveLength(inp.depth);
      if (r < 0.5) expect(heights[0]).toBeLessThan(heights[heights.length - 1]);
      if (r > 2) expect(heights[0]).toBeGreaterThan(heights[heights.length - 1]);
    }
    expect(seen.size).toBe(3);
  });

  it('writes a vanishing ratio far below 1e-12 as its value, never as 0, and in TeX as a power of 10', () => {
    let tiny = 0;
    for (let seed = 0; seed < 40; seed++) {
      const ex = choice('gradient-flow', seed, 1);
      const inp = ex.inputs as Inputs;
      const norms = flowNorms(inp.config as never, inp.depth, inp.width, inp.data);
      const r = norms[0] / norms[norms.length - 1];
      if (r >= 1e-12) continue;
      tiny++;
      const shown = ex.explanations[ex.answer.display].en.match(/first\/last = ([^ ]+)\.$/);
      expect(Number(shown?.[1]) / r).toBeCloseTo(1, 2);
      expect(ex.figure.description.en).not.toMatch(/[ :]0(,|\.( |$))/);
      expect(ex.solution[0].tex).toMatch(/\\times 10\^\{-\d+\}$/);
      expect(ex.solution[0].tex).not.toMatch(/\de-/);
    }
    expect(tiny).toBeGreaterThan(0);
  });

  it('at level 3, only the offered change that the engine shows healthy is right', () => {
    /** The stack an option switches to, read from its English label, or how many layers it adds. */
    const changeOf = (label: string): string | number => {
      const more = /add (\d+) more layers/.exec(label);
      if (more) return Number(more[1]);
      const activation = /sigmoid/i.test(label) ? 'sigmoid' : /tanh/.test(label) ? 'tanh' : 'relu';
      const init = /Xavier/.test(label)
        ? 'xavier'
        : /He initialization/.test(label)
          ? 'he'
          : /σ = 0\.01/.test(label)
            ? 'small'
            : 'large';
      return `${activation}-${init}`;
    };
    for (let seed = 0; seed < 10; seed++) {
      const ex = choice('gradient-flow', seed, 3);
      const inp = ex.inputs as Inputs;
      const right = ex.explanations[ex.answer.display].en;
      expect(right).toContain('healthy gradient flow');
      // Every bar within 10^1.5 of every other, on the engine's norms of the stack each option gives.
      const healthy = ex.choices.filter((c) => {
        const change = changeOf(c.label.en);
        const norms =
          typeof change === 'number'
            ? flowNorms(inp.config as never, inp.depth + change, inp.width, inp.data)
            : flowNorms(change as never, inp.depth, inp.width, inp.data);
        expect(norms.length, c.label.en).toBeGreaterThanOrEqual(inp.depth);
        return Math.max(...norms) / Math.min(...norms) < 10 ** 1.5;
      });
      expect(
        healthy.map((c) => c.id),
        `seed ${seed}`,
      ).toEqual([ex.answer.display]);
      for (const c of ex.choices) {
        if (c.id !== ex.answer.display) expect(ex.explanations[c.id].en).not.toContain('healthy');
      }
    }
  });
});

describe('optimizer-path', () => {
  type Inputs = {
    start: [number, number];
    steps: number;
    runs: { optimizer: OptimizerName; hyper: never }[];
    shown: number[];
  };
  it('puts the paths’ labels apart from each other', () => {
    const crowded: string[] = [];
    for (let seed = 0; seed < 40; seed++) {
      for (const level of [1, 2, 3] as Level[]) {
        const svg = choice('optimizer-path', seed, level).figure.svg.en;
        const labels = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" font-weight="bold"/g)].map(
          (m) => [Number(m[1]), Number(m[2])],
        );
        expect(labels.length).toBeGreaterThanOrEqual(2);
        for (let i = 0; i < labels.length; i++) {
          for (let j = 0; j < i; j++) {
            const gap = Math.hypot(labels[i][0] - labels[j][0], labels[i][1] - labels[j][1]);
            // A bold 12 px digit is about 8 px wide and 12 px tall.
            if (gap < 16) crowded.push(`seed ${seed} level ${level}: ${gap.toFixed(1)} px`);
          }
        }
      }
    }
    expect(crowded).toEqual([]);
  });

  it('draws the engine trajectory of the optimizer each path is matched to', () => {
    for (let seed = 0; seed < 20; seed++) {
      for (const level of [1, 2, 3] as Level[]) {
        const ex = choice('optimizer-path', seed, level);
        const inp = ex.inputs as Inputs;
        const paths = inp.shown.map((r) => {
          const run = inp.runs[r];
          return optimizerTrajectory(run.optimizer, inp.start, inp.steps, run.hyper);
        });
        expectDrawnFrom(
          inp.shown.map((_, i) => series(ex.figure.svg.en, i)),
          paths.map((path) => path.map(([x, y]) => [x, y])),
        );
        inp.shown.forEach((r, i) => {
          const run = inp.runs[r];
          const path = paths[i];
          // Momentum overshoots the minimum along x; plain gradient descent never crosses x = 0.
          const maxX = Math.max(...path.map((p) => p[0]));
          if (level < 3 && run.optimizer === 'momentum') expect(maxX).toBeGreaterThan(0);
          if (level < 3 && run.optimizer === 'sgd') expect(maxX).toBeLessThan(0);
          if (level < 3)
            expect(rightLabels(ex)[i].toLowerCase()).toContain(
              run.optimizer === 'sgd' ? 'sgd' : run.optimizer,
            );
        });
      }
    }
  });

  it('says Adagrad stalls only where its path ends further from the minimum than the others', () => {
    let checked = 0;
    let notLast = 0;
    for (let seed = 0; seed < 20; seed++) {
      const ex = choice('optimizer-path', seed, 1);
      const inp = ex.inputs as Inputs;
      const finalLoss = inp.runs.map((run) => {
        const end = optimizerTrajectory(run.optimizer, inp.start, inp.steps, run.hyper).at(-1);
        return end ? 0.1 * end[0] ** 2 + 2 * end[1] ** 2 : Number.NaN;
      });
      const adagrad = inp.runs.findIndex((run) => run.optimizer === 'adagrad');
      const label = ex.choices.find((c) => c.label.en === 'Adagrad');
      if (adagrad < 0 || !label) continue;
      checked++;
      const claim = ex.explanations[label.id];
      if (finalLoss[adagrad] < Math.max(...finalLoss)) {
        notLast++;
        expect(claim.en, claim.en).not.toMatch(/stall/);
        expect(claim.ko, claim.ko).not.toMatch(/멈춰/);
      }
    }
    expect(checked).toBeGreaterThan(5);
    // Paths where Adagrad is not the furthest occur, so the claim is checked where it must not be made.
    expect(notLast, `${notLast} of ${checked}`).toBeGreaterThan(0);
  });

  it('claims a swing back across the minimum only where the drawn path turns back along x, in either language', () => {
    let paths = 0;
    for (let seed = 0; seed < 20; seed++) {
      for (const level of [1, 2, 3] as Level[]) {
        const ex = choice('optimizer-path', seed, level);
        const inp = ex.inputs as Inputs;
        inp.shown.forEach((r, i) => {
          const run = inp.runs[r];
          const xs = optimizerTrajectory(run.optimizer, inp.start, inp.steps, run.hyper).map(
            (p) => p[0],
          );
          const turnsBack = xs[xs.length - 1] < Math.max(...xs) - 0.05;
          const claim = ex.explanations[ex.answer.value[i]];
          paths++;
          if (/swings? back|comes back/.test(claim.en)) expect(turnsBack, claim.en).toBe(true);
          if (/돌아옵니다|돌아와/.test(claim.ko)) expect(turnsBack, claim.ko).toBe(true);
        });
      }
    }
    expect(paths).toBeGreaterThan(100);
  });
});
