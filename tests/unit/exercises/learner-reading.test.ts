// What a learner reads in every generated exercise holds for its numbers and reads right: particles agree with formulas, no noise bands, no e-notation in TeX, no "1 epochs".
import { describe, expect, it } from 'vitest';
import {
  type ChoiceExercise,
  type Exercise,
  generators,
  type Level,
  type Localized,
  numericGenerators,
} from '@/lib/exercises';
import { facts } from '@/lib/exercises/choice/fit-figure';
import { type Inputs as FitInputs, trainingRun } from '@/lib/exercises/choice/fit-runs';
import { CONFIGS, type Config, flowNorms } from '@/lib/exercises/choice/gradient-flow-runs';
import { fmt } from '@/lib/exercises/format';
import { josa } from '@/lib/i18n/particle';
import { PARTICLE_BASE } from '../../helpers/particle-forms';

const LEVELS: Level[] = [1, 2, 3];
const SEEDS = Array.from({ length: 120 }, (_, i) => i * 7919 + 13);

/** Every text of an exercise a learner reads, in both languages: prompt, format, parts, options, explanations, figure, solution. */
function texts(ex: Exercise): Localized[] {
  const out: Localized[] = [ex.prompt, ex.answerFormat];
  for (const s of ex.solution) out.push(s.explain);
  for (const p of ex.parts ?? []) {
    out.push(p.prompt, p.answerFormat);
    for (const s of p.solution) out.push(s.explain);
  }
  if (ex.kind === 'choice') {
    const c = ex as ChoiceExercise;
    for (const choice of c.choices) out.push(choice.label);
    for (const item of c.items ?? []) out.push(item);
    out.push(...Object.values(c.explanations), c.figure.description);
  }
  return out;
}

/** The TeX of an exercise: its solution steps and everything between `$…$` in its texts. */
function texOf(ex: Exercise): string[] {
  const out = ex.solution.map((s) => s.tex);
  for (const p of ex.parts ?? []) for (const s of p.solution) out.push(s.tex);
  for (const t of texts(ex)) {
    for (const lang of ['ko', 'en'] as const) {
      const pieces = t[lang].split('$');
      for (let i = 1; i < pieces.length; i += 2) out.push(pieces[i]);
    }
  }
  return out;
}

let generated: Array<[string, Exercise]> | undefined;

/** Every generator's exercises at every level and seed, generated once for all the tests. */
function exercises(): Array<[string, Exercise]> {
  generated ??= generators.flatMap((g) =>
    LEVELS.flatMap((level) =>
      SEEDS.map((seed): [string, Exercise] => [
        `${g.id} level ${level} seed ${seed}`,
        g.generate(seed, level),
      ]),
    ),
  );
  return generated;
}

/**
 * The particles written right after a formula (`$…$`, with an aside in parentheses after it or
 * not) that do not agree with how the formula is read.
 */
function disagreeingParticles(ko: string): string[] {
  const found: string[] = [];
  const pieces = ko.split('$');
  for (let i = 1; i < pieces.length - 1; i += 2) {
    const after = pieces[i + 1].match(
      /^(\s*\([^()]*(?:\([^()]*\)[^()]*)*\))?(으로|로|은|는|이|가|을|를|과|와)(?![가-힣])/,
    );
    if (!after) continue;
    const subject = `$${pieces[i]}$${after[1] ?? ''}`;
    const want = josa(subject, PARTICLE_BASE[after[2]]);
    if (want !== after[2]) found.push(`${subject}${after[2]} (read: ${want})`);
  }
  return found;
}

describe('what a learner reads', () => {
  it('a particle after a formula agrees with how the formula is read, past an aside in parentheses', () => {
    expect(
      disagreeingParticles('$\\partial L / \\partial W_1$ (2×2 행렬)를 구하세요'),
    ).toHaveLength(1);
    const found: string[] = [];
    for (const [where, ex] of exercises()) {
      for (const t of texts(ex))
        for (const d of disagreeingParticles(t.ko)) found.push(`${where}: ${d}`);
    }
    // The names and explanations of the mistakes a checker recognizes.
    for (const g of numericGenerators) {
      for (const m of g.catalog) {
        for (const t of [m.name, m.explanation])
          for (const d of disagreeingParticles(t.ko)) found.push(`${g.id} ${m.id}: ${d}`);
      }
    }
    expect([...new Set(found.map((f) => f.replace(/seed \d+: /, '')))].slice(0, 10)).toEqual([]);
  });

  it('an answer no step of which is rounded is asked for exactly, not within ±1e-12', () => {
    const found: string[] = [];
    let exact = 0;
    for (const [where, ex] of exercises()) {
      for (const format of [ex.answerFormat, ...(ex.parts ?? []).map((p) => p.answerFormat)]) {
        if (/±\d(\.\d+)?e-(1\d|9)\b/.test(format.en)) found.push(`${where}: ${format.en}`);
        if (/only the exact value/.test(format.en)) {
          exact++;
          expect(format.ko).toMatch(/정확한 값만 정답/);
        }
      }
    }
    expect(found.slice(0, 5)).toEqual([]);
    expect(exact).toBeGreaterThan(0);
  });

  it('TeX writes small and large numbers as powers of 10, never as 1.2e-5', () => {
    const found: string[] = [];
    for (const [where, ex] of exercises()) {
      for (const t of texOf(ex)) if (/\de[-+]?\d/.test(t)) found.push(`${where}: ${t}`);
    }
    expect(found.slice(0, 5)).toEqual([]);
  });

  it('English counts agree in number: never "1 epochs"', () => {
    const found: string[] = [];
    for (const [where, ex] of exercises()) {
      for (const t of texts(ex)) {
        const m = t.en.match(
          /(?<![\d.])1\$? (epochs|times|steps|iterations|samples|layers|units|outputs|inputs)\b/,
        );
        if (m) found.push(`${where}: …${t.en.slice(Math.max(0, (m.index ?? 0) - 40))}`);
      }
    }
    expect(found.slice(0, 5)).toEqual([]);
  });

  it('English says unit for a neuron, as the concept notes do, in every text and level name', () => {
    const found: string[] = [];
    for (const [where, ex] of exercises()) {
      for (const t of texts(ex)) if (/\bneurons?\b/i.test(t.en)) found.push(`${where}: ${t.en}`);
    }
    for (const g of generators) {
      for (const level of LEVELS) {
        const name = g.levels[level].en;
        if (/\bneurons?\b/i.test(name)) found.push(`${g.id} level ${level}: ${name}`);
      }
    }
    expect(found.slice(0, 5)).toEqual([]);
  });

  it('a learning-rate explanation sets the condition off with a comma before θ', () => {
    const found: string[] = [];
    for (const [where, ex] of exercises()) {
      if (ex.generatorId !== 'learning-rate-diagnosis') continue;
      for (const t of texts(ex)) if (/(λ|rate|\d) θ /.test(t.en)) found.push(`${where}: ${t.en}`);
    }
    expect(found.slice(0, 5)).toEqual([]);
  });

  it('the optimizer-path question names gradient descent and momentum in lower case mid-sentence', () => {
    const found: string[] = [];
    for (const [where, ex] of exercises()) {
      if (/All three paths \w+ (Gradient|Momentum)/.test(ex.prompt.en))
        found.push(`${where}: ${ex.prompt.en}`);
    }
    expect(found.slice(0, 5)).toEqual([]);
  });

  it('an output-and-loss explanation speaks of steering only in the steering task', () => {
    const found: string[] = [];
    for (const [where, ex] of exercises()) {
      if (ex.generatorId !== 'output-and-loss' || /조향/.test(ex.prompt.ko)) continue;
      for (const t of texts(ex)) if (/조향|steer/i.test(`${t.ko} ${t.en}`)) found.push(where);
    }
    expect(found.slice(0, 5)).toEqual([]);
  });

  it('batch-norm prompts say what B is', () => {
    let seen = 0;
    for (const [, ex] of exercises()) {
      if (ex.generatorId !== 'batch-norm') continue;
      seen++;
      expect(ex.prompt.en).toContain('the batch size $B$');
      expect(ex.prompt.ko).toContain('배치 크기 $B$');
    }
    expect(seen).toBe(LEVELS.length * SEEDS.length);
  });

  it('fit-diagnosis does not call the noise level a floor that the validation curve then goes below', () => {
    let below = 0;
    for (const [where, ex] of exercises()) {
      if (ex.generatorId !== 'fit-diagnosis') continue;
      const inp = ex.inputs as unknown as FitInputs;
      if (facts(trainingRun(inp)).vMin >= inp.noise ** 2) continue;
      below++;
      expect(ex.prompt.en, where).toMatch(/on average/);
      expect(ex.prompt.ko, where).toMatch(/평균적으로/);
    }
    expect(below).toBeGreaterThan(0);
  });

  it('a gradient flow called healthy has every bar within 10^1.5 of every other, as its option says', () => {
    const found: string[] = [];
    let healthy = 0;
    for (let seed = 0; seed < 1000; seed++) {
      for (const level of [1, 2] as Level[]) {
        const ex = generators.find((g) => g.id === 'gradient-flow')?.generate(seed, level);
        if (!ex) throw new Error('gradient-flow');
        const inp = ex.inputs as { config: Config; depth: number; width: number; data: number };
        if (CONFIGS[inp.config].flow !== 'healthy') continue;
        healthy++;
        const norms = flowNorms(inp.config, inp.depth, inp.width, inp.data);
        const spread = Math.max(...norms) / Math.min(...norms);
        if (spread >= 10 ** 1.5)
          found.push(`level ${level} seed ${seed}: bars span ${spread.toFixed(0)}×`);
      }
    }
    expect(found.slice(0, 5)).toEqual([]);
    expect(healthy).toBeGreaterThan(100);
  });

  it('backprop-chain names the hidden activation as such, not as if it were the softmax output', () => {
    let seen = 0;
    for (const [where, ex] of exercises()) {
      if (ex.generatorId !== 'backprop-chain') continue;
      seen++;
      expect(ex.prompt.en, where).not.toMatch(/\$ \((sigmoid|tanh|ReLU)\)/);
      expect(ex.prompt.en, where).toMatch(/\(hidden activation: (sigmoid|tanh|ReLU)\)/);
      expect(ex.prompt.ko, where).toMatch(/\(은닉층 활성화: (시그모이드|tanh|ReLU)\)/);
    }
    expect(seen).toBe(LEVELS.length * SEEDS.length);
  });

  it('an optimizer prompt with one hyperparameter does not call it "the hyperparameters are"', () => {
    const found: string[] = [];
    for (const [where, ex] of exercises()) {
      if (/hyperparameters are \$[^$,]*\$/.test(ex.prompt.en))
        found.push(`${where}: ${ex.prompt.en}`);
    }
    expect(found.slice(0, 5)).toEqual([]);
  });

  it('a solution that writes |e| or e² has defined e in an earlier step', () => {
    const found: string[] = [];
    for (const [where, ex] of exercises()) {
      const steps = ex.solution;
      steps.forEach((s, i) => {
        if (!/\|e\||(^|[^\\\w])e\^2/.test(s.tex)) return;
        const before = steps.slice(0, i).map((b) => `${b.tex} ${b.explain.en}`);
        if (!before.some((t) => /(^|[^\\\w])e(_i)? =/.test(t))) found.push(`${where}: ${s.tex}`);
      });
    }
    expect(found.slice(0, 5)).toEqual([]);
  });

  it('dropout writes 1/(1 − p) with = when the number shown is exact and ≈ only when it is rounded', () => {
    let exactSeen = 0;
    for (const [where, ex] of exercises()) {
      if (ex.generatorId !== 'dropout') continue;
      const p = (ex.inputs as { p: number }).p;
      const shown = fmt(1 / (1 - p));
      const exact = Math.abs(Number(shown) - 1 / (1 - p)) <= 1e-12;
      if (exact) exactSeen++;
      const tex = ex.solution.map((s) => s.tex).join(' ');
      expect(tex, where).toContain(`${exact ? '=' : '\\approx'} ${shown}`);
    }
    expect(exactSeen).toBeGreaterThan(0);
  });

  it('fit-diagnosis says once that validation loss is lowest at the last epoch', () => {
    const found: string[] = [];
    let lowestLast = 0;
    for (const [where, ex] of exercises()) {
      if (ex.generatorId === 'fit-diagnosis') {
        const v = trainingRun(ex.inputs as unknown as FitInputs).validation;
        if (v.indexOf(Math.min(...v)) === v.length - 1) {
          lowestLast++;
          const all = texts(ex);
          expect(
            all.some((t) => t.en.includes('validation loss is lowest at the last epoch')),
            where,
          ).toBe(true);
          expect(
            all.some((t) => t.ko.includes(`검증 손실은 마지막 에포크 ${v.length}에서 가장 낮은`)),
            where,
          ).toBe(true);
        }
      }
      for (const t of texts(ex)) {
        if (/\(epoch (\d+)\); validation loss is lowest, [\d.e-]+, at epoch \1 and ends/.test(t.en))
          found.push(`${where}: ${t.en}`);
        if (/에포크 (\d+)에서 [\d.e-]+, 검증 손실은 에포크 \1에서 최저/.test(t.ko))
          found.push(`${where}: ${t.ko}`);
      }
    }
    expect(found.slice(0, 5)).toEqual([]);
    expect(lowestLast).toBeGreaterThan(0);
  });

  it('RMSProp writes its running average as the notes do, E[g^2]_t, never as a bare E_t', () => {
    let seen = 0;
    for (const [where, ex] of exercises()) {
      if (ex.generatorId !== 'rmsprop') continue;
      seen++;
      for (const t of texOf(ex)) expect(t, where).not.toMatch(/(^|[^\\\w\]])E_/);
      expect(ex.prompt.en, where).toContain('E[g^2]_t');
    }
    expect(seen).toBe(LEVELS.length * SEEDS.length);
  });

  it('a prompt does not name a function twice, as in "the tanh $\\tanh(x)$"', () => {
    const found: string[] = [];
    for (const [where, ex] of exercises()) {
      if (/\bthe (\w+) \$\\(?:mathrm\{)?\1\b/.test(ex.prompt.en))
        found.push(`${where}: ${ex.prompt.en}`);
    }
    expect(found.slice(0, 5)).toEqual([]);
  });
});
