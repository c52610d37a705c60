// One notation (content/FORMAT.md, "Notation"): backprop prompts, solutions and diagnoses never use a
// symbol for something the notation reserves it against, and every prompt states the loss convention.
import { describe, expect, it } from 'vitest';
import { loadConcepts } from '@/lib/content';
import { type Exercise, numericGenerators as generators, type Level } from '@/lib/exercises';

/** Forms the notation forbids, each with the reason a reader would give. */
const FORBIDDEN: Array<[RegExp, string]> = [
  [/(?<!partial)(^|[^\\\w])a(_\d)?\s*=\s*W/, '`a` is an activation, never W x + b'],
  [/(^|[^\\\w])z(_\d)?\s*=\s*(\\sigma|\\tanh|\\mathrm\{ReLU\}|f)\s*\(/, '`z` is a pre-activation'],
  [/(^|[^\\\w])[ho](_\d)?\s*=/, '`h` and `o` are not used for hidden or output values'],
  [/\\delta_\{?[aho]/, 'δ is indexed by layer: δ₁, δ₂'],
  [/\((o|a|h)(_\d)?\s*-\s*y\)/, 'the error is ŷ − y'],
  [/(\\tfrac12|\\frac\{1\}\{2\})\s*\(/, 'the squared error has no ½'],
];

function violations(where: string, tex: string): string[] {
  return FORBIDDEN.filter(([re]) => re.test(tex)).map(([, why]) => `${where}: ${why}: ${tex}`);
}

/** The TeX between `$…$` of a Markdown text. */
function inlineTex(text: string): string[] {
  return [...text.matchAll(/\$([^$]+)\$/g)].map((m) => m[1]);
}

function exerciseTex(ex: Exercise): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const where = `${ex.generatorId} seed ${ex.seed} level ${ex.level}`;
  for (const lang of ['ko', 'en'] as const) {
    for (const t of inlineTex(ex.prompt[lang])) out.push([`${where} prompt`, t]);
    for (const part of ex.parts ?? []) {
      for (const t of inlineTex(part.prompt[lang])) out.push([`${where} ${part.id}`, t]);
    }
  }
  for (const s of ex.solution) out.push([`${where} solution`, s.tex]);
  for (const part of ex.parts ?? []) {
    for (const s of part.solution) out.push([`${where} ${part.id} solution`, s.tex]);
  }
  return out;
}

const backpropGenerators = generators.filter((g) => g.topic === 'backpropagation');

describe('the notation of backpropagation', () => {
  it('catches the old notation (the test can fail)', () => {
    expect(violations('old', 'a = W_1 x + b_1,\\quad h = \\sigma(a)')).toHaveLength(2);
    expect(violations('old', '\\delta_o = 2(o - y)')).toHaveLength(2);
    expect(violations('old', 'L = \\tfrac12(a-y)^2')).toHaveLength(2);
    expect(violations('new', 'z_1 = W_1 x + b_1,\\ a_1 = \\sigma(z_1),\\ \\hat y = z_2')).toEqual(
      [],
    );
  });

  it.each(backpropGenerators.map((g) => [g.id]))('%s uses it in prompts and solutions', (id) => {
    const g = backpropGenerators.find((x) => x.id === id);
    if (!g) throw new Error(id);
    const found: string[] = [];
    for (const level of [1, 2, 3] as Level[]) {
      for (let seed = 0; seed < 30; seed++) {
        for (const [where, tex] of exerciseTex(g.generate(seed, level))) {
          found.push(...violations(where, tex));
        }
      }
    }
    for (const m of g.catalog) {
      for (const lang of ['ko', 'en'] as const) {
        for (const t of inlineTex(m.explanation[lang])) found.push(...violations(m.id, t));
      }
    }
    expect(found).toEqual([]);
  });

  it.each(['backprop', 'backprop-chain'])('%s states the loss convention in every prompt', (id) => {
    const g = generators.find((x) => x.id === id);
    if (!g) throw new Error(id);
    for (const level of [1, 2, 3] as Level[]) {
      for (let seed = 0; seed < 30; seed++) {
        const ex = g.generate(seed, level);
        const loss = (ex.inputs as { loss: string }).loss;
        if (loss === 'mse') {
          expect(ex.prompt.en).toMatch(
            /squared error .*PyTorch's `MSELoss`.*no (extra )?\$\\tfrac12\$ in front/,
          );
          // The mean's 1/K is written with K, never as a ½ that the loss does not have.
          expect(ex.prompt.en).not.toMatch(/L = \\frac\{1\}\{2\}/);
          expect(ex.prompt.ko).toContain('MSELoss');
        } else {
          expect(ex.prompt.en).toContain('L = -\\sum_k y_k \\ln \\hat y_k');
          expect(ex.prompt.ko).toContain('L = -\\sum_k y_k \\ln \\hat y_k');
        }
      }
    }
  });

  it('is the notation of the backpropagation note and its cards', () => {
    const concept = loadConcepts().find((c) => c.slug === 'backpropagation');
    if (!concept) throw new Error('no backpropagation note');
    const found: string[] = [];
    for (const lang of ['ko', 'en'] as const) {
      const texts = [
        concept.body[lang],
        ...concept.cards.flatMap((c) => [c.front[lang], c.back[lang]]),
      ];
      for (const text of texts) for (const t of inlineTex(text)) found.push(...violations(lang, t));
    }
    expect(found).toEqual([]);
  });
});

describe('numbers in formulas', () => {
  /** An operator written straight before a negative number: `z - -1.7`, `0.05 \times -2.7`. */
  const SIGN_AFTER_OPERATOR = /(?:[+-]|\\times|\\cdot)\s*-\s*\d/;

  it('catches a negative number written after an operator (the test can fail)', () => {
    expect('z - -1.7').toMatch(SIGN_AFTER_OPERATOR);
    expect('0.05 \\times -2.7').toMatch(SIGN_AFTER_OPERATOR);
    expect('0.9 \\cdot -0.1').toMatch(SIGN_AFTER_OPERATOR);
    expect('z - (-1.7) = [-0.5,\\ 0],\\ e^{-1.2}').not.toMatch(SIGN_AFTER_OPERATOR);
  });

  it.each(generators.map((g) => [g.id, g] as const))(
    '%s puts a negative factor or subtrahend in parentheses',
    (_id, g) => {
      const found: string[] = [];
      for (const level of [1, 2, 3] as Level[]) {
        for (let seed = 0; seed < 100; seed++) {
          for (const [where, tex] of exerciseTex(g.generate(seed, level))) {
            if (SIGN_AFTER_OPERATOR.test(tex)) found.push(`${where}: ${tex}`);
          }
        }
      }
      expect(found.slice(0, 3)).toEqual([]);
    },
  );
});
