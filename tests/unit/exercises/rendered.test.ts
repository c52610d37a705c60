// What a learner reads of an exercise renders cleanly: every formula passes KaTeX's strict mode, and
// no `$`, TeX command or missing value is left in the text around the formulas.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type AnyGenerator,
  checkAnswer,
  checkParts,
  type Exercise,
  generators,
  type Level,
} from '@/lib/exercises';
import { display } from '@/lib/exercises/format';
import { mapValue } from '@/lib/exercises/tolerance';
import { presentCheck, presentExercise, presentPartCheck } from '@/lib/study/present';

const SEEDS = 8;

/** The text a browser shows of rendered HTML: KaTeX's TeX source annotations and SVG figures left out. */
function visibleText(html: string): string {
  return html
    .replace(/<annotation[\s\S]*?<\/annotation>/g, '')
    .replace(/<svg[\s\S]*?<\/svg>/g, '')
    .replace(/<[^>]+>/g, '');
}

/** What is wrong with the visible text of one view, if anything. */
function problems(where: string, view: unknown): string[] {
  const text = visibleText(
    Object.values(JSON.parse(JSON.stringify(view)) as Record<string, unknown>)
      .map((v) => (typeof v === 'string' ? v : JSON.stringify(v)))
      .join(' ')
      .replace(/\\"/g, '"'),
  );
  const out: string[] = [];
  for (const [pattern, what] of [
    [/\$/, 'a stray $'],
    [/\\(?!n|u[0-9a-f]{4})[a-zA-Z]+/, 'a TeX command outside a formula'],
    [/\bNaN\b|\[object |\bundefined\b(?! for)/, 'a missing value'],
  ] as const) {
    const hit = pattern.exec(text);
    if (hit)
      out.push(`${where}: ${what}: …${text.slice(Math.max(0, hit.index - 40), hit.index + 30)}…`);
  }
  return out;
}

/** Every view a learner can reach for one exercise: the page, and the check of each kind of answer. */
function views(
  generator: AnyGenerator,
  exercise: Exercise,
  locale: 'ko' | 'en',
): [string, unknown][] {
  const out: [string, unknown][] = [
    ['page', { ...presentExercise(exercise, locale), figure: null }],
  ];
  if (exercise.kind === 'choice') {
    for (const c of exercise.choices) {
      out.push([`pick ${c.id}`, presentCheck(exercise, checkAnswer(exercise, c.id), locale)]);
    }
    if (exercise.figure) out.push(['figure description', exercise.figure.description[locale]]);
    return out;
  }
  out.push([
    'right',
    presentCheck(exercise, checkAnswer(exercise, exercise.answer.display), locale),
  ]);
  if (generator.kind !== 'choice') {
    for (const c of generator.mistakes(exercise)) {
      const check = checkAnswer(exercise, display(c.value, 8));
      out.push([`mistake ${c.mistake.id}`, presentCheck(exercise, check, locale)]);
    }
  }
  if (exercise.parts) {
    const answers = Object.fromEntries(exercise.parts.map((p) => [p.id, p.answer.display]));
    const first = exercise.parts[0];
    answers[first.id] = display(mapValue(first.answer.value, (x) => 1.3 * x + 0.1));
    const checks = checkParts(exercise, answers);
    for (const p of exercise.parts)
      out.push([`part ${p.id}`, presentPartCheck(p, checks[p.id], locale)]);
  }
  return out;
}

describe('rendered exercises', () => {
  const warnings: string[] = [];
  beforeEach(() => {
    warnings.length = 0;
    // KaTeX reports LaTeX it only tolerates (Hangul in math mode, σ in \text) as a warning.
    vi.spyOn(console, 'warn').mockImplementation((message: unknown) => {
      warnings.push(String(message));
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('catches a stray $, a TeX command and a missing value (the test can fail)', () => {
    expect(problems('x', { text: 'Forgot the $1/K$' })).toHaveLength(1);
    expect(problems('x', { text: '<span>\\frac{1}{2}</span>' })).toHaveLength(1);
    expect(problems('x', { text: 'θ = NaN' })).toHaveLength(1);
    expect(problems('x', { text: '<annotation>\\frac{1}{2}</annotation> ½' })).toEqual([]);
  });

  it.each(generators.map((g) => [g.id, g] as const))(
    '%s: every formula renders in strict mode and the text around it is clean',
    (_id, generator) => {
      const found: string[] = [];
      for (const level of [1, 2, 3] as Level[]) {
        for (let seed = 0; seed < SEEDS; seed++) {
          const exercise = generator.generate(seed, level);
          for (const locale of ['ko', 'en'] as const) {
            for (const [what, view] of views(generator, exercise, locale)) {
              const where = `seed ${seed} level ${level} ${locale} ${what}`;
              found.push(...problems(where, view), ...warnings.map((w) => `${where}: ${w}`));
              warnings.length = 0;
            }
          }
        }
      }
      expect(found.slice(0, 5)).toEqual([]);
    },
  );
});

/**
 * Words that read the same in Korean and English: names, and code identifiers (Keras's `patience`,
 * `min_delta` and its `wait` counter, PyTorch's `momentum`).
 */
const SHARED_WORDS = new Set(
  'ReLU Leaky tanh softmax SGD MSE MAE BCE Adam RMSProp Adagrad He Xavier PyTorch min delta patience wait momentum'.split(
    ' ',
  ),
);

/**
 * Words inside `\text{…}` of a solution step's TeX, which both languages show, that are not shared
 * names. A subscript or superscript label (`L_\text{val}`, `t_\text{stop}`) is notation, not a sentence.
 */
function languageWords(tex: string): string[] {
  return [...tex.matchAll(/(?<![_^])\\text(?:rm|bf|it)?\{((?:[^{}]|\{[^{}]*\})*)\}/g)].flatMap(
    (m) =>
      [...m[1].matchAll(/[A-Za-z\uAC00-\uD7A3]+/g)]
        .map((w) => w[0])
        .filter((w) => !SHARED_WORDS.has(w)),
  );
}

describe('solution TeX', () => {
  it('catches an English or Korean word inside \\text (the test can fail)', () => {
    expect(languageWords('\\text{Underfitting},\\ \\text{min\\_delta} = 0.1')).toEqual([
      'Underfitting',
    ]);
    expect(languageWords('\\text{과소적합} + \\text{ReLU} + L_\\text{val}')).toEqual(['과소적합']);
  });

  it('holds no word of one language in a \\text{…}, since both languages show the same TeX', () => {
    const found: string[] = [];
    for (const generator of generators)
      for (const level of [1, 2, 3] as Level[])
        for (let seed = 0; seed < SEEDS; seed++) {
          const exercise = generator.generate(seed, level);
          const steps = [
            ...exercise.solution,
            ...(exercise.parts ?? []).flatMap((p) => p.solution),
          ];
          for (const s of steps)
            for (const w of languageWords(s.tex ?? ''))
              found.push(`${generator.id} seed ${seed} level ${level}: ${w} in ${s.tex}`);
        }
    expect([...new Set(found.map((f) => f.replace(/ seed \d+ level \d+/, '')))]).toEqual([]);
  });
});
