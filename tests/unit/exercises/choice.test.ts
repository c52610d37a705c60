// Choice exercises: the contract (determinism, options, verdicts and explanations, invalid input, variety, figures).
import { describe, expect, it } from 'vitest';
import { contrastRatio, FIGURE_BACKGROUNDS, SERIES_COLORS } from '@/lib/charts/palette';
import { loadConcepts } from '@/lib/content';
import {
  type ChoiceExercise,
  checkAnswer,
  choiceGenerators,
  generate,
  generatorById,
  type Level,
} from '@/lib/exercises';
import { resolveItem, studyItems } from '@/lib/srs/catalog';

const LEVELS: Level[] = [1, 2, 3];
const cases = choiceGenerators.flatMap((g) => LEVELS.map((level) => [g.id, level] as const));

function choice(id: string, seed: number, level: Level): ChoiceExercise {
  const ex = generate(id, seed, level);
  if (ex.kind !== 'choice') throw new Error(`${id} is not a choice generator`);
  return ex;
}

describe.each(cases)('%s, level %i', (id, level) => {
  const seeds = [3, 11, 42];
  const exercises = seeds.map((seed) => choice(id, seed, level));

  it('gives the same exercise for the same seed and level, as plain JSON', () => {
    for (const ex of exercises) {
      expect(choice(id, ex.seed, level)).toEqual(ex);
      expect(JSON.parse(JSON.stringify(ex))).toEqual(ex);
      expect(ex).toMatchObject({ kind: 'choice', generatorId: id, level });
    }
  });

  it('has bilingual text, distinct options and a small figure described in words', () => {
    for (const ex of exercises) {
      for (const text of [ex.prompt, ex.answerFormat, ex.title, ex.figure.description]) {
        expect(text.ko.length).toBeGreaterThan(0);
        expect(text.en.length).toBeGreaterThan(0);
        expect(text.en).not.toMatch(/NaN|undefined|Infinity|\[object/);
      }
      expect(ex.prompt.ko).not.toBe(ex.prompt.en);
      const ids = ex.choices.map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBeGreaterThanOrEqual(3);
      expect(new Set(ex.choices.map((c) => c.label.en)).size).toBe(ids.length);
      for (const lang of ['ko', 'en'] as const) {
        for (const svg of [ex.figure.svg[lang], ex.figure.narrowSvg[lang]]) {
          expect(svg.startsWith('<svg')).toBe(true);
          expect(svg.endsWith('</svg>')).toBe(true);
          expect(new TextEncoder().encode(svg).length).toBeLessThan(20_000);
          expect(svg).not.toMatch(/NaN|undefined|Infinity/);
        }
      }
      expect(ex.solution.length).toBeGreaterThan(0);
    }
  });

  it('checks the right choice correct and every other choice incorrect, each with its own explanation', () => {
    for (const ex of exercises) {
      const right = checkAnswer(ex, ex.answer.display);
      expect(right.status).toBe('correct');
      expect(right.expected).toBe(ex.answer.display);
      if (ex.items) {
        expect(ex.answer.value).toHaveLength(ex.items.length);
        // Swapping two matches makes exactly those two items wrong, and each is named.
        const picked = [...ex.answer.value];
        [picked[0], picked[1]] = [picked[1], picked[0]];
        const check = checkAnswer(ex, picked.join(', '));
        expect(check.status).toBe('incorrect');
        expect(check.explanation).toHaveLength(2);
        expect(check.explanation?.[0].en).toContain(ex.items[0].en);
        expect(check.explanation?.[1].en).toContain(ex.items[1].en);
        // Option letters a–f are read 에이 … 에프, all ending in a vowel: 가, not the pair (이)가.
        expect(check.explanation?.[0].ko).toContain(`${picked[0]}가 아니라 ${picked[1]}입니다`);
        continue;
      }
      expect(right.explanation).toEqual([ex.explanations[ex.answer.display]]);
      const seen = new Set<string>();
      for (const c of ex.choices) {
        const check = checkAnswer(ex, c.id.toUpperCase());
        expect(check.status).toBe(c.id === ex.answer.display ? 'correct' : 'incorrect');
        const [text] = check.explanation ?? [];
        expect(text).toEqual(ex.explanations[c.id]);
        expect(text.en.length).toBeGreaterThan(20);
        expect(text.ko.length).toBeGreaterThan(10);
        seen.add(text.en);
      }
      expect(seen.size).toBe(ex.choices.length);
    }
  });

  it('answers input that is not a choice as invalid', () => {
    const ex = exercises[0];
    const junk = ['', '  ', 'z', '5', '0.5', 'a b c d e f g', 'abc', '<script>', 'a;b'];
    if (!ex.items) junk.push('a,b', `${ex.answer.display},${ex.answer.display}`);
    else junk.push(ex.answer.value.slice(1).join(','), `${ex.answer.display},a`);
    for (const input of junk) {
      const check = checkAnswer(ex, input);
      expect(check.status, JSON.stringify(input)).toBe('invalid');
      expect(check.expected).toBeUndefined();
      expect(check.message.en.length).toBeGreaterThan(0);
      expect(check.message.ko.length).toBeGreaterThan(0);
    }
  });
});

describe.each(choiceGenerators.map((g) => [g.id]))('%s over many seeds', (id) => {
  it('asks at least 60 distinct questions over 180 seeds and levels, with figures under 20 kB, and uses every position for the answer', () => {
    const questions = new Set<string>();
    const positions = new Set<string>();
    for (let seed = 0; seed < 60; seed++) {
      for (const level of LEVELS) {
        const ex = choice(id, seed, level);
        questions.add(`${ex.prompt.en}|${ex.figure.svg.en}`);
        positions.add(ex.answer.value[0]);
        expect(checkAnswer(ex, ex.answer.display).status).toBe('correct');
        for (const lang of ['ko', 'en'] as const) {
          expect(new TextEncoder().encode(ex.figure.svg[lang]).length).toBeLessThan(20_000);
          expect(new TextEncoder().encode(ex.figure.narrowSvg[lang]).length).toBeLessThan(20_000);
        }
      }
    }
    expect(questions.size).toBeGreaterThanOrEqual(60);
    expect(positions.size).toBeGreaterThanOrEqual(3);
  });

  it('counts in words: never, once, twice, n times (not "0 times", "1 times", "0번")', () => {
    for (let seed = 0; seed < 60; seed++) {
      const ex = choice(id, seed, LEVELS[seed % 3]);
      const texts = [ex.prompt, ex.figure.description, ...Object.values(ex.explanations)];
      for (const text of texts) {
        expect(text.en, `seed ${seed}`).not.toMatch(/(?<![\d.])[0-2] times|(?<![\d.])1 times as/);
        expect(text.ko, `seed ${seed}`).not.toMatch(/(?<![\d.])0번/);
      }
    }
  });

  it('is a registered choice generator with a bilingual title', () => {
    const g = generatorById(id);
    expect(g?.kind).toBe('choice');
    expect(g?.title.ko.length).toBeGreaterThan(0);
    expect(g?.title.en).not.toBe(g?.title.ko);
  });
});

describe('where a learner meets them', () => {
  /** The notes each generator belongs to. */
  const homes: Record<string, string[]> = {
    'fit-diagnosis': ['overfitting', 'early-stopping'],
    'learning-rate-diagnosis': ['gradient-descent'],
    'output-and-loss': ['loss-functions', 'activation-functions'],
    'gradient-flow': ['vanishing-gradient', 'exploding-gradient', 'activation-functions'],
    'optimizer-path': ['gradient-descent', 'momentum', 'adagrad', 'rmsprop', 'adam'],
  };

  it('lists each on the concept pages of its notes and reviews it as a skill after the first', () => {
    expect(Object.keys(homes).sort()).toEqual(choiceGenerators.map((g) => g.id).sort());
    const concepts = loadConcepts();
    const items = studyItems();
    for (const [id, slugs] of Object.entries(homes)) {
      for (const slug of slugs) {
        const concept = concepts.find((c) => c.slug === slug);
        expect(concept?.exercises, `${slug} lists ${id}`).toContain(id);
      }
      const first = Math.min(
        ...concepts.filter((c) => c.exercises.includes(id as never)).map((c) => c.order),
      );
      const skill = items.find((i) => i.kind === 'skill' && i.itemId === id);
      expect(skill?.position, id).toBe(first * 100 + 50);
      expect(resolveItem('skill', id)?.kind).toBe('skill');
    }
  });
});

describe('figure colours', () => {
  it('reach 4.5:1 against the page in the light and the dark theme', () => {
    for (const [light, dark] of SERIES_COLORS) {
      for (const [bgLight, bgDark] of FIGURE_BACKGROUNDS) {
        expect(contrastRatio(light, bgLight), `${light} on ${bgLight}`).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(dark, bgDark), `${dark} on ${bgDark}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('computes contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe('multi-match answer format', () => {
  it('gives an example with one letter for each item, in both languages', () => {
    let seen = 0;
    for (const g of choiceGenerators)
      for (const level of LEVELS)
        for (let seed = 0; seed < 12; seed++) {
          const ex = choice(g.id, seed, level);
          if (!ex.items) continue;
          seen++;
          for (const text of [ex.answerFormat.ko, ex.answerFormat.en]) {
            const example = text.match(/\((?:예:|for example) ([a-f](?:,[a-f])*)\)/)?.[1];
            expect(example?.split(',').length, `${g.id} seed ${seed} level ${level}: ${text}`).toBe(
              ex.items.length,
            );
            expect(example && checkAnswer(ex, example).status, text).not.toBe('invalid');
          }
        }
    expect(seen).toBeGreaterThan(0);
  });
});
